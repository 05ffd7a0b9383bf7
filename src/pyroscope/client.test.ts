import { create, fromBinary, fromJsonString, toBinary, toJsonString } from '@bufbuild/protobuf';
import { ConnectRequest, Encoding, PyroscopeClient } from './client';
import {
  DiffRequestSchema,
  DiffResponseSchema,
  ProfileFormat,
  ProfileTypesResponseSchema,
  SelectMergeStacktracesRequestSchema,
  SelectMergeStacktracesResponseSchema,
  SelectSeriesRequestSchema,
  SelectSeriesResponseSchema,
  SeriesRequestSchema,
  SeriesResponseSchema,
} from './gen/querier/v1/querier_pb';
import { LabelValuesRequestSchema, LabelValuesResponseSchema } from './gen/types/v1/types_pb';
import { decodeMergeResponse } from './flamegraphWire';
import { printFolded } from '../formats/folded';
import { readSharedFixture, sharedFixturesAvailable } from '../testing/fixtures';
import { recordedFixtures } from '../testing/recorded';
import { decodePprof } from '../pprof/decode';
import { gunzipSync } from 'zlib';

const FLAMEGRAPH = {
  names: ['total', 'main', 'work'],
  levels: [{ values: [0n, 10n, 0n, 0n] }, { values: [0n, 10n, 4n, 1n] }, { values: [0n, 6n, 6n, 2n] }],
  total: 10n,
  maxSelf: 6n,
};

/** A fake server answering each method from a table, in the request's encoding. */
function fakeServer(encoding: Encoding, answers: Record<string, (req: ConnectRequest) => unknown>) {
  const seen: ConnectRequest[] = [];
  const transport = async (req: ConnectRequest) => {
    seen.push(req);
    const method = req.path.split('/').pop()!;
    const answer = answers[method];
    if (!answer) {
      throw new Error(`unexpected ${method}`);
    }
    return answer(req) as Uint8Array | string;
  };
  return { client: new PyroscopeClient(transport, encoding), seen };
}

