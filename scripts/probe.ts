/**
 * `npm run probe`: replays the attacks of a hostile user and of bad luck against a fresh sandbox
 * (its real server processes, on free ports, a temporary data directory) and exits non-zero if any
 * guarantee breaks. Each line says what was tried and what was seen.
 *
 *   npm run probe                 every attack; 2,000 ingests for the memory check
 *   npm run probe -- --full       10,000 ingests, as BENCHMARKS.md records
 *   npm run probe -- --write      also write the memory figures into BENCHMARKS.md
 *
 * The guarantees are README's "Reliability" section.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { encodeTreeAsPprof } from '../src/pprof/encode';
import { parseFolded } from '../src/formats/folded';
import { sharedFixtureFiles } from '../src/testing/fixtures';
import { machine } from '../bench/harness';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const INGESTS = args.includes('--full') ? 10_000 : Number(process.env.PROBE_INGESTS ?? 2_000);
const BOMBS = 40;
const RSS_LIMIT_MB = 1024;

interface Server {
  apiUrl: string;
  hostUrl: string;
  pid: number;
  log: () => string;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

function startServer(dataDir: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'sandbox', 'server', 'main.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, FLAMELENS_HOST_PORT: '0', FLAMELENS_API_PORT: '0', FLAMELENS_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      }
    );
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const host = /^Grafana host: (\S+)$/m.exec(out);
      const api = /^Pyroscope API: (\S+)$/m.exec(out);
      if (host && api) {
        resolve({
          apiUrl: api[1],
          hostUrl: host[1],
          pid: child.pid!,
          log: () => err,
          kill: (signal = 'SIGTERM') =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${err}`)));
  });
}

/** Resident memory of a process in MiB (ps works on Linux and macOS alike). */
function rssMb(pid: number): number {
  const r = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return Number(r.stdout.trim()) / 1024;
}

const results: Array<{ ok: boolean; line: string }> = [];
function check(ok: boolean, line: string): void {
  results.push({ ok, line });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
}

async function post(url: string, body: Uint8Array | string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', body: body as BodyInit, headers });
  return { status: res.status, text: await res.text() };
}

const ingestUrl = (s: Server, name: string) => `${s.apiUrl}/ingest?name=${encodeURIComponent(name)}&format=pprof`;

async function labelValues(s: Server, label: string): Promise<string[]> {
  const now = Date.now();
  const r = await post(
    `${s.apiUrl}/querier.v1.QuerierService/LabelValues`,
    JSON.stringify({ name: label, matchers: ['{}'], start: now - 3600e3, end: now + 3600e3 }),
    { 'Content-Type': 'application/json' }
  );
  return (JSON.parse(r.text) as { names?: string[] }).names ?? [];
}

const small = encodeTreeAsPprof(parseFolded('main;work 10\nmain;idle 5\n').tree, { type: 'cpu', unit: 'nanoseconds' });

/** A real profile of about 291 KB (a Go heap profile) when the shared fixtures are there; else one made here. */
function mediumProfile(): { bytes: Uint8Array; what: string } {
  const real = sharedFixtureFiles('pprof').find((f) => f.endsWith('go-heap-alloc-space-truncated.pb.gz'));
  if (real) {
    return { bytes: new Uint8Array(fs.readFileSync(real)), what: 'go-heap-alloc-space-truncated.pb.gz' };
  }
  const rows = Array.from(
    { length: 12_000 },
    (_, i) => `main;pkg${i % 97}.f${i};leaf${(i * 7919) % 5003} ${1 + (i % 13)}`
  );
  return {
    bytes: encodeTreeAsPprof(parseFolded(rows.join('\n')).tree, { type: 'cpu', unit: 'nanoseconds' }),
    what: 'a generated profile',
  };
}

/** 1 GiB of zeros, gzipped (about 1 MiB), without holding the GiB. */
function gzipBomb(): Promise<Buffer> {
  const z = zlib.createGzip({ level: 9 });
  const parts: Buffer[] = [];
  z.on('data', (c: Buffer) => parts.push(c));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < 1024; i++) {
    z.write(zeros);
  }
  return new Promise<Buffer>((resolve) => {
    z.on('end', () => resolve(Buffer.concat(parts)));
    z.end();
  });
}

