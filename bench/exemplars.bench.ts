/**
 * Exemplars' cost on a metrics query: decoding a SelectSeries answer and building Grafana's frames
 * (time series + the exemplar frame), 10 series × 5,760 points (a day at 15 s) with one exemplar
 * per point (a UUID, a value, two labels: what Pyroscope sends), against the same series without
 * exemplars. Both through the datasource's own path (PyroscopeClient.selectSeries on protobuf
 * bytes, then metricsFrames), alternated in one process. Goal: at most 2×.
 *
 *   npm run bench:exemplars [-- --write]   (node --expose-gc --import tsx bench/exemplars.bench.ts)
 */
import { create, toBinary } from '@bufbuild/protobuf';
import { SelectSeriesResponseSchema } from '../src/pyroscope/gen/querier/v1/querier_pb';
import { PyroscopeClient } from '../src/pyroscope/client';
import { metricsFrames } from '../datasource/timeline';
import type { FlamelensQuery } from '../src/contract/query';
import { fmtMs, machine, prng } from './harness';

const SERIES = 10;
const POINTS = 5760;
const STEP_MS = 15_000;
const START = 1_700_000_000_000;
const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function answer(withExemplars: boolean): Uint8Array {
  const next = prng(16);
  const series = Array.from({ length: SERIES }, (_, s) => ({
    labels: [
      { name: 'service_name', value: 'ride-sharing-app' },
      { name: 'region', value: `region-${s}` },
    ],
    points: Array.from({ length: POINTS }, (_, i) => {
      const value = Math.round(next() * 3e10);
      const timestamp = BigInt(START + i * STEP_MS);
      return {
        value,
        timestamp,
        exemplars: withExemplars
          ? [
              {
                timestamp: timestamp + BigInt(Math.floor(next() * STEP_MS)),
                profileId: uuid(next),
                value: BigInt(Math.round(value / 3)),
                labels: [
                  { name: 'pod', value: `ride-sharing-${s}-${Math.floor(next() * 50)}` },
                  { name: 'hostname', value: `node-${Math.floor(next() * 20)}` },
                ],
              },
            ]
          : [],
      };
    }),
  }));
  return toBinary(SelectSeriesResponseSchema, create(SelectSeriesResponseSchema, { series }));
}

async function run(bytes: Uint8Array, includeExemplars: boolean, readAll = false): Promise<number> {
  const client = new PyroscopeClient(() => Promise.resolve(bytes));
  const q = {
    refId: 'A',
    queryType: 'metrics',
    profileTypeId: CPU,
    labelSelector: '{}',
    groupBy: [],
    includeExemplars,
  } as FlamelensQuery;
  const range = { start: START, end: START + POINTS * STEP_MS };
  // Each run starts from a collected heap (when --expose-gc): garbage of the last run is not billed to this one.
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const frames = await metricsFrames(q, { client, range, stepSeconds: 15, self: { uid: 'ds', name: 'ds' } }, () =>
    client.selectSeries({ profileTypeID: CPU, labelSelector: '{}', ...range, step: 15, exemplars: includeExemplars })
  );
  if (readAll) {
    // What a view that reads every exemplar's ID and labels pays on top (none of ours does).
    const ex = frames[SERIES];
    for (const f of ex.fields.slice(2)) {
      for (let i = 0; i < ex.length; i++) {
        void f.values[i];
      }
    }
  }
  const ms = performance.now() - t0;
  const expected = includeExemplars ? SERIES + 1 : SERIES;
  if (frames.length !== expected || (includeExemplars && frames[SERIES].length !== SERIES * POINTS)) {
    throw new Error(`unexpected frames: ${frames.length}`);
  }
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const withEx = answer(true);
  const without = answer(false);
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < 2; i++) {
    await run(withEx, true);
    await run(without, false);
  }
  for (let i = 0; i < 21; i++) {
    a.push(await run(withEx, true));
    b.push(await run(without, false));
    c.push(await run(withEx, true, true));
  }
  const ratio = median(a) / median(b);
  const lines = [
    `Machine: ${machine()}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `${SERIES} series × ${POINTS.toLocaleString('en')} points, SelectSeries protobuf decoded by PyroscopeClient and framed by the datasource's metricsFrames; 21 alternating runs after 2 warm-ups, each from a collected heap, medians.`,
    '',
    '| answer | bytes | decode + frames (median) | min |',
    '| --- | ---: | ---: | ---: |',
    `| one exemplar per point (UUID, value, 2 labels) + the exemplar frame | ${withEx.length.toLocaleString('en')} | ${fmtMs(median(a))} ms | ${fmtMs(Math.min(...a))} ms |`,
    `| the same series without exemplars | ${without.length.toLocaleString('en')} | ${fmtMs(median(b))} ms | ${fmtMs(Math.min(...b))} ms |`,
    `| one exemplar per point, then every exemplar's Total, IDs and labels read | ${withEx.length.toLocaleString('en')} | ${fmtMs(median(c))} ms | ${fmtMs(Math.min(...c))} ms |`,
    '',
    `Ratio: **${ratio.toFixed(2)}×** (goal ≤ 2×).`,
    '',
    "The exemplar frame's Total, IDs and labels are read when a tooltip or a link reads them (a lazy field: `src/frames/lazyValues.ts`), so the first two rows are what a dashboard pays; the third is the cost of reading all of them, which no view does. The series reader itself (`src/pyroscope/seriesWire.ts`) replaced @bufbuild/protobuf's generic decoder on this path: with it, decoding and framing the same answer with exemplars took 294 ms and without 49 ms (6.0×), before any of this.",
  ];
  console.log(lines.join('\n'));
  if (process.argv.includes('--write')) {
    const { writeSection } = await import('./browser/run');
    writeSection(
      'exemplars',
      '# Exemplars on a metrics query',
      '`npm run bench:exemplars -- --write` (node --expose-gc --import tsx bench/exemplars.bench.ts)',
      lines
    );
  }
}

void main();
