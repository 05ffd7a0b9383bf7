import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { spawn, ChildProcess } from 'child_process';
import { AddressInfo } from 'net';
import { createHost } from './host';
import { DataSourceRegistry, interpolate, matchRoute } from './grafana';
import { startApi, tempDir, tempGitRepository } from './testing';
import { GIT_SESSION_COOKIE } from './gitSessions';
import { recordedFixtures } from '../../src/testing/recorded';
import { decodePprof } from '../../src/pprof/decode';
import { clientFor } from './testing';

const ROOT = path.resolve(__dirname, '../..');

/** A backend that records what reached it. */
async function echoBackend(
  delayMs = 0
): Promise<{ url: string; seen: Array<{ url: string; headers: http.IncomingHttpHeaders }>; close(): Promise<void> }> {
  const seen: Array<{ url: string; headers: http.IncomingHttpHeaders }> = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"profileTypes":[]}');
    }, delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A plugins folder as the build lays it out, made from the sources so the test needs no build. */
function pluginsDir(): string {
  const dir = tempDir('flamelens-plugins-');
  for (const src of ['datasource', 'panel']) {
    const json = JSON.parse(fs.readFileSync(path.join(ROOT, src, 'plugin.json'), 'utf8'));
    fs.mkdirSync(path.join(dir, json.id));
    fs.writeFileSync(path.join(dir, json.id, 'plugin.json'), JSON.stringify(json));
  }
  return dir;
}

async function startHost(apiUrl: string) {
  const dataDir = tempDir();
  const logs: string[] = [];
  const server = http.createServer(
    createHost({ root: ROOT, dataDir, apiUrl, pluginsDir: pluginsDir(), log: (m) => logs.push(m) })
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, logs, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const UID = 'flamelens-pyroscope';
const put = (host: string, body: unknown) =>
  fetch(`${host}/api/datasources/uid/${UID}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const call = (host: string, route: string) =>
  fetch(`${host}/api/datasources/proxy/uid/${UID}/${route}/querier.v1.QuerierService/ProfileTypes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: 'grafana_session=abc' },
    body: '{}',
  });

describe('templating and route matching', () => {
  const ds = { jsonData: { url: 'http://p:4040', tenantId: 't1' }, secureJsonData: { bearerToken: 's3cret' } } as never;
  it('fills JsonData and SecureJsonData and leaves missing keys empty', () => {
    expect(interpolate('{{ .JsonData.url }}|{{.SecureJsonData.bearerToken}}|{{ .JsonData.nope }}', ds)).toBe(
      'http://p:4040|s3cret|'
    );
  });
  it('picks the longest matching route path', () => {
    const routes = [{ path: 'none' }, { path: 'none-tenant' }];
    expect(matchRoute(routes, 'none-tenant/x', 'POST')?.path).toBe('none-tenant');
    expect(matchRoute(routes, 'none/x', 'POST')?.path).toBe('none');
    expect(matchRoute(routes, 'other/x', 'POST')).toBeUndefined();
  });
});