async function storeRecovery(dataDir: string): Promise<void> {
  let s = await startServer(dataDir);
  for (let i = 0; i < 20; i++) {
    const r = await post(ingestUrl(s, `probe{svc="s${i}"}`), small);
    if (r.status !== 200) throw new Error(`ingest ${i}: ${r.status} ${r.text}`);
  }
  await s.kill('SIGKILL');
  const file = path.join(dataDir, 'profiles', 'anonymous', 'profiles.log');
  const data = fs.readFileSync(file);
  const starts: number[] = [];
  for (let at = data.indexOf('FLR2'); at >= 0; at = data.indexOf('FLR2', at + 1)) starts.push(at);
  data.writeUInt32LE(0xffffff, starts[5] + 4); // a corrupt length field in the middle
  data[starts[13] - 3] ^= 0xff; // a flipped payload byte (record 12's body)
  fs.writeFileSync(
    file,
    Buffer.concat([data, Buffer.alloc(8192), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256))])
  );
  s = await startServer(dataDir);
  const kept = (await labelValues(s, 'svc')).sort();
  const expected = Array.from({ length: 20 }, (_, i) => `s${i}`)
    .filter((v) => v !== 's5' && v !== 's12')
    .sort();
  check(
    JSON.stringify(kept) === JSON.stringify(expected),
    `store: 20 acknowledged ingests, a corrupt length field, a flipped byte, a zeroed and a garbage tail → restarted; ${kept.length} of the 18 intact records back`
  );
  const aside = fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.damaged-'));
  check(
    /18 intact records kept; \d+ damaged bytes/.test(s.log()) && aside.length === 1,
    `store: the damage was reported on start and set aside in ${aside[0] ?? '(nothing)'}`
  );
  // A second server on the same directory would rewrite the log under the first one's feet.
  const second = await startServer(dataDir).then(
    async (other) => {
      await other.kill();
      return 'started';
    },
    (e: unknown) => String(e)
  );
  check(
    /in use by another sandbox \(pid \d+\)/.test(second) && (await labelValues(s, 'svc')).length === 18,
    'store: a second sandbox on the same data directory is refused, and the first one still answers'
  );
  await s.kill();
}

async function regexFreeze(s: Server): Promise<void> {
  await post(ingestUrl(s, `redos{ry="${'a'.repeat(24)}"}`), small);
  const now = Date.now();
  const t0 = Date.now();
  const query = post(
    `${s.apiUrl}/querier.v1.QuerierService/SelectMergeStacktraces`,
    JSON.stringify({
      profileTypeID: 'process_cpu:cpu:nanoseconds::',
      labelSelector: '{ry=~"((a+)+)+b"}',
      start: now - 3600e3,
      end: now + 3600e3,
    }),
    { 'Content-Type': 'application/json' }
  );
  const ready = fetch(`${s.apiUrl}/ready`).then(() => Date.now() - t0);
  const [r, readyMs] = await Promise.all([query, ready]);
  const ms = Date.now() - t0;
  check(r.status === 200 && ms < 1000, `regex: {ry=~"((a+)+)+b"} against 24 a's answered in ${ms} ms (limit 1,000)`);
  check(readyMs < 1000, `regex: the server answered another request meanwhile, in ${readyMs} ms`);
}

async function bombs(s: Server, figures: string[]): Promise<void> {
  const bomb = await gzipBomb();
  const before = rssMb(s.pid);
  let rejected = 0;
  for (let i = 0; i < BOMBS; i++) {
    const r = await post(ingestUrl(s, 'bomb'), bomb);
    rejected += r.status === 400 && /inflates past/.test(r.text) ? 1 : 0;
  }
  const after = rssMb(s.pid);
  check(
    rejected === BOMBS,
    `bombs: ${rejected} of ${BOMBS} gzip bombs (${(bomb.length / 1024).toFixed(0)} KiB → 1 GiB) refused with 400`
  );
  check(
    after <= RSS_LIMIT_MB,
    `bombs: resident memory ${before.toFixed(0)} → ${after.toFixed(0)} MiB (limit ${RSS_LIMIT_MB})`
  );
  figures.push(
    `| ${BOMBS} gzip bombs of 1 GiB (${(bomb.length / 1024).toFixed(0)} KiB each) | ${before.toFixed(0)} MiB | ${after.toFixed(0)} MiB |`
  );
}

