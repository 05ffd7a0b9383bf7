/**
 * The Grafana-like API the sandbox host needs, with Grafana's semantics where the plugins can tell
 * the difference:
 *
 * - `/public/plugins/<id>/…` serves the built plugin from dist/<id>/.
 * - Data source settings: jsonData is visible to the browser; secureJsonData is stored here and
 *   only `secureJsonFields` (which keys are set) goes back, as Grafana does.
 * - `/api/datasources/proxy/uid/<uid>/<route path>/…` applies the plugin.json route whose path
 *   prefixes the request: its `url` and `headers` templated from `{{ .JsonData.x }}` and
 *   `{{ .SecureJsonData.y }}`, then Grafana's native basic auth and custom headers
 *   (httpHeaderName1 / secureJsonData.httpHeaderValue1). The browser's cookies are dropped but
 *   those the data source allows (jsonData.keepCookies), never Grafana's own session. A backend it
 *   cannot reach gets a bare 502, a timeout a bare 504 — the cause goes to this server's log, as
 *   Grafana keeps it in its log.
 * - Besides provisioning, a built-in tracing datasource (SANDBOX_TRACES), which Flamelens
 *   datasources name as their traces datasource unless provisioning or a saved edit says otherwise.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { keptCookieHeader } from './cookies';
import { GIT_SESSION_COOKIE } from './gitSessions';

export interface DataSourceSettings {
  id: number;
  uid: string;
  name: string;
  type: string;
  access: 'proxy';
  url: string;
  basicAuth: boolean;
  basicAuthUser: string;
  isDefault: boolean;
  jsonData: Record<string, unknown>;
  secureJsonData: Record<string, string>;
}

/** A datasource as Grafana's provisioning YAML declares it (the fields the host reads). */
interface ProvisionedDataSource {
  uid: string;
  name: string;
  type: string;
  url?: string;
  basicAuth?: boolean;
  basicAuthUser?: string;
  isDefault?: boolean;
  jsonData?: Record<string, unknown>;
  secureJsonData?: Record<string, string>;
}

interface ProvisioningFile {
  datasources?: ProvisionedDataSource[];
}

export type PublicDataSource = Omit<DataSourceSettings, 'secureJsonData'> & {
  secureJsonFields: Record<string, boolean>;
  readOnly: boolean;
};

export function publicView(ds: DataSourceSettings): PublicDataSource {
  const { secureJsonData, ...rest } = ds;
  return {
    ...rest,
    readOnly: false,
    secureJsonFields: Object.fromEntries(
      Object.entries(secureJsonData)
        .filter(([, v]) => v !== '')
        .map(([k]) => [k, true])
    ),
  };
}

/** The Flamelens datasource's plugin id. */
export const FLAMELENS_DATASOURCE_TYPE = 'flamelens-profiles-datasource';

/**
 * The sandbox's tracing datasource, built in rather than provisioned (users' docker-compose has no
 * Tempo): Grafana's Tempo is a core plugin, so the host answers its queries itself, from the demo's
 * span store. No URL: nothing is proxied to it.
 */
export const SANDBOX_TRACES = { uid: 'sandbox-traces', name: 'Sandbox traces', type: 'tempo' } as const;

/**
 * What the sandbox sets on a Flamelens datasource on top of provisioning, where provisioning does not
 * set it: "Open trace" goes to the sandbox's traces, and the GitHub session cookie is an allowed
 * cookie. A saved edit (the config page) replaces it.
 */
export const FLAMELENS_SANDBOX_JSON_DATA: Record<string, unknown> = {
  tracesDatasourceUid: SANDBOX_TRACES.uid,
  // The GitHub session of the source service (vcs.v1) reaches the sandbox's Pyroscope.
  keepCookies: [GIT_SESSION_COOKIE],
  // Where the panel sends a user who is not signed in: the host's stand-in for Drilldown's sign-in.
  sourceSignInUrl: '/sandbox/git',
};

/**
 * Data sources from provisioning/datasources/*.yml, then the sandbox's built-in traces datasource,
 * with saved edits on top (kept in dataDir).
 */
export class DataSourceRegistry {
  private readonly byUid = new Map<string, DataSourceSettings>();
  private readonly file: string;

