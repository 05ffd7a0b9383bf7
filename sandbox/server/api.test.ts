import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { create, toBinary } from '@bufbuild/protobuf';
import { clientFor, startApi, RunningApi } from './testing';
import { effectiveMaxNodes } from './querier';
import { recordedFixtures } from '../../src/testing/recorded';
import { decodePprof } from '../../src/pprof/decode';
import { printFolded } from '../../src/formats/folded';
import { pprofToTree } from '../../src/pprof/toTree';
import { PushRequestSchema } from '../../src/pyroscope/gen/push/v1/push_pb';
import { sharedFixtureFiles } from '../../src/testing/fixtures';

const wall = recordedFixtures().find((r) => r.file === 'node-wall.pb.gz')!;
const heap = recordedFixtures().find((r) => r.file === 'node-heap.pb.gz')!;
const HOUR = 3600e3;

async function ingest(
  api: RunningApi,
  name: string,
  body: Uint8Array | string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {}
) {
  const qs = new URLSearchParams({
    name,
    format: 'pprof',
    from: String(Math.floor(Date.now() / 1000) - 10),
    until: String(Math.floor(Date.now() / 1000)),
    ...params,
  });
  return fetch(`${api.url}/ingest?${qs}`, { method: 'POST', body: body as BodyInit, headers });
}