async function ingests(s: Server, figures: string[]): Promise<void> {
  const { bytes, what } = mediumProfile();
  const before = rssMb(s.pid);
  const t0 = Date.now();
  let ok = 0;
  for (let i = 0; i < INGESTS; i++) {
    const r = await post(ingestUrl(s, `mem{i="${i % 50}"}`), bytes);
    ok += r.status === 200 ? 1 : 0;
  }
  const after = rssMb(s.pid);
  const seconds = (Date.now() - t0) / 1000;
  check(
    ok === INGESTS,
    `memory: ${ok} of ${INGESTS} ingests of ${what} (${(bytes.length / 1024).toFixed(0)} KiB) acknowledged in ${seconds.toFixed(0)} s`
  );
  check(
    after <= RSS_LIMIT_MB,
    `memory: resident memory ${before.toFixed(0)} → ${after.toFixed(0)} MiB after them (limit ${RSS_LIMIT_MB})`
  );
  check((await labelValues(s, 'i')).length === 50, 'memory: every ingested series is still found');
  figures.push(
    `| ${INGESTS.toLocaleString('en')} ingests of ${what} (${(bytes.length / 1024).toFixed(0)} KiB) | ${before.toFixed(0)} MiB | ${after.toFixed(0)} MiB |`
  );
}

async function limitsAndNames(s: Server): Promise<void> {
  const big = await post(ingestUrl(s, 'big'), new Uint8Array(70 * 1024 * 1024));
  check(big.status === 413, `body: a 70 MiB body answered ${big.status} (expected 413)`);
  for (const tenant of ['.', '..', 'x'.repeat(300)]) {
    const r = await post(ingestUrl(s, 'tenant'), small, { 'X-Scope-OrgID': tenant });
    const leak = r.text.includes(os.tmpdir()) || r.text.includes(ROOT);
    check(
      r.status === 400 && !leak,
      `tenant ${JSON.stringify(tenant.slice(0, 12))}${tenant.length > 12 ? '…' : ''}: ${r.status}, ${leak ? 'a server path in the answer' : 'no server path in the answer'}`
    );
  }
  const span = { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), name: 'x', service: 'svc', startMs: 1, endMs: 2 };
  await post(`${s.apiUrl}/flamelens/spans`, JSON.stringify(span), { 'X-Scope-OrgID': 'tenant-a' });
  const other: unknown = await (
    await fetch(`${s.apiUrl}/flamelens/spans`, { headers: { 'X-Scope-OrgID': 'tenant-b' } })
  ).json();
  check(Array.isArray(other) && other.length === 0, "spans: tenant-b does not see tenant-a's spans");
  for (const method of ['constructor', 'toString']) {
    const r = await post(`${s.apiUrl}/querier.v1.QuerierService/${method}`, '{}', {
      'Content-Type': 'application/json',
    });
    check(r.status === 404, `method "${method}": ${r.status} (expected 404)`);
  }
  const now = Date.now();
  const step = await post(
    `${s.apiUrl}/querier.v1.QuerierService/SelectSeries`,
    JSON.stringify({ profileTypeID: 'x', labelSelector: '{}', start: now - 3600e3, end: now, step: 1e-300 }),
    { 'Content-Type': 'application/json' }
  );
  check(step.status === 400, `step 1e-300: ${step.status} (expected 400)`);
  const gz = zlib.gzipSync(Buffer.from(small));
  gz[gz.length - 8] ^= 1;
  const crc = await post(ingestUrl(s, 'badcrc'), gz);
  check(crc.status === 400 && /CRC-32/.test(crc.text), `gzip with a bad CRC trailer: ${crc.status}`);
  const huge = encodeTreeAsPprof(parseFolded('main;hot 9000000000000000000\n').tree, {
    type: 'cpu',
    unit: 'nanoseconds',
  });
  await post(ingestUrl(s, 'huge'), huge);
  await post(ingestUrl(s, 'huge'), huge);
  const fg = await post(
    `${s.apiUrl}/querier.v1.QuerierService/SelectMergeStacktraces`,
    JSON.stringify({
      profileTypeID: 'process_cpu:cpu:nanoseconds::',
      labelSelector: '{service_name="huge"}',
      start: now - 3600e3,
      end: now + 3600e3,
    }),
    { 'Content-Type': 'application/json' }
  );
  const total = (JSON.parse(fg.text) as { flamegraph?: { total?: string } }).flamegraph?.total;
  check(
    total === '9223372036854775807',
    `int64: two values of 9e18 sum to ${total} (int64's maximum, not a negative or 1.8e19)`
  );
}