  constructor(provisioningDir: string, stateDir: string, rewriteUrl: (url: string) => string) {
    fs.mkdirSync(stateDir, { recursive: true });
    this.file = path.join(stateDir, 'datasources.json');
    let id = 1;
    for (const f of fs.existsSync(provisioningDir) ? fs.readdirSync(provisioningDir).sort() : []) {
      if (!/\.ya?ml$/.test(f)) {
        continue;
      }
      const doc = parseYaml(fs.readFileSync(path.join(provisioningDir, f), 'utf8')) as ProvisioningFile | null;
      for (const d of doc?.datasources ?? []) {
        const url = rewriteUrl(String(d.url ?? ''));
        const jsonData = { ...(d.jsonData ?? {}) };
        if (d.type === FLAMELENS_DATASOURCE_TYPE) {
          for (const [k, v] of Object.entries(FLAMELENS_SANDBOX_JSON_DATA)) {
            if (jsonData[k] === undefined) {
              jsonData[k] = v;
            }
          }
        }
        if (typeof jsonData.url === 'string') {
          jsonData.url = rewriteUrl(jsonData.url);
        }
        this.byUid.set(d.uid, {
          id: id++,
          uid: d.uid,
          name: d.name,
          type: d.type,
          access: 'proxy',
          url,
          basicAuth: Boolean(d.basicAuth),
          basicAuthUser: d.basicAuthUser ?? '',
          isDefault: Boolean(d.isDefault),
          jsonData,
          secureJsonData: { ...(d.secureJsonData ?? {}) },
        });
      }
    }
    if (!this.byUid.has(SANDBOX_TRACES.uid)) {
      this.byUid.set(SANDBOX_TRACES.uid, {
        id: id++,
        ...SANDBOX_TRACES,
        access: 'proxy',
        url: '',
        basicAuth: false,
        basicAuthUser: '',
        isDefault: false,
        jsonData: {},
        secureJsonData: {},
      });
    }
    if (fs.existsSync(this.file)) {
      for (const saved of JSON.parse(fs.readFileSync(this.file, 'utf8')) as DataSourceSettings[]) {
        this.byUid.set(saved.uid, saved);
      }
    }
  }

  list(): DataSourceSettings[] {
    return [...this.byUid.values()];
  }

  get(uid: string): DataSourceSettings | undefined {
    return this.byUid.get(uid);
  }

  /** Applies an edit as Grafana's PUT does: secure values given replace, '' clears, absent keeps. */
  update(
    uid: string,
    body: Partial<DataSourceSettings> & { secureJsonData?: Record<string, string> }
  ): DataSourceSettings | undefined {
    const ds = this.byUid.get(uid);
    if (!ds) {
      return undefined;
    }
    const next: DataSourceSettings = {
      ...ds,
      name: body.name ?? ds.name,
      url: body.url ?? ds.url,
      basicAuth: body.basicAuth ?? ds.basicAuth,
      basicAuthUser: body.basicAuthUser ?? ds.basicAuthUser,
      jsonData: body.jsonData ?? ds.jsonData,
      secureJsonData: { ...ds.secureJsonData, ...(body.secureJsonData ?? {}) },
    };
    this.byUid.set(uid, next);
    fs.writeFileSync(this.file, JSON.stringify(this.list(), null, 2));
    return next;
  }
}

export interface Route {
  path: string;
  url?: string;
  method?: string;
  headers?: Array<{ name: string; content: string }>;
}

/** Fills `{{ .JsonData.x }}` and `{{ .SecureJsonData.y }}`; a missing key becomes '' (not Go's "<no value>"). */
export function interpolate(template: string, ds: DataSourceSettings): string {
  return template.replace(
    /\{\{\s*\.(JsonData|SecureJsonData)\.([A-Za-z0-9_]+)\s*\}\}/g,
    (_, scope: string, key: string) => {
      const v = scope === 'JsonData' ? ds.jsonData[key] : ds.secureJsonData[key];
      return v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
    }
  );
}

