/**
 * The sandbox API under hostile input: tenants it must refuse, bodies too large to hold, method
 * names that are not methods, steps that would make endless series, int64 extremes, and failures
 * whose details must stay in the server's log.
 */
import { gzipSync } from 'fflate';
import { create, toBinary } from '@bufbuild/protobuf';
import { PushRequestSchema } from '../../src/pyroscope/gen/push/v1/push_pb';
import { startApi, RunningApi } from './testing';
import { recordedFixtures } from '../../src/testing/recorded';
import { decodePprof, inflatePprof } from '../../src/pprof/decode';
import { WireWriter } from '../../src/pprof/writer';
import { encodeTreeAsPprof } from '../../src/pprof/encode';
import { parseFolded } from '../../src/formats/folded';
import { MAX_BODY_BYTES } from './api';
import { MAX_SPANS } from './spans';

const wall = recordedFixtures().find((r) => r.file === 'node-wall.pb.gz')!;
const HOUR = 3600e3;

describe('sandbox API under hostile input', () => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi();
  });
  afterEach(() => api.close());

  const ingest = (tenant: string | undefined, body: Uint8Array | string, name = 'app') =>
    fetch(`${api.url}/ingest?name=${name}&format=pprof`, {
      method: 'POST',
      body: body as BodyInit,
      headers: tenant === undefined ? {} : { 'X-Scope-OrgID': tenant },
    });

  it.each([
    ['.', /"\." and "\.\." are reserved/],
    ['..', /"\." and "\.\." are reserved/],
    ['x'.repeat(151), /at most 150/],
    ['team/a', /may only hold the characters/],
    ['a b', /may only hold the characters/],
  ])('refuses the tenant %j with a 400 naming the rule', async (tenant, rule) => {
    const res = await ingest(tenant, wall.bytes);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string };
    expect(body.message).toMatch(rule);
    expect(body.message).not.toContain(api.dataDir);
  });

  it("accepts Pyroscope's tenant characters, 150 of them", async () => {
    expect((await ingest("A-z_0.9!*'()", wall.bytes)).status).toBe(200);
    expect((await ingest('t'.repeat(150), wall.bytes)).status).toBe(200);
  });

  it("keeps one tenant's spans from another", async () => {
    const span = { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), name: 'x', service: 's', startMs: 1, endMs: 2 };
    const post = await fetch(`${api.url}/flamelens/spans`, {
      method: 'POST',
      body: JSON.stringify(span),
      headers: { 'X-Scope-OrgID': 'a' },
    });
    expect(post.status).toBe(200);
    const list = async (tenant: string) =>
      (await fetch(`${api.url}/flamelens/spans`, { headers: { 'X-Scope-OrgID': tenant } })).json();
    expect(await list('a')).toHaveLength(1);
    expect(await list('b')).toEqual([]);
  });

  const postSpans = (body: unknown) =>
    fetch(`${api.url}/flamelens/spans`, { method: 'POST', body: JSON.stringify(body) });
  const spanAt = (i: number) => ({
    traceId: i.toString(16).padStart(32, '0'),
    spanId: i.toString(16).padStart(16, '0'),
    name: 'GET /car',
    service: 'ride-sharing-app',
    startMs: i,
    endMs: i + 1,
  });
  const listSpans = async () => (await (await fetch(`${api.url}/flamelens/spans`)).json()) as unknown[];

  it(`refuses more than ${MAX_SPANS} spans in one request with a 413, storing none of them`, async () => {
    const res = await postSpans(Array.from({ length: MAX_SPANS + 1 }, (_, i) => spanAt(i)));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(/send at most 5000/);
    expect(await listSpans()).toEqual([]);
    // Exactly the limit is fine (and does not overflow the stack).
    expect((await postSpans(Array.from({ length: MAX_SPANS }, (_, i) => spanAt(i)))).status).toBe(200);
    expect(await listSpans()).toHaveLength(200); // The list's default limit.
  });

  it.each([
    ['a 2,000-character name', { name: 'x'.repeat(2000) }, 'name must be a string of at most 1024 characters'],
    [
      '65 attributes',
      { attributes: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v'])) },
      'at most 64 attributes',
    ],
    [
      'a numeric attribute',
      { attributes: { 'http.status': 200 } },
      'attribute "http.status" must be a string of at most 1024 characters',
    ],
    [
      'an end before its start',
      { startMs: 5, endMs: 4 },
      'startMs and endMs must be numbers (milliseconds), with endMs ≥ startMs',
    ],
  ])(
    'refuses a batch holding a span with %s (400, naming the field), storing none of the batch',
    async (_, change, why) => {
      const res = await postSpans([spanAt(1), { ...spanAt(2), ...change }]);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toBe(`span 1: ${why}; nothing was stored`);
      expect(await listSpans()).toEqual([]);
    }
  );

  it('answers GET on a POST path with 405 saying which method, and an unknown path with 404', async () => {
    const ingest = await fetch(`${api.url}/ingest?name=x`);
    expect(ingest.status).toBe(405);
    expect(((await ingest.json()) as { message: string }).message).toBe('/ingest takes POST, not GET');
    expect((await fetch(`${api.url}/querier.v1.QuerierService/ProfileTypes`)).status).toBe(405);
    expect((await fetch(`${api.url}/nowhere`)).status).toBe(404);
  });

  it('answers a body over the limit with 413, not a reset connection', async () => {
    const res = await ingest(undefined, new Uint8Array(MAX_BODY_BYTES + 1024));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(/request body over/);
  });

  it('refuses a Push whose profiles inflate past four times the profile limit together (413), storing none', async () => {
    const limit = 1024 * 1024;
    const small = await startApi({ maxProfileBytes: limit });
    try {
      // A valid profile grown by a string-table entry (field 6) to just under the limit: each one
      // alone is accepted, and gzip shrinks it to a few kilobytes.
      const inflated = inflatePprof(wall.bytes);
      const entry = new WireWriter().bytesField(6, new Uint8Array(limit - inflated.length - 16)).finish();
      const grown = new Uint8Array(inflated.length + entry.length);
      grown.set(inflated);
      grown.set(entry, inflated.length);
      const zipped = gzipSync(grown);
      const pushOf = (n: number) =>
        fetch(`${small.url}/push.v1.PusherService/Push`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/proto' },
          body: toBinary(
            PushRequestSchema,
            create(PushRequestSchema, {
              series: [
                {
                  labels: [
                    { name: '__name__', value: 'wall' },
                    { name: 'service_name', value: `bombs-${n}` },
                  ],
                  samples: Array.from({ length: n }, () => ({ rawProfile: zipped })),
                },
              ],
            })
          ) as BodyInit,
        });
      const refused = await pushOf(5);
      expect(refused.status).toBe(413);
      expect(((await refused.json()) as { message: string }).message).toMatch(
        /inflate past 4194304 bytes together \(at series 0, sample 4\): push them in smaller batches/
      );
      expect((await pushOf(4)).status).toBe(200);
      const services = small.store.profiles('anonymous').map((p) => p.labels.service_name);
      expect(services).toEqual(['bombs-4', 'bombs-4', 'bombs-4', 'bombs-4']);
      expect(services).not.toContain('bombs-5');
    } finally {
      await small.close();
    }
  });

  it('refuses a folded profile over the profile limit before parsing it (413, saying why)', async () => {
    const limit = 64 * 1024;
    const small = await startApi({ maxProfileBytes: limit });
    try {
      const line = 'main;work;spin 1\n';
      const body = line.repeat(Math.ceil((limit + 1) / line.length));
      const res = await fetch(`${small.url}/ingest?name=big&format=folded`, { method: 'POST', body });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { message: string }).message).toBe(
        `the folded profile is ${body.length} bytes, over the ${limit}-byte limit: send smaller profiles (or pprof, which is compressed)`
      );
      expect(small.store.profiles('anonymous')).toEqual([]);
      // Just under the limit is stored.
      const fits = line.repeat(Math.floor(limit / line.length));
      expect((await fetch(`${small.url}/ingest?name=big&format=folded`, { method: 'POST', body: fits })).status).toBe(
        200
      );
    } finally {
      await small.close();
    }
  });

  it('answers a decompression bomb with a 400 near the size limit', async () => {
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const res = await ingest(undefined, bomb);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/inflates past \d+ bytes/);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'answers the method name %s as unimplemented (404), not a 500',
    async (method) => {
      const res = await fetch(`${api.url}/querier.v1.QuerierService/${method}`, {
        method: 'POST',
        body: '{}',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(res.status).toBe(404);
    }
  );

  it('refuses a step that would make an endless series', async () => {
    const now = Date.now();
    const res = await fetch(`${api.url}/querier.v1.QuerierService/SelectSeries`, {
      method: 'POST',
      body: JSON.stringify({ profileTypeID: 'x', labelSelector: '{}', start: now - HOUR, end: now, step: 1e-300 }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/use a larger step/);
  });

  it('returns int64 extremes clamped, never with the sign flipped or out of range', async () => {
    // Two profiles whose values add up past int64's maximum.
    const tree = parseFolded('main;hot 9000000000000000000\n').tree;
    const bytes = encodeTreeAsPprof(tree, { type: 'cpu', unit: 'nanoseconds' });
    expect((await ingest(undefined, bytes, 'huge')).status).toBe(200);
    expect((await ingest(undefined, bytes, 'huge')).status).toBe(200);
    const now = Date.now();
    const body = {
      profileTypeID: 'process_cpu:cpu:nanoseconds::',
      labelSelector: '{}',
      start: now - HOUR,
      end: now + HOUR,
    };
    const json = await fetch(`${api.url}/querier.v1.QuerierService/SelectMergeStacktraces`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
    const fg = ((await json.json()) as { flamegraph: { total: string; levels: Array<{ values: string[] }> } })
      .flamegraph;
    expect(fg.total).toBe('9223372036854775807');
    expect(fg.levels.flatMap((l) => l.values).every((v) => /^-?\d+$/.test(v) && !v.startsWith('-'))).toBe(true);
    const { clientFor } = await import('./testing');
    const tree2 = await clientFor(api.url).selectMergeStacktraces({ ...body, profileTypeID: body.profileTypeID });
    expect(tree2!.total[0]).toBeGreaterThan(9e18);
  });

  it("keeps an internal failure's details (paths, stacks) in the log, not in the answer", async () => {
    api.store.add = () => {
      throw new Error(`EACCES: permission denied, open '${api.dataDir}/profiles/anonymous/profiles.log'`);
    };
    const res = await ingest(undefined, wall.bytes);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain(api.dataDir);
    expect(text).toMatch(/details in its log/);
  });

  it('still decodes real profiles after all this', () => {
    expect(decodePprof(wall.bytes).sampleCount).toBeGreaterThan(0);
  });
});
