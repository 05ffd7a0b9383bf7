/**
 * Docker cannot run on the development machines, so the compose path for users is checked here:
 * the files parse, and services, ports, mounts, plugin IDs and datasource uids agree with what the
 * build produces and what provisioning refers to.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { pluginSources, ROOT } from './plugins';

const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const compose = parse(read('docker-compose.yml'));
const datasources = parse(read('provisioning/datasources/flamelens.yml'));
const dashboardsProvider = parse(read('provisioning/dashboards/dashboards.yml'));
const plugins = pluginSources();
const dsPlugin = plugins.find((p) => p.type === 'datasource')!;
const panelPlugin = plugins.find((p) => p.type === 'panel')!;

describe('docker-compose.yml', () => {
  const { grafana, pyroscope, demo } = compose.services;

  it('runs Grafana, Pyroscope and the demo service', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['demo', 'grafana', 'pyroscope']);
    expect(grafana.image).toMatch(/^grafana\/grafana(-enterprise)?:/);
    expect(pyroscope.image).toMatch(/^grafana\/pyroscope:/);
  });

  it('allows every plugin this repository builds to load unsigned, and nothing else', () => {
    const allowed = String(grafana.environment.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS).split(',').sort();
    expect(allowed).toEqual(plugins.map((p) => p.id).sort());
  });

  it('mounts dist/ as Grafana plugins and provisioning/ as its provisioning', () => {
    expect(grafana.volumes).toContain('./dist:/var/lib/grafana/plugins:ro');
    expect(grafana.volumes).toContain('./provisioning:/etc/grafana/provisioning:ro');
    for (const p of plugins) {
      // Each plugin is built into dist/<id>/, which is how Grafana finds it in the mounted folder.
      const webpackConfig = read('webpack.config.cjs');
      expect(webpackConfig).toContain("path.resolve(__dirname, 'dist', id)");
      expect(p.id).toMatch(/^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource)$/);
    }
  });

  it('publishes Grafana on 3000 and Pyroscope on 4040', () => {
    expect(grafana.ports).toContain('3000:3000');
    expect(pyroscope.ports).toContain('4040:4040');
  });

  it('points the demo at the Pyroscope service, and the demo script exists', () => {
    expect(demo.environment.PYROSCOPE_SERVER_ADDRESS).toBe('http://pyroscope:4040');
    const script = /node ([\w./-]+)/.exec(demo.command)![1];
    expect(fs.existsSync(path.join(ROOT, script))).toBe(true);
  });

  it('has a home dashboard path that exists in provisioning', () => {
    const home: string = grafana.environment.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH;
    const rel = home.replace('/etc/grafana/provisioning/', 'provisioning/');
    expect(fs.existsSync(path.join(ROOT, rel))).toBe(true);
  });
});

describe('provisioning', () => {
  const ds = datasources.datasources[0];

  it('provisions our datasource with a fixed uid, pointed at the compose Pyroscope', () => {
    expect(ds.type).toBe(dsPlugin.id);
    expect(ds.uid).toBe('flamelens-pyroscope');
    const port = compose.services.pyroscope.ports[0].split(':')[1];
    expect(ds.url).toBe(`http://pyroscope:${port}`);
    // The proxy routes read jsonData.url, so both must agree.
    expect(ds.jsonData.url).toBe(ds.url);
  });

  it('loads dashboards from the folder the dashboards live in', () => {
    expect(dashboardsProvider.providers[0].options.path).toBe('/etc/grafana/provisioning/dashboards');
  });

  const dashboardFiles = fs.readdirSync(path.join(ROOT, 'provisioning/dashboards')).filter((f) => f.endsWith('.json'));

  it.each(dashboardFiles)(
    '%s refers to the datasource by its uid, with variables and flame graph, time series and table panels',
    (file) => {
      const dash = JSON.parse(read(`provisioning/dashboards/${file}`));
      const types = dash.panels.map((p: { type: string }) => p.type);
      expect(types).toEqual(expect.arrayContaining([panelPlugin.id, 'timeseries', 'table']));
      expect(dash.templating.list.length).toBeGreaterThan(0);
      const refs: Array<{ type: string; uid: string }> = [];
      // Rows group panels and run no query.
      for (const p of dash.panels.filter((x: { type: string }) => x.type !== 'row')) {
        refs.push(p.datasource, ...p.targets.map((t: { datasource: { type: string; uid: string } }) => t.datasource));
      }
      for (const v of dash.templating.list) {
        refs.push(v.datasource);
      }
      for (const r of refs) {
        expect(r).toEqual({ type: dsPlugin.id, uid: ds.uid });
      }
      // Panels sit side by side: the time series and table share a row.
      const [ts, table] = ['timeseries', 'table'].map(
        (t) => dash.panels.find((p: { type: string }) => p.type === t).gridPos
      );
      expect(ts.y).toBe(table.y);
    }
  );
});