/** The route whose path is the longest prefix of `proxyPath` (segment-wise), as Grafana picks it. */
export function matchRoute(routes: Route[], proxyPath: string, method: string): Route | undefined {
  let best: Route | undefined;
  for (const r of routes) {
    const p = r.path.replace(/^\/+|\/+$/g, '');
    if (
      (proxyPath === p || proxyPath.startsWith(`${p}/`)) &&
      (!r.method || r.method === '*' || r.method.toUpperCase() === method)
    ) {
      if (!best || p.length > best.path.replace(/^\/+|\/+$/g, '').length) {
        best = r;
      }
    }
  }
  return best;
}

export interface ProxyTarget {
  url: string;
  headers: Record<string, string>;
  /** The browser cookies passed on: the data source's "Allowed cookies" (jsonData.keepCookies). */
  keepCookies: string[];
}

/** Grafana's own session cookie, which its proxy never passes on, allowed or not. */
export const GRAFANA_SESSION_COOKIE = 'grafana_session';

/** Where a proxied request goes and which headers the proxy adds (without the browser's own). */
export function proxyTarget(
  ds: DataSourceSettings,
  routes: Route[],
  proxyPath: string,
  method: string,
  search: string
): ProxyTarget {
  const headers: Record<string, string> = {};
  const route = matchRoute(routes, proxyPath, method);
  let base = ds.url;
  let rest = proxyPath;
  if (route && route.url) {
    base = interpolate(route.url, ds);
    rest = proxyPath.slice(route.path.replace(/^\/+|\/+$/g, '').length).replace(/^\//, '');
  }
  if (ds.basicAuth) {
    headers.Authorization = `Basic ${Buffer.from(`${ds.basicAuthUser}:${ds.secureJsonData.basicAuthPassword ?? ''}`).toString('base64')}`;
  }
  for (let i = 1; ds.jsonData[`httpHeaderName${i}`]; i++) {
    headers[String(ds.jsonData[`httpHeaderName${i}`])] = ds.secureJsonData[`httpHeaderValue${i}`] ?? '';
  }
  for (const h of route?.headers ?? []) {
    headers[h.name] = interpolate(h.content, ds);
  }
  const joined = `${base.replace(/\/+$/, '')}/${rest}`;
  const keep = ds.jsonData.keepCookies;
  const keepCookies = Array.isArray(keep) ? keep.filter((k): k is string => typeof k === 'string') : [];
  return { url: joined + search, headers, keepCookies };
}

const FORWARDED_REQUEST_HEADERS = [
  'content-type',
  'accept',
  'connect-protocol-version',
  'connect-timeout-ms',
  'accept-encoding',
];

/** Proxies one request; bare 502 if the backend is unreachable, bare 504 on timeout. */
export function proxyRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  target: ProxyTarget,
  timeoutMs: number,
  log: (msg: string) => void
): void {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    log(`proxy: invalid data source URL ${JSON.stringify(target.url)}`);
    res.writeHead(502).end();
    return;
  }
  const headers: Record<string, string> = {};
  for (const h of FORWARDED_REQUEST_HEADERS) {
    const v = req.headers[h];
    if (typeof v === 'string') {
      headers[h] = v;
    }
  }
  // Grafana's proxy drops the browser's cookies but the allowed ones (pkg/util/proxyutil ClearCookieHeader).
  const cookie = keptCookieHeader(req.headers.cookie, target.keepCookies, [GRAFANA_SESSION_COOKIE]);
  if (cookie !== undefined) {
    headers.cookie = cookie;
  }
  Object.assign(headers, target.headers);
  const out = http.request(
    {
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method: req.method,
      headers,
    },
    (upstream) => {
      const h: Record<string, string> = {};
      for (const k of ['content-type', 'content-encoding', 'grpc-status', 'grpc-message']) {
        const v = upstream.headers[k];
        if (typeof v === 'string') {
          h[k] = v;
        }
      }
      res.writeHead(upstream.statusCode ?? 502, h);
      upstream.pipe(res);
    }
  );
  out.setTimeout(timeoutMs, () => {
    log(`proxy: ${req.method} ${target.url} timed out after ${timeoutMs} ms`);
    out.destroy(new Error('timeout'));
    if (!res.headersSent) {
      res.writeHead(504).end();
    }
  });
  out.on('error', (e) => {
    log(`proxy: ${req.method} ${target.url} failed: ${e.message}`);
    if (!res.headersSent) {
      res.writeHead(502).end();
    } else {
      res.destroy();
    }
  });
  req.pipe(out);
}