function svgOfOddNames(): void {
  const odd = sharedFixtureFiles('pprof').find((f) => f.endsWith('edge-invalid-utf8.pb.gz'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flamelens-probe-svg-'));
  const input = odd ?? path.join(dir, 'odd.folded');
  if (!odd) fs.writeFileSync(input, 'main;bad\u0001name\u0007;x 3\n');
  const out = path.join(dir, 'out.svg');
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'flamelens.cjs'), 'convert', input, '--to', 'svg', '-o', out],
    {
      encoding: 'utf8',
    }
  );
  const bad =
    // eslint-disable-next-line no-control-regex -- looking for characters XML cannot hold.
    r.status === 0 ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(fs.readFileSync(out, 'utf8')) : true;
  check(r.status === 0 && !bad, `svg: ${path.basename(input)} converted to SVG holds only characters XML allows`);
}

async function secretAfterModeSwitch(s: Server): Promise<void> {
  const seen: string[] = [];
  const upstream = http.createServer((req, res) => {
    seen.push(JSON.stringify(req.headers));
    res.writeHead(200, { 'Content-Type': 'application/proto' });
    res.end();
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const api = `${s.hostUrl}/api/datasources/uid/flamelens-pyroscope`;
  const ds = (await (await fetch(api)).json()) as { jsonData: Record<string, unknown> };
  const put = (body: unknown) =>
    fetch(api, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const SECRET = 'probe-secret-51f0c2';
  await put({
    ...ds,
    url,
    jsonData: { ...ds.jsonData, url, authMode: 'bearer' },
    secureJsonData: { bearerToken: SECRET },
  });
  // What the config editor saves for "No authentication" (datasource/authMode.ts, withAuthMode).
  await put({
    ...ds,
    url,
    jsonData: { ...ds.jsonData, url, authMode: 'none' },
    secureJsonData: { bearerToken: '', basicAuthPassword: '' },
  });
  const plugin = JSON.parse(fs.readFileSync(path.join(ROOT, 'datasource', 'plugin.json'), 'utf8')) as {
    routes: Array<{ path: string }>;
  };
  const routes = plugin.routes.map((r) => r.path);
  for (const route of routes) {
    await post(
      `${s.hostUrl}/api/datasources/proxy/uid/flamelens-pyroscope/${route}/querier.v1.QuerierService/ProfileTypes`,
      new Uint8Array(),
      {
        'Content-Type': 'application/proto',
      }
    );
  }
  upstream.close();
  check(
    seen.length === routes.length && !seen.some((h) => h.includes(SECRET)),
    `secrets: after saving "No authentication", ${seen.length} calls through the ${routes.length} routes carried no old token`
  );
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flamelens-probe-'));
  const figures: string[] = [];
  try {
    await storeRecovery(path.join(dataDir, 'recovery'));
    const s = await startServer(path.join(dataDir, 'attacks'));
    try {
      await regexFreeze(s);
      await limitsAndNames(s);
      await secretAfterModeSwitch(s);
      await bombs(s, figures);
      await ingests(s, figures);
    } finally {
      await s.kill();
    }
    svgOfOddNames();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\n${results.length - failed} of ${results.length} guarantees held.`);
  if (args.includes('--write')) {
    writeFigures(figures);
  }
  process.exit(failed === 0 ? 0 : 1);
}

function writeFigures(figures: string[]): void {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const begin = '<!-- memory:begin -->';
  const end = '<!-- memory:end -->';
  const section = [
    begin,
    '# Sandbox server memory under hostile load',
    '',
    'Rerun: `npm run probe -- --full --write` (scripts/probe.ts: the server process, resident memory from `ps`)',
    '',
    `Machine: ${machine()}. Date: ${new Date().toISOString().slice(0, 10)}. Limit checked: ${RSS_LIMIT_MB} MiB.`,
    '',
    '| load | resident memory before | after |',
    '|---|---:|---:|',
    ...figures,
    '',
    'Profiles stay on disk (an index of labels, series totals and offsets in memory); decoded profiles are cached up to 128 MiB; a gzip body stops inflating at the profile size limit (16 MiB by default).',
    end,
  ].join('\n');
  const current = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(
    file,
    current.includes(begin)
      ? current.replace(new RegExp(`${begin}[\\s\\S]*${end}`), section)
      : `${current.trimEnd()}\n\n${section}\n`
  );
  console.log('wrote BENCHMARKS.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