describe('sandbox API: ingest and query', () => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi();
  });
  afterEach(() => api.close());

  it.each(['proto', 'json'] as const)('returns an ingested real pprof with its exact totals (%s)', async (encoding) => {
    expect((await ingest(api, 'ride-app{region="eu"}', wall.bytes)).status).toBe(200);
    const client = clientFor(api.url, encoding);
    const now = Date.now();
    const types = await client.profileTypes({ start: now - HOUR, end: now + HOUR });
    const p = decodePprof(wall.bytes);
    expect(types.map((t) => t.ID).sort()).toEqual(
      p.sampleTypes
        .map((st) => `wall:${st.type}:${st.unit}:${p.periodType?.type ?? ''}:${p.periodType?.unit ?? ''}`)
        .sort()
    );
    for (let t = 0; t < p.sampleTypes.length; t++) {
      const id = `wall:${p.sampleTypes[t].type}:${p.sampleTypes[t].unit}:${p.periodType?.type ?? ''}:${p.periodType?.unit ?? ''}`;
      const tree = await client.selectMergeStacktraces({
        profileTypeID: id,
        labelSelector: '{service_name="ride-app", region="eu"}',
        start: now - HOUR,
        end: now + HOUR,
        maxNodes: 1_000_000,
      });
      expect(BigInt(tree!.total[0])).toBe(p.totals[t]);
      expect(printFolded(tree!)).toBe(printFolded(pprofToTree(p, { sampleType: t })));
    }
    expect(await client.labelValues('region', ['{}'], { start: now - HOUR, end: now + HOUR })).toEqual(['eu']);
    expect(await client.labelNames(['{}'], { start: now - HOUR, end: now + HOUR })).toEqual(
      expect.arrayContaining(['__name__', 'service_name', 'region', '__profile_type__'])
    );
  });

  it('keeps what was answered 200 across a restart, and a corrupt upload gets 400 and leaves the store intact', async () => {
    await ingest(api, 'ride-app', wall.bytes);
    const corrupt = await ingest(api, 'ride-app', wall.bytes.subarray(0, wall.bytes.length / 2));
    expect(corrupt.status).toBe(400);
    expect((await corrupt.json()).message).toMatch(/gzip data is truncated/);
    await api.close();
    const again = await startApi({ dataDir: api.dataDir });
    try {
      const now = Date.now();
      const tree = await clientFor(again.url).selectMergeStacktraces({
        profileTypeID: 'wall:wall:nanoseconds:wall:nanoseconds',
        labelSelector: '{}',
        start: now - HOUR,
        end: now + HOUR,
      });
      expect(BigInt(tree!.total[0])).toBe(decodePprof(wall.bytes).totals[1]);
      expect(again.store.profiles('anonymous')).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('takes a pprof as a multipart part named "profile"', async () => {
    const boundary = 'xyzBOUNDARY';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="profile"; filename="profile.pprof"\r\nContent-Type: application/octet-stream\r\n\r\n`
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const res = await ingest(
      api,
      'multi-app',
      Buffer.concat([head, Buffer.from(heap.bytes), tail]),
      {},
      { 'Content-Type': `multipart/form-data; boundary=${boundary}` }
    );
    expect(res.status).toBe(200);
    const now = Date.now();
    const types = await clientFor(api.url).profileTypes({ start: now - HOUR, end: now + HOUR });
    expect(types.map((t) => t.ID)).toEqual(expect.arrayContaining(['memory:space:bytes:space:bytes']));
  });

  it('ingests folded stacks, scaling CPU samples to nanoseconds by the sample rate', async () => {
    const res = await ingest(api, 'folded-app.cpu{env=staging}', 'main;work 3\nmain;io 1\n', {
      format: 'folded',
      sampleRate: '100',
    });
    expect(res.status).toBe(200);
    const now = Date.now();
    const tree = await clientFor(api.url).selectMergeStacktraces({
      profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
      labelSelector: '{service_name="folded-app", env="staging"}',
      start: now - HOUR,
      end: now + HOUR,
    });
    expect(tree!.total[0]).toBe(4 * 10_000_000);
  });

  it('accepts Push in binary protobuf with the series labels', async () => {
    const body = toBinary(
      PushRequestSchema,
      create(PushRequestSchema, {
        series: [
          {
            labels: [
              { name: '__name__', value: 'memory' },
              { name: 'service_name', value: 'pushed' },
            ],
            samples: [{ rawProfile: heap.bytes, ID: 'x' }],
          },
        ],
      })
    );
    const res = await fetch(`${api.url}/push.v1.PusherService/Push`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/proto' },
      body,
    });
    expect(res.status).toBe(200);
    const p = decodePprof(heap.bytes);
    // A pushed profile is stored at its own time_nanos (the recording's, not today's): query around it.
    const at = Math.floor(p.timeNanos / 1e6);
    expect(at).toBeGreaterThan(0);
    const tree = await clientFor(api.url, 'json').selectMergeStacktraces({
      profileTypeID: `memory:space:bytes:${p.periodType?.type}:${p.periodType?.unit}`,
      labelSelector: '{service_name="pushed"}',
      start: at - HOUR,
      end: at + HOUR,
    });
    expect(BigInt(tree!.total[0])).toBe(p.totals[1]);
  });

  it('truncates to max nodes as Pyroscope does: ties at the threshold kept, 0 means 8192, above 1,048,576 is capped', async () => {
    const big = sharedFixtureFiles('pprof').find((f) => f.endsWith('go-heap-large.pb.gz'));
    const bytes = big ? new Uint8Array(fs.readFileSync(big)) : wall.bytes;
    await ingest(api, 'big', bytes);
    const now = Date.now();
    const p = decodePprof(bytes);
    const client = clientFor(api.url);
    const typeId = (await client.profileTypes({ start: now - HOUR, end: now + HOUR }))[0].ID;
    const query = (maxNodes?: number) =>
      client.selectMergeStacktraces({
        profileTypeID: typeId,
        labelSelector: '{}',
        start: now - HOUR,
        end: now + HOUR,
        maxNodes,
      });
    const full = (await query(5_000_000))!;
    const idx = p.sampleTypes.findIndex((st) => typeId.split(':')[1] === st.type);
    expect(BigInt(full.total[0])).toBe(p.totals[idx]);
    // Pyroscope's rule, checked against the full tree: minValue is the max-th largest total; the
    // answer keeps exactly the nodes whose total reaches it (ties too), the rest are in "other".
    const sorted = Array.from(full.total.subarray(1)).sort((a, b) => b - a);
    for (const [asked, effective] of [
      [10, 10],
      [undefined, 8192],
    ] as const) {
      const answer = (await query(asked))!;
      const minValue = sorted.length <= effective ? 0 : sorted[effective - 1];
      let kept = 0;
      for (let i = 1; i < answer.count; i++) {
        if (answer.flags[i] & 1) continue;
        kept++;
        expect(answer.total[i]).toBeGreaterThanOrEqual(minValue);
      }
      expect(kept).toBe(sorted.filter((v) => v >= minValue).length);
      expect(answer.total[0]).toBe(full.total[0]);
    }
    expect(effectiveMaxNodes(5_000_000)).toBe(1_048_576);
  });

  it('returns the full merged profile for format PPROF', async () => {
    await ingest(api, 'ride-app', wall.bytes);
    await ingest(api, 'ride-app', wall.bytes);
    const now = Date.now();
    const raw = await clientFor(api.url).selectMergeProfile({
      profileTypeID: 'wall:wall:nanoseconds:wall:nanoseconds',
      labelSelector: '{}',
      start: now - HOUR,
      end: now + HOUR,
      maxNodes: 1,
    });
    const merged = decodePprof(raw!);
    expect(merged.totals[0]).toBe(decodePprof(wall.bytes).totals[1] * 2n);
  });

  it('computes series with step, group by and limit, and a diff of two selectors', async () => {
    await ingest(api, 'ride-app{region="eu"}', wall.bytes);
    await ingest(api, 'ride-app{region="us"}', wall.bytes);
    await ingest(api, 'ride-app{region="us"}', wall.bytes);
    const now = Date.now();
    const client = clientFor(api.url);
    const s = await client.selectSeries({
      profileTypeID: 'wall:wall:nanoseconds:wall:nanoseconds',
      labelSelector: '{}',
      start: now - HOUR,
      end: now + HOUR,
      step: 3600,
      groupBy: ['region'],
    });
    const byRegion = Object.fromEntries(s.map((x) => [x.labels[0].value, x.points.reduce((a, p) => a + p.value, 0)]));
    const total = Number(decodePprof(wall.bytes).totals[1]);
    expect(byRegion).toEqual({ eu: total, us: 2 * total });
    const top1 = await client.selectSeries({
      profileTypeID: 'wall:wall:nanoseconds:wall:nanoseconds',
      labelSelector: '{}',
      start: now - HOUR,
      end: now + HOUR,
      step: 3600,
      groupBy: ['region'],
      limit: 1,
    });
    expect(top1.map((x) => x.labels[0].value)).toEqual(['us']);
    const d = await client.diff(
      {
        profileTypeID: 'wall:wall:nanoseconds:wall:nanoseconds',
        labelSelector: '{region="eu"}',
        start: now - HOUR,
        end: now + HOUR,
      },
      {
        profileTypeID: 'wall:wall:nanoseconds:wall:nanoseconds',
        labelSelector: '{region="us"}',
        start: now - HOUR,
        end: now + HOUR,
      }
    );
    expect(d!.left.total[0]).toBe(total);
    expect(d!.right.total[0]).toBe(2 * total);
  });

  it('answers bad selectors and unknown methods with Connect errors', async () => {
    const now = Date.now();
    await expect(
      clientFor(api.url).selectMergeStacktraces({
        profileTypeID: 't',
        labelSelector: '{region=',
        start: now - HOUR,
        end: now,
      })
    ).rejects.toMatchObject({ status: 400, code: 'invalid_argument' });
    const res = await fetch(`${api.url}/querier.v1.QuerierService/Nope`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'unimplemented' });
  });
});

describe('sandbox API: tenants', () => {
  it('isolates tenants and refuses requests without one when multi-tenancy is on', async () => {
    const api = await startApi({ multitenant: true });
    try {
      expect((await ingest(api, 'a', wall.bytes)).status).toBe(401);
      expect((await ingest(api, 'a', wall.bytes, {}, { 'X-Scope-OrgID': 'team-a' })).status).toBe(200);
      const now = Date.now();
      const range = { start: now - HOUR, end: now + HOUR };
      expect(await clientFor(api.url, 'proto', { 'X-Scope-OrgID': 'team-a' }).profileTypes(range)).not.toHaveLength(0);
      expect(await clientFor(api.url, 'proto', { 'X-Scope-OrgID': 'team-b' }).profileTypes(range)).toHaveLength(0);
      await expect(clientFor(api.url).profileTypes(range)).rejects.toMatchObject({
        status: 401,
        code: 'unauthenticated',
      });
    } finally {
      await api.close();
    }
  });
});

describe('sandbox API: the real @pyroscope/nodejs SDK', () => {
  it('accepts the SDK pushing from a child process, values stored exactly as sent', async () => {
    const api = await startApi();
    const capture = path.join(api.dataDir, 'sent');
    fs.mkdirSync(capture);
    try {
      // A recording proxy in front of the server keeps a copy of every body the SDK sends, so the
      // stored totals can be checked against exactly what went over the wire.
      const http = await import('http');
      const proxy = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => void forward());
        const forward = async () => {
          const body = Buffer.concat(chunks);
          fs.writeFileSync(path.join(capture, `${Date.now()}-${Math.random()}.pb`), body);
          const r = await fetch(api.url + req.url, {
            method: 'POST',
            body,
            headers: { 'Content-Type': String(req.headers['content-type'] ?? '') },
          });
          res.writeHead(r.status);
          res.end(Buffer.from(await r.arrayBuffer()));
        };
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const port = (proxy.address() as { port: number }).port;
      const script = `
        const P = require('@pyroscope/nodejs');
        P.init({ serverAddress: 'http://127.0.0.1:${port}', appName: 'sdk-app', tags: { region: 'eu' }, flushIntervalMs: 1000, wall: { collectCpuTime: true } });
        P.start();
        let n = 0;
        const work = () => { let x = 0; for (let i = 0; i < 2e6; i++) x += Math.sqrt(i); return x; };
        const t = setInterval(() => P.wrapWithLabels({ vehicle: n++ % 2 ? 'car' : 'bike', span_id: 'ab' + (n % 7) }, work), 10);
        setTimeout(() => { clearInterval(t); P.stop().then(() => process.exit(0)); }, 3000);`;
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', script], {
          cwd: path.resolve(__dirname, '../..'),
          stdio: 'ignore',
        });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`SDK child exited ${code}`))));
      });
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      const sent = fs
        .readdirSync(capture)
        .map((f) => decodePprof(new Uint8Array(fs.readFileSync(path.join(capture, f)))));
      const wallSent = sent.filter((p) => p.sampleTypes.some((t) => t.type === 'wall'));
      expect(wallSent.length).toBeGreaterThan(0);
      const expected = wallSent.reduce(
        (sum, p) => sum + p.totals[p.sampleTypes.findIndex((t) => t.type === 'wall')],
        0n
      );
      const now = Date.now();
      const client = clientFor(api.url);
      const types = await client.profileTypes({ start: now - HOUR, end: now + HOUR });
      const wallType = types.find((t) => t.name === 'wall' && t.sampleType === 'wall')!;
      expect(wallType).toBeDefined();
      const tree = await client.selectMergeStacktraces({
        profileTypeID: wallType.ID,
        labelSelector: '{service_name="sdk-app", region="eu"}',
        start: now - HOUR,
        end: now + HOUR,
        maxNodes: 1_000_000,
      });
      expect(BigInt(tree!.total[0])).toBe(expected);
      // Dynamic labels become series labels, as Pyroscope splits profiles by sample labels;
      // span ids stay on the samples.
      const range = { start: now - HOUR, end: now + HOUR };
      expect(await client.labelValues('vehicle', [`{__profile_type__="${wallType.ID}"}`], range)).toEqual([
        'bike',
        'car',
      ]);
      expect(await client.labelNames([`{__profile_type__="${wallType.ID}"}`], range)).not.toContain('span_id');
      const byVehicle = await client.selectSeries({
        profileTypeID: wallType.ID,
        labelSelector: '{service_name="sdk-app"}',
        start: now - HOUR,
        end: now + HOUR,
        step: 3600,
        groupBy: ['vehicle'],
      });
      const sum = byVehicle.flatMap((x) => x.points).reduce((a, p) => a + p.value, 0);
      expect(byVehicle.map((x) => x.labels[0].value).sort()).toEqual(expect.arrayContaining(['bike', 'car']));
      expect(BigInt(Math.round(sum))).toBe(expected);
    } finally {
      await api.close();
    }
  }, 60000);
});
