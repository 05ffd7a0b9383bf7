import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { SelectSeriesResponseSchema } from './gen/querier/v1/querier_pb';
import { decodeSeriesResponse } from './seriesWire';
import { exemplarsOf } from './exemplarColumns';
import { prng } from '../testing/fuzz';

/** An answer with odd strings (UTF-8, empty, long), negative and large int64s, repeated labels. */
function answer(seed: number) {
  const next = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const names = ['pod', 'région', 'k8s.pod.name', '', 'x'.repeat(80)];
  const values = ['a', 'ünïcödé ✓', '<img src=x onerror=alert(1)>', '', 'v'.repeat(70)];
  return create(SelectSeriesResponseSchema, {
    series: Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
      labels: [{ name: pick(names), value: pick(values) }],
      points: Array.from({ length: Math.floor(next() * 20) }, (_, i) => ({
        value: next() * 1e10,
        timestamp: BigInt(1_700_000_000_000 + i * 15_000),
        exemplars:
          next() < 0.7
            ? [
                {
                  timestamp: BigInt(1_700_000_000_000 + i * 15_000 + Math.floor(next() * 15_000)),
                  profileId: pick(['7c9e6679-7425-40de-944b-e07fc1f90ae7', '', 'prøfile-ü']),
                  spanId: pick(['', 'a1b2c3d4e5f60718']),
                  traceId: pick(['', 'f'.repeat(32)]),
                  value: pick([0n, 123n, -5n, 2n ** 52n + 1n]),
                  labels: Array.from({ length: Math.floor(next() * 3) }, () => ({
                    name: pick(names),
                    value: pick(values),
                  })),
                },
              ]
            : [],
      })),
    })),
  });
}

describe('SelectSeries fast path', () => {
  it('decodes 50 random answers as the generic decoder does, exemplars included', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const bytes = toBinary(SelectSeriesResponseSchema, answer(seed));
      const generic = fromBinary(SelectSeriesResponseSchema, bytes);
      const fast = decodeSeriesResponse(bytes);
      expect(fast.map((s) => s.labels)).toEqual(
        generic.series.map((s) => s.labels.map(({ name, value }) => ({ name, value })))
      );
      expect(fast.map((s) => s.points)).toEqual(
        generic.series.map((s) => s.points.map((p) => ({ value: p.value, timestamp: Number(p.timestamp) })))
      );
      expect(fast.map((s) => exemplarsOf([s.exemplars]))).toEqual(
        generic.series.map((s) =>
          s.points.flatMap((p) =>
            p.exemplars.map((e) => ({
              timestamp: Number(e.timestamp),
              profileId: e.profileId,
              spanId: e.spanId,
              traceId: e.traceId,
              value: Number(e.value),
              labels: e.labels.map(({ name, value }) => ({ name, value })),
            }))
          )
        )
      );
    }
  });

  it('keeps time and value in columns and decodes IDs only when read, each once', () => {
    const bytes = toBinary(SelectSeriesResponseSchema, answer(7));
    const [s] = decodeSeriesResponse(bytes).filter((x) => x.exemplars && x.exemplars.length > 1);
    const c = s.exemplars!;
    expect(c.timestamp).toBeInstanceOf(Float64Array);
    expect(c.at(1)).toBe(c.at(1));
  });

  it('says where a truncated answer breaks instead of returning part of it', () => {
    const bytes = toBinary(SelectSeriesResponseSchema, answer(3));
    expect(() => decodeSeriesResponse(bytes.subarray(0, bytes.length - 3))).toThrow(/overruns|truncated|past the end/);
  });
});