describe('sandbox host: data source settings and proxy', () => {
  it("applies each auth mode's route, keeps secrets server-side, and never sends a header of another mode", async () => {
    const backend = await echoBackend();
    const host = await startHost(backend.url);
    try {
      const saved = await (
        await put(host.url, {
          url: backend.url,
          jsonData: { url: backend.url, authMode: 'bearer', tenantId: 'team-a' },
          secureJsonData: { bearerToken: 'tok-123' },
        })
      ).json();
      expect(saved.datasource.secureJsonFields).toEqual({ bearerToken: true });
      expect(JSON.stringify(saved)).not.toContain('tok-123');
      const listed = await (await fetch(`${host.url}/api/datasources`)).text();
      expect(listed).not.toContain('tok-123');

      expect((await call(host.url, 'bearer-tenant')).status).toBe(200);
      expect(backend.seen[0].url).toBe('/querier.v1.QuerierService/ProfileTypes');
      expect(backend.seen[0].headers.authorization).toBe('Bearer tok-123');
      expect(backend.seen[0].headers['x-scope-orgid']).toBe('team-a');
      expect(backend.seen[0].headers.cookie).toBeUndefined();

      await call(host.url, 'none');
      expect(backend.seen[1].headers.authorization).toBeUndefined();
      expect(backend.seen[1].headers['x-scope-orgid']).toBeUndefined();

      await put(host.url, {
        basicAuth: true,
        basicAuthUser: 'alice',
        jsonData: { url: backend.url, authMode: 'basic', httpHeaderName1: 'X-Custom' },
        secureJsonData: { basicAuthPassword: 'pw', httpHeaderValue1: 'v1' },
      });
      await call(host.url, 'basic');
      expect(backend.seen[2].headers.authorization).toBe(`Basic ${Buffer.from('alice:pw').toString('base64')}`);
      expect(backend.seen[2].headers['x-custom']).toBe('v1');
    } finally {
      await host.close();
      await backend.close();
    }
  });

  it('answers a bare 502 when the backend is unreachable and a bare 504 on timeout, logging the cause', async () => {
    const slow = await echoBackend(3000);
    const host = await startHost(slow.url);
    try {
      await put(host.url, { url: 'http://127.0.0.1:1', jsonData: { url: 'http://127.0.0.1:1', authMode: 'none' } });
      const r502 = await call(host.url, 'none');
      expect(r502.status).toBe(502);
      expect(await r502.text()).toBe('');
      expect(host.logs.join('\n')).toMatch(/ECONNREFUSED/);
      await put(host.url, { url: slow.url, jsonData: { url: slow.url, authMode: 'none', timeout: 1 } });
      const r504 = await call(host.url, 'none');
      expect(r504.status).toBe(504);
      expect(await r504.text()).toBe('');
    } finally {
      await host.close();
      await slow.close();
    }
  });

  it('serves plugins and pages under a CSP without unsafe-eval, and refuses path traversal', async () => {
    const host = await startHost('http://127.0.0.1:1');
    try {
      const mod = await fetch(`${host.url}/public/plugins/flamelens-flamegraph-panel/plugin.json`);
      expect(mod.status).toBe(200);
      expect(mod.headers.get('content-security-policy')).not.toContain('unsafe-eval');
      expect((await fetch(`${host.url}/public/plugins/flamelens-flamegraph-panel/..%2F..%2Fpackage.json`)).status).toBe(
        404
      );
    } finally {
      await host.close();
    }
  });
});