describe.each(['proto', 'json'] as const)('PyroscopeClient over %s', (encoding) => {
  const encode = <T extends Parameters<typeof toBinary>[0]>(schema: T, init: Parameters<typeof create<T>>[1]) =>
    encoding === 'proto' ? toBinary(schema, create(schema, init)) : toJsonString(schema, create(schema, init));
  const decode = <T extends Parameters<typeof fromBinary>[0]>(schema: T, body: Uint8Array | string) =>
    typeof body === 'string' ? fromJsonString(schema, body) : fromBinary(schema, body);

  it('sends the content type of its encoding and decodes ProfileTypes', async () => {
    const { client, seen } = fakeServer(encoding, {
      ProfileTypes: () =>
        encode(ProfileTypesResponseSchema, {
          profileTypes: [
            {
              ID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
              name: 'process_cpu',
              sampleType: 'cpu',
              sampleUnit: 'nanoseconds',
              periodType: 'cpu',
              periodUnit: 'nanoseconds',
            },
          ],
        }),
    });
    const types = await client.profileTypes({ start: 1, end: 2 });
    expect(types[0]).toEqual({
      ID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
      name: 'process_cpu',
      sampleType: 'cpu',
      sampleUnit: 'nanoseconds',
      periodType: 'cpu',
      periodUnit: 'nanoseconds',
    });
    expect(seen[0].contentType).toBe(encoding === 'proto' ? 'application/proto' : 'application/json');
    expect(seen[0].path).toBe('/querier.v1.QuerierService/ProfileTypes');
  });

  it('encodes LabelValues with int64 times and decodes the names', async () => {
    const { client, seen } = fakeServer(encoding, {
      LabelValues: () => encode(LabelValuesResponseSchema, { names: ['eu', 'us'] }),
    });
    expect(
      await client.labelValues('region', ['{service_name="a"}'], { start: 1700000000000, end: 1700000060000 })
    ).toEqual(['eu', 'us']);
    const req = decode(LabelValuesRequestSchema, seen[0].body);
    expect(req).toMatchObject({
      name: 'region',
      matchers: ['{service_name="a"}'],
      start: 1700000000000n,
      end: 1700000060000n,
    });
    if (encoding === 'json') {
      // Connect JSON carries int64 as strings.
      expect(JSON.parse(seen[0].body as string).start).toBe('1700000000000');
    }
  });

  it('decodes Series label sets', async () => {
    const { client, seen } = fakeServer(encoding, {
      Series: () =>
        encode(SeriesResponseSchema, {
          labelsSet: [
            {
              labels: [
                { name: 'service_name', value: 'api' },
                { name: '__profile_type__', value: 't' },
              ],
            },
          ],
        }),
    });
    expect(await client.series(['{}'], ['service_name', '__profile_type__'], { start: 1, end: 2 })).toEqual([
      [
        { name: 'service_name', value: 'api' },
        { name: '__profile_type__', value: 't' },
      ],
    ]);
    expect(decode(SeriesRequestSchema, seen[0].body)).toMatchObject({
      matchers: ['{}'],
      labelNames: ['service_name', '__profile_type__'],
    });
  });

  it('decodes SelectMergeStacktraces into a tree and passes every selector', async () => {
    const { client, seen } = fakeServer(encoding, {
      SelectMergeStacktraces: () => encode(SelectMergeStacktracesResponseSchema, { flamegraph: FLAMEGRAPH }),
    });
    const tree = await client.selectMergeStacktraces({
      profileTypeID: 't',
      labelSelector: '{}',
      start: 1,
      end: 2,
      maxNodes: 50,
      spanSelector: ['abc'],
      stackTraceSelector: ['main'],
    });
    expect(printFolded(tree!)).toBe('main 4\nmain;work 6\n');
    const req = decode(SelectMergeStacktracesRequestSchema, seen[0].body);
    expect(req.maxNodes).toBe(50n);
    expect(req.format).toBe(ProfileFormat.FLAMEGRAPH);
    expect(req.spanSelector).toEqual(['abc']);
    expect(req.stackTraceSelector?.callSite.map((l) => l.name)).toEqual(['main']);
  });

  it('returns undefined for an empty flame graph answer', async () => {
    const { client } = fakeServer(encoding, {
      SelectMergeStacktraces: () => encode(SelectMergeStacktracesResponseSchema, {}),
    });
    expect(
      await client.selectMergeStacktraces({ profileTypeID: 't', labelSelector: '{}', start: 1, end: 2 })
    ).toBeUndefined();
  });

  it('asks for format PPROF without a node limit and returns the profile bytes', async () => {
    const pprofBytes = new Uint8Array(gunzipSync(recordedFixtures()[0].bytes));
    const { client, seen } = fakeServer(encoding, {
      SelectMergeStacktraces: () => encode(SelectMergeStacktracesResponseSchema, { pprof: { profile: pprofBytes } }),
    });
    const out = await client.selectMergeProfile({
      profileTypeID: 't',
      labelSelector: '{}',
      start: 1,
      end: 2,
      maxNodes: 10,
    });
    expect(decodePprof(out!).sampleCount).toBe(recordedFixtures()[0].expected.samples);
    const req = decode(SelectMergeStacktracesRequestSchema, seen[0].body);
    expect(req.format).toBe(ProfileFormat.PPROF);
    expect(req.maxNodes).toBeUndefined();
  });

  it('decodes SelectSeries and sends step, group by and limit', async () => {
    const { client, seen } = fakeServer(encoding, {
      SelectSeries: () =>
        encode(SelectSeriesResponseSchema, {
          series: [
            { labels: [{ name: 'vehicle', value: 'car' }], points: [{ value: 1.5, timestamp: 1700000000000n }] },
          ],
        }),
    });
    const series = await client.selectSeries({
      profileTypeID: 't',
      labelSelector: '{}',
      start: 1,
      end: 2,
      step: 15,
      groupBy: ['vehicle'],
      limit: 5,
    });
    expect(series).toEqual([
      { labels: [{ name: 'vehicle', value: 'car' }], points: [{ value: 1.5, timestamp: 1700000000000 }] },
    ]);
    expect(decode(SelectSeriesRequestSchema, seen[0].body)).toMatchObject({
      step: 15,
      groupBy: ['vehicle'],
      limit: 5n,
    });
  });

  it('decodes a diff (7 numbers per node) into two aligned trees', async () => {
    const { client, seen } = fakeServer(encoding, {
      Diff: () =>
        encode(DiffResponseSchema, {
          flamegraph: {
            names: ['total', 'a'],
            levels: [{ values: [0n, 4n, 0n, 0n, 9n, 0n, 0n] }, { values: [0n, 4n, 4n, 0n, 9n, 9n, 1n] }],
            total: 13n,
            leftTicks: 4n,
            rightTicks: 9n,
          },
        }),
    });
    const d = await client.diff(
      { profileTypeID: 't', labelSelector: '{a="1"}', start: 1, end: 2 },
      { profileTypeID: 't', labelSelector: '{a="2"}', start: 3, end: 4 }
    );
    expect(d!.left.total[1]).toBe(4);
    expect(d!.right.total[1]).toBe(9);
    const req = decode(DiffRequestSchema, seen[0].body);
    expect(req.left?.labelSelector).toBe('{a="1"}');
    expect(req.right?.start).toBe(3n);
  });

  it('reports an undecodable answer as a malformed response', async () => {
    const { client } = fakeServer(encoding, {
      ProfileTypes: () => (encoding === 'proto' ? Uint8Array.of(0x0a, 0x7f) : '<html>'),
    });
    await expect(client.profileTypes()).rejects.toThrow(/could not be decoded/);
  });
});

describe('binary flame graph fast path', () => {
  it('decodes exactly what the generated decoder decodes', () => {
    const bytes = toBinary(
      SelectMergeStacktracesResponseSchema,
      create(SelectMergeStacktracesResponseSchema, { flamegraph: FLAMEGRAPH })
    );
    const fast = decodeMergeResponse(bytes).flamegraph!;
    const slow = fromBinary(SelectMergeStacktracesResponseSchema, bytes).flamegraph!;
    expect(fast.names).toEqual(slow.names);
    expect(fast.levels.map((l) => Array.from(l))).toEqual(slow.levels.map((l) => l.values.map(Number)));
    expect(fast.total).toBe(Number(slow.total));
  });

  (sharedFixturesAvailable() ? it : it.skip)(
    'decodes the recorded real SelectMergeStacktraces JSON answer',
    async () => {
      const body = readSharedFixture('api/pyroscope-SelectMergeStacktraces-flamegraph.json').toString('utf8');
      const client = new PyroscopeClient(async () => body, 'json');
      const tree = await client.selectMergeStacktraces({ profileTypeID: 't', labelSelector: '{}', start: 1, end: 2 });
      expect(tree!.count).toBe(2110);
      expect(tree!.total[0]).toBe(11100000000);
    }
  );
});
