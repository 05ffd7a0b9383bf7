/**
 * The host's origin: what a browser talks to, as it talks to Grafana. Serves the host app, the
 * built plugins under /public/plugins/<id>/, the dashboards from provisioning/, data source
 * settings and the data source proxy, under a Content-Security-Policy without 'unsafe-eval'.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { DataSourceRegistry, proxyRequest, proxyTarget, publicView, Route } from './grafana';
import { gitSessionReply } from './hostGitSession';

/** The parts of a built plugin's plugin.json the host reads. */
interface PluginJson {
  id: string;
  routes?: Route[];
}

/** The parts of a provisioned dashboard the host's API reads (the page reads the rest). */
interface DashboardJson {
  uid: string;
  title: string;
}

/** Grafana's strict policy, minus nonces: scripts only from this origin, never eval. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'";

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.txt': 'text/plain',
};

export interface HostOptions {
  root: string;
  dataDir: string;
  apiUrl: string;
  /** Where built plugins live (default <root>/dist): one folder per plugin id. */
  pluginsDir?: string;
  /** The host app build to serve (default <root>/dist-sandbox/host). */
  hostBuildDir?: string;
  log?: (msg: string) => void;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Security-Policy': CSP });
  res.end(JSON.stringify(body));
}

function sendFile(res: http.ServerResponse, file: string): void {
  fs.readFile(file, (err, data) => {
    if (err) {
      sendJson(res, 404, { message: 'Not found' });
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
    });
    res.end(data);
  });
}

/** Resolves `rel` inside `dir`, refusing anything that climbs out of it. */
function safeJoin(dir: string, rel: string): string | undefined {
  const full = path.resolve(dir, '.' + path.posix.normalize('/' + decodeURIComponent(rel)));
  return full.startsWith(path.resolve(dir) + path.sep) || full === path.resolve(dir) ? full : undefined;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(s));
    req.on('error', reject);
  });
}

export function createHost(opts: HostOptions): http.RequestListener {
  const log = opts.log ?? ((m: string) => console.error(m));
  const dist = opts.pluginsDir ?? path.join(opts.root, 'dist');
  const hostBuild = opts.hostBuildDir ?? path.join(opts.root, 'dist-sandbox', 'host');
  const dashboardsDir = path.join(opts.root, 'provisioning', 'dashboards');
  const uiImages = path.join(opts.root, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img');
  const hostImages = path.join(opts.root, 'sandbox', 'host', 'img');
  const registry = new DataSourceRegistry(
    path.join(opts.root, 'provisioning', 'datasources'),
    path.join(opts.dataDir, 'grafana'),
    (url) => (/^https?:\/\/pyroscope(:\d+)?\/?$/.test(url) ? opts.apiUrl : url)
  );
  const pluginJson = (id: string) => {
    const f = path.join(dist, id, 'plugin.json');
    return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as PluginJson) : undefined;
  };
  const dashboards = () =>
    fs.existsSync(dashboardsDir)
      ? fs
          .readdirSync(dashboardsDir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => JSON.parse(fs.readFileSync(path.join(dashboardsDir, f), 'utf8')) as DashboardJson)
      : [];

  return (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://host');
      const p = url.pathname;
      try {
        let m: RegExpExecArray | null;
        if ((m = /^\/public\/plugins\/([a-z0-9-]+)\/(.+)$/.exec(p))) {
          const file = safeJoin(path.join(dist, m[1]), m[2]);
          return file ? sendFile(res, file) : sendJson(res, 404, { message: 'Not found' });
        }
        if ((m = /^\/public\/(?:build\/)?img\/(.+)$/.exec(p))) {
          // Icons, as Grafana serves them: @grafana/ui ships most and loads them from here; the few
          // Grafana's build adds (the spinner) are drawn for the host in sandbox/host/img.
          const file = safeJoin(uiImages, m[1]);
          const own = safeJoin(hostImages, m[1]);
          const found = [file, own].find((f) => f !== undefined && fs.existsSync(f));
          return found ? sendFile(res, found) : sendJson(res, 404, { message: 'Not found' });
        }
        if ((m = /^\/public\/build\/(.+)$/.exec(p))) {
          const file = safeJoin(hostBuild, m[1]);
          return file ? sendFile(res, file) : sendJson(res, 404, { message: 'Not found' });
        }
        if ((m = /^\/api\/datasources\/proxy\/uid\/([^/]+)\/?(.*)$/.exec(p))) {
          const ds = registry.get(m[1]);
          if (!ds) {
            return sendJson(res, 404, { message: 'Data source not found' });
          }
          const routes = pluginJson(ds.type)?.routes ?? [];
          const target = proxyTarget(ds, routes, m[2], req.method ?? 'GET', url.search);
          const timeoutSec = Number(ds.jsonData.timeout) > 0 ? Number(ds.jsonData.timeout) : 30;
          return proxyRequest(req, res, target, timeoutSec * 1000, log);
        }
        if (p === '/api/datasources' && req.method === 'GET') {
          return sendJson(res, 200, registry.list().map(publicView));
        }
        if ((m = /^\/api\/datasources\/uid\/([^/]+)$/.exec(p))) {
          if (req.method === 'GET') {
            const ds = registry.get(m[1]);
            return ds ? sendJson(res, 200, publicView(ds)) : sendJson(res, 404, { message: 'Data source not found' });
          }
          if (req.method === 'PUT') {
            const updated = registry.update(
              m[1],
              JSON.parse(await readBody(req)) as Parameters<typeof registry.update>[1]
            );
            return updated
              ? sendJson(res, 200, { message: 'Datasource updated', datasource: publicView(updated) })
              : sendJson(res, 404, { message: 'Data source not found' });
          }
        }
        if (p === '/api/plugins') {
          const ids = fs.existsSync(dist)
            ? fs.readdirSync(dist).filter((d) => fs.existsSync(path.join(dist, d, 'plugin.json')))
            : [];
          return sendJson(
            res,
            200,
            ids.map((id) => pluginJson(id))
          );
        }
        if ((m = /^\/api\/dashboards\/uid\/([^/]+)$/.exec(p))) {
          const d = dashboards().find((x) => x.uid === m![1]);
          return d
            ? sendJson(res, 200, { dashboard: d, meta: { slug: d.uid } })
            : sendJson(res, 404, { message: 'Dashboard not found' });
        }
        if (p === '/api/search') {
          return sendJson(
            res,
            200,
            dashboards().map((d) => ({ uid: d.uid, title: d.title, url: `/d/${d.uid}`, type: 'dash-db' }))
          );
        }
        if (p === '/api/sandbox/spans') {
          const r = await fetch(`${opts.apiUrl}/flamelens/spans${url.search}`);
          res.writeHead(r.status, { 'Content-Type': 'application/json' });
          return res.end(Buffer.from(await r.arrayBuffer()));
        }
        const git = await gitSessionReply(req.method ?? 'GET', p, req.headers.cookie, opts.apiUrl);
        if (git) {
          if (git.setCookie) {
            res.setHeader('Set-Cookie', git.setCookie);
          }
          return sendJson(res, git.status, git.body);
        }
        if (p.startsWith('/api/')) {
          return sendJson(res, 404, { message: `${p} is not served by the sandbox host` });
        }
        // Every page URL (/, /d/<uid>, /explore, /connections/…, /traces) is the host app.
        return sendFile(res, path.join(hostBuild, 'index.html'));
      } catch (e) {
        log(`host: ${req.method} ${p}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        if (!res.headersSent) {
          sendJson(res, 500, { message: 'Internal server error' });
        }
      }
    })();
  };
}
