/**
 * @jest-environment jsdom
 */
// @grafana/data needs a window.
import type { DataSourceInstanceSettings } from '@grafana/data';
import { dataSourceSrv, filterDataSources, loadDataSources } from './dataSourceSrv';
import { SandboxTracesDataSource } from './traces';

// Plugin modules are not loaded here (SystemJS needs a browser); the traces datasource needs none.
jest.mock('../shared', () => ({ importPlugin: jest.fn(() => Promise.reject(new Error('no plugin loader'))) }));

const FLAMELENS = {
  id: 'flamelens-profiles-datasource',
  type: 'datasource',
  name: 'Flamelens Profiles',
  metrics: true,
  tracing: false,
};

const ds = (uid: string, name: string, type: string, isDefault = false) => ({
  id: 1,
  uid,
  name,
  type,
  url: '',
  jsonData: {},
  secureJsonFields: {},
  basicAuth: false,
  basicAuthUser: '',
  isDefault,
});

beforeAll(async () => {
  const answers: Record<string, unknown> = {
    '/api/datasources': [
      ds('sandbox-traces', 'Sandbox traces', 'tempo'),
      ds('flamelens-pyroscope', 'Flamelens Pyroscope', 'flamelens-profiles-datasource', true),
      ds('mystery', 'A mystery', 'unknown-plugin'),
    ],
    '/api/plugins': [FLAMELENS, { id: 'flamelens-flamegraph-panel', type: 'panel', name: 'Flame graph' }],
  };
  global.fetch = jest.fn(async (url: string) => ({ json: async () => answers[url] })) as unknown as typeof fetch;
  await loadDataSources();
});

const names = (list: DataSourceInstanceSettings[]) => list.map((d) => d.name);

describe("the host's data source service", () => {
  it('lists the data sources that declare a capability, sorted by name, as Grafana does', () => {
    // The unknown plugin declares nothing (no plugin.json): only `all` lists it.
    expect(names(dataSourceSrv.getList())).toEqual(['Flamelens Pyroscope', 'Sandbox traces']);
    expect(names(dataSourceSrv.getList({ all: true }))).toEqual(['A mystery', 'Flamelens Pyroscope', 'Sandbox traces']);
  });

  it("honours Grafana's filters: tracing, metrics, type, pluginId, filter", () => {
    expect(names(dataSourceSrv.getList({ tracing: true }))).toEqual(['Sandbox traces']);
    // Grafana's Tempo declares metrics too (TraceQL metrics): a metrics picker lists it.
    expect(names(dataSourceSrv.getList({ metrics: true }))).toEqual(['Flamelens Pyroscope', 'Sandbox traces']);
    expect(names(dataSourceSrv.getList({ type: 'tempo' }))).toEqual(['Sandbox traces']);
    expect(names(dataSourceSrv.getList({ type: ['tempo', 'flamelens-profiles-datasource'] }))).toEqual([
      'Flamelens Pyroscope',
      'Sandbox traces',
    ]);
    expect(names(dataSourceSrv.getList({ pluginId: 'flamelens-profiles-datasource' }))).toEqual([
      'Flamelens Pyroscope',
    ]);
    expect(names(dataSourceSrv.getList({ logs: true }))).toEqual([]);
    expect(names(dataSourceSrv.getList({ metrics: true, filter: (d) => d.uid !== 'sandbox-traces' }))).toEqual([
      'Flamelens Pyroscope',
    ]);
  });

  it('matches a plugin id or type by its aliases too', () => {
    const aliased = {
      name: 'Old',
      type: 'old-id',
      meta: { id: 'new-id', aliasIDs: ['old-id'], metrics: true },
    } as unknown as DataSourceInstanceSettings;
    expect(names(filterDataSources([aliased], { pluginId: 'old-id' }))).toEqual(['Old']);
    expect(names(filterDataSources([aliased], { pluginId: 'other' }))).toEqual([]);
  });

  it("knows the traces datasource as Grafana's core Tempo plugin, and builds its instance", async () => {
    const settings = dataSourceSrv.getInstanceSettings('sandbox-traces')!;
    expect(settings.meta).toEqual(
      expect.objectContaining({ id: 'tempo', name: 'Tempo', type: 'datasource', tracing: true })
    );
    expect(settings.meta.info.logos.small).toBe('/public/img/tempo_logo.svg');
    // By name too, as the picker hands names back.
    expect(dataSourceSrv.getInstanceSettings('Sandbox traces')?.uid).toBe('sandbox-traces');
    const instance = await dataSourceSrv.get('sandbox-traces');
    expect(instance).toBeInstanceOf(SandboxTracesDataSource);
    expect(instance.getRef()).toEqual({ type: 'tempo', uid: 'sandbox-traces' });
    expect(instance.meta.tracing).toBe(true);
  });
});