describe("sandbox host: the data source's allowed cookies", () => {
  it('passes on only the cookies jsonData.keepCookies names, never grafana_session, and none when it names none', async () => {
    const backend = await echoBackend();
    const host = await startHost(backend.url);
    const send = (cookie: string) =>
      fetch(`${host.url}/api/datasources/proxy/uid/${UID}/none/querier.v1.QuerierService/ProfileTypes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: '{}',
      });
    try {
      const cookie = `grafana_session=abc; ${GIT_SESSION_COOKIE}=tok; theme=dark`;
      await put(host.url, {
        url: backend.url,
        jsonData: { url: backend.url, authMode: 'none', keepCookies: [GIT_SESSION_COOKIE, 'grafana_session'] },
      });
      await send(cookie);
      expect(backend.seen[0].headers.cookie).toBe(`${GIT_SESSION_COOKIE}=tok`);
      await send('theme=dark');
      expect(backend.seen[1].headers.cookie).toBeUndefined();
      await put(host.url, { url: backend.url, jsonData: { url: backend.url, authMode: 'none' } });
      await send(cookie);
      expect(backend.seen[2].headers.cookie).toBeUndefined();
    } finally {
      await host.close();
      await backend.close();
    }
  });

  it('provisions the Flamelens data source with the GitHub session cookie allowed', () => {
    const registry = new DataSourceRegistry(path.join(ROOT, 'provisioning', 'datasources'), tempDir(), (u) => u);
    expect(registry.get(UID)!.jsonData.keepCookies).toEqual([GIT_SESSION_COOKIE]);
  });
});

describe('sandbox host: GitHub sign-in for the source service', () => {
  it('signs in through the API, and the cookie reaches GetFile through the data source proxy', async () => {
    const repo = tempGitRepository();
    const api = await startApi({ vcs: { root: repo.dir, repositoryURL: 'https://github.com/example/rides' } });
    const host = await startHost(api.url);
    const getFile = (cookie?: string) =>
      fetch(`${host.url}/api/datasources/proxy/uid/${UID}/none/vcs.v1.VCSService/GetFile`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
        body: JSON.stringify({
          repositoryURL: 'https://github.com/example/rides',
          ref: repo.first,
          localPath: '/home/ci/sandbox/demo/rideshare.cjs',
        }),
      });
    const session = async (cookie?: string) =>
      (await (await fetch(`${host.url}/api/sandbox/git/session`, { headers: cookie ? { Cookie: cookie } : {} })).json())
        .signedIn;
    try {
      expect(await session()).toBe(false);
      expect((await getFile()).status).toBe(401);
      const signIn = await fetch(`${host.url}/api/sandbox/git/sign-in`, { method: 'POST' });
      expect(signIn.status).toBe(200);
      const setCookie = signIn.headers.get('set-cookie')!;
      expect(setCookie).toMatch(new RegExp(`^${GIT_SESSION_COOKIE}=[^;]+; Path=/; SameSite=Lax`));
      const cookie = setCookie.split(';')[0];
      expect(await session(cookie)).toBe(true);
      const file = await getFile(`grafana_session=x; ${cookie}`);
      expect(file.status).toBe(200);
      expect(Buffer.from((await file.json()).content, 'base64').toString('utf8')).toBe('version 1\n');
      expect((await getFile(`${GIT_SESSION_COOKIE}=forged`)).status).toBe(401);

      const signOut = await fetch(`${host.url}/api/sandbox/git/sign-out`, {
        method: 'POST',
        headers: { Cookie: cookie },
      });
      expect(signOut.headers.get('set-cookie')).toBe(`${GIT_SESSION_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0`);
    } finally {
      await host.close();
      await api.close();
    }
  });

  it('answers 502 when the API cannot sign in', async () => {
    const host = await startHost('http://127.0.0.1:1');
    try {
      const r = await fetch(`${host.url}/api/sandbox/git/sign-in`, { method: 'POST' });
      expect(r.status).toBe(502);
      expect((await r.json()).message).toMatch(/^GitHub sign-in failed/);
    } finally {
      await host.close();
    }
  });
});

describe('sandbox host: the traces datasource', () => {
  const PROVISIONING = path.join(ROOT, 'provisioning', 'datasources');

  it('lists Sandbox traces after provisioning, and names it as the Flamelens traces datasource by default', async () => {
    const host = await startHost('http://127.0.0.1:1');
    try {
      const list = (await (await fetch(`${host.url}/api/datasources`)).json()) as Array<{
        uid: string;
        name: string;
        type: string;
        jsonData: Record<string, unknown>;
      }>;
      expect(list.map((d) => d.uid)).toEqual([UID, 'sandbox-traces']);
      expect(list[1]).toEqual(expect.objectContaining({ name: 'Sandbox traces', type: 'tempo', isDefault: false }));
      expect(list[0].jsonData.tracesDatasourceUid).toBe('sandbox-traces');
      // The rest of the provisioned jsonData is untouched.
      expect(list[0].jsonData.authMode).toBe('none');
      // The logo the host gives the traces datasource's plugin meta is served.
      const logo = await fetch(`${host.url}/public/img/tempo_logo.svg`);
      expect([logo.status, logo.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
    } finally {
      await host.close();
    }
  });

  it('lets a saved edit replace the default, and keeps it over a restart', async () => {
    const stateDir = tempDir();
    const first = new DataSourceRegistry(PROVISIONING, stateDir, (u) => u);
    const ds = first.get(UID)!;
    const { tracesDatasourceUid, ...rest } = ds.jsonData;
    expect(tracesDatasourceUid).toBe('sandbox-traces');
    first.update(UID, { jsonData: rest });
    const again = new DataSourceRegistry(PROVISIONING, stateDir, (u) => u);
    expect(again.get(UID)!.jsonData.tracesDatasourceUid).toBeUndefined();
    expect(again.get('sandbox-traces')?.type).toBe('tempo');
  });

  it('keeps a traces datasource that provisioning names, and a provisioned uid sandbox-traces', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'ds.yml'),
      [
        'datasources:',
        '  - { name: P, type: flamelens-profiles-datasource, uid: p, jsonData: { tracesDatasourceUid: my-tempo } }',
        '  - { name: Mine, type: tempo, uid: sandbox-traces }',
        '  - { name: Other, type: prometheus, uid: prom }',
      ].join('\n')
    );
    const registry = new DataSourceRegistry(dir, tempDir(), (u) => u);
    expect(registry.get('p')!.jsonData.tracesDatasourceUid).toBe('my-tempo');
    expect(registry.get('prom')!.jsonData.tracesDatasourceUid).toBeUndefined();
    expect(registry.list().map((d) => d.name)).toEqual(['P', 'Mine', 'Other']);
  });

  it("proxies the span store's traceId filter", async () => {
    const api = await startApi();
    const host = await startHost(api.url);
    try {
      const trace = 'ab'.repeat(16);
      const spans = [1, 2, 3].map((i) => ({
        traceId: i === 2 ? 'cd'.repeat(16) : trace,
        spanId: String(i).repeat(16),
        name: `span ${i}`,
        service: 'svc',
        startMs: i,
        endMs: i + 1,
      }));
      const posted = await fetch(`${api.url}/flamelens/spans`, { method: 'POST', body: JSON.stringify(spans) });
      expect(posted.status).toBe(200);
      const got = (await (await fetch(`${host.url}/api/sandbox/spans?traceId=${trace}`)).json()) as Array<{
        name: string;
      }>;
      expect(got.map((s) => s.name)).toEqual(['span 3', 'span 1']);
      expect(await (await fetch(`${host.url}/api/sandbox/spans?traceId=${'ef'.repeat(16)}`)).json()).toEqual([]);
    } finally {
      await host.close();
      await api.close();
    }
  });
});

describe('sandbox process: durability', () => {
  function start(dataDir: string): Promise<{ child: ChildProcess; api: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'main.ts')], {
        cwd: ROOT,
        env: { ...process.env, FLAMELENS_API_PORT: '0', FLAMELENS_HOST_PORT: '0', FLAMELENS_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const m = /Pyroscope API: (\S+)/.exec(out);
        if (m) resolve({ child, api: m[1] });
      });
      child.on('exit', (code) => reject(new Error(`sandbox exited ${code}: ${out}`)));
    });
  }

  it('loses nothing that was answered 200 when killed with SIGKILL and restarted', async () => {
    const dataDir = tempDir();
    const wall = recordedFixtures().find((r) => r.file === 'node-wall.pb.gz')!;
    const first = await start(dataDir);
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${first.api}/ingest?name=kill-test&format=pprof`, {
        method: 'POST',
        body: wall.bytes as BodyInit,
      });
      expect(res.status).toBe(200);
    }
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const second = await start(dataDir);
    try {
      const now = Date.now();
      const tree = await clientFor(second.api).selectMergeStacktraces({
        profileTypeID: 'wall:wall:nanoseconds:wall:nanoseconds',
        labelSelector: '{service_name="kill-test"}',
        start: now - 3600e3,
        end: now + 3600e3,
      });
      expect(BigInt(tree!.total[0])).toBe(decodePprof(wall.bytes).totals[1] * 5n);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
    }
  }, 60000);
});
