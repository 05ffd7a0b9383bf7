/**
 * SelectHeatmap as Pyroscope 2 answers it: y buckets, slot edges, each cell's exemplar, points from
 * profiles and from labelled span samples, and the refusals (v1 storage, mismatched types).
 */
import * as path from 'path';
import { ProfileStore } from './store';
import { labelledPprof, startApi, tempDir } from './testing';
import { featureFlagsFromEnv, type FeatureFlags } from './featureFlags';
import {
  type HeatmapParams,
  rangeHeatmap,
  selectHeatmap,
  slotGrid,
  slotOf,
  topHeatmapSeries,
  yBucketOf,
  yBuckets,
} from './heatmap';
import type { SandboxExemplar } from './exemplars';

const TYPE = 'process_cpu:cpu:nanoseconds::';
const scope = { tenant: 't', utf8LabelNames: true };
const S = 1000;

const point = (timestampMs: number, value: number, profileId: string): SandboxExemplar => ({
  timestampMs,
  value,
  profileId,
  spanId: '',
  traceId: '',
  labels: {},
});

describe('heatmap y buckets', () => {
  it('splits [min, max] into 20 buckets [min + ⌊i·size⌋, min + ⌊(i+1)·size⌋), the last closed at max', () => {
    const b = yBuckets(0, 100);
    expect(b.map((x) => x.min)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95]);
    expect([0, 4, 5, 99, 100].map((v) => yBucketOf(v, b))).toEqual([0, 0, 1, 19, 19]);
    // size 1.5: the bounds are truncated, so buckets are 1 or 2 wide.
    expect(yBuckets(0, 30).map((x) => x.min)).toEqual([
      0, 1, 3, 4, 6, 7, 9, 10, 12, 13, 15, 16, 18, 19, 21, 22, 24, 25, 27, 28,
    ]);
    expect(yBucketOf(-1, b)).toBe(-1);
  });

  it('widens equal bounds to [min, min + 1]: every bucket but the last is empty, so all points land last', () => {
    const b = yBuckets(7, 7);
    expect(b[19]).toEqual({ min: 7, max: 8 });
    expect(b.slice(0, 19).every((x) => x.min === 7 && x.max === 7)).toBe(true);
    expect(yBucketOf(7, b)).toBe(19);
  });
});

describe('heatmap slots', () => {
  // start 100 s, end 125 s, step 10 s: right edges 90, 100, 110, 120.
  const grid = slotGrid(100 * S, 125 * S, 10 * S);

  it('has right edges from one step before the start to the last one at or before the end', () => {
    expect(grid).toEqual({ firstMs: 90 * S, stepMs: 10 * S, count: 4 });
  });

  it('puts a time in the slot (t − step, t], clamped to the first and the last slot', () => {
    const edge = (ts: number) => grid.firstMs + slotOf(ts, grid) * grid.stepMs;
    expect([80 * S, 90 * S, 90 * S + 1, 100 * S, 100 * S + 1, 120 * S, 124 * S].map(edge)).toEqual([
      90 * S,
      90 * S,
      100 * S,
      100 * S,
      110 * S,
      120 * S,
      120 * S,
    ]);
  });
});

describe('rangeHeatmap', () => {
  const grid = slotGrid(100 * S, 125 * S, 10 * S);
  const groups = [
    {
      labels: [{ name: 'region', value: 'eu' }],
      points: [point(95 * S, 0, 'a'), point(96 * S, 3, 'b'), point(100 * S, 4, 'c'), point(124 * S, 100, 'd')],
    },
    { labels: [{ name: 'region', value: 'us' }], points: [point(103 * S, 50, 'e')] },
  ];

  it('counts each slot and bucket, lists every lower bound, and names each cell by its largest point', () => {
    const [eu, us] = rangeHeatmap(groups, grid, true);
    expect(eu.slots.map((s) => s.timestampMs)).toEqual([100 * S, 120 * S]);
    expect(eu.slots[0].yMin).toEqual(yBuckets(0, 100).map((b) => b.min));
    // 0, 3 and 4 share bucket [0, 5); 100 is in the last.
    expect(eu.slots[0].counts[0]).toBe(3);
    expect(eu.slots[0].counts.reduce((a, c) => a + c)).toBe(3);
    expect(eu.slots[0].exemplars.map((e) => [e.profileId, e.value])).toEqual([['c', 4]]);
    expect(eu.slots[1].counts[19]).toBe(1);
    expect(eu.slots[1].exemplars.map((e) => e.profileId)).toEqual(['d']);
    // The buckets are global: us's 50 is bucket 10 of [0, 100].
    expect(us.slots.map((s) => [s.timestampMs, s.counts.indexOf(1)])).toEqual([[110 * S, 10]]);
  });

  it('answers no exemplars unless asked, and nothing without points', () => {
    expect(rangeHeatmap(groups, grid, false)[0].slots[0].exemplars).toEqual([]);
    expect(rangeHeatmap([{ labels: [], points: [] }], grid, true)).toEqual([]);
  });

  it('keeps the series with the most points for a limit, ties by labels', () => {
    const series = rangeHeatmap(groups, grid, false);
    expect(topHeatmapSeries(series, 1).map((s) => s.labels[0].value)).toEqual(['eu']);
    const tied = rangeHeatmap([groups[1], { ...groups[1], labels: [{ name: 'region', value: 'ap' }] }], grid, false);
    expect(topHeatmapSeries(tied, 1).map((s) => s.labels[0].value)).toEqual(['ap']);
  });
});

describe('selectHeatmap over stored profiles', () => {
  const T0 = Date.UTC(2025, 0, 1);
  function storeWith(profiles: Array<[Record<string, string>, number, Uint8Array]>) {
    const store = new ProfileStore(path.join(tempDir(), 'profiles'), { report: () => undefined });
    const ids = profiles.map(([labels, at, bytes]) =>
      store.add('t', { __name__: 'process_cpu', service_name: 'rides', ...labels }, at, at + 10 * S, bytes)
    );
    return { store, ids: ids.map((p) => p.id) };
  }
  const params = (p: Partial<HeatmapParams>): HeatmapParams => ({
    profileTypeID: TYPE,
    labelSelector: '{}',
    start: T0,
    end: T0 + 60 * S,
    step: 15,
    groupBy: ['region'],
    kind: 'individual',
    exemplars: true,
    ...p,
  });

  it('INDIVIDUAL: one point per profile, a profile split by vehicle summed, its labels the shared ones', () => {
    const split = labelledPprof([
      { stack: ['main', 'car'], value: 30, labels: { vehicle: 'car' } },
      { stack: ['main', 'bike'], value: 12, labels: { vehicle: 'bike' } },
    ]);
    const plain = labelledPprof([{ stack: ['main'], value: 8 }]);
    const { store, ids } = storeWith([
      [{ region: 'eu', pod: 'p1' }, T0 + 5 * S, split],
      [{ region: 'eu', pod: 'p2' }, T0 + 7 * S, plain],
    ]);
    const [eu] = selectHeatmap(store, scope, params({}));
    expect(eu.labels).toEqual([{ name: 'region', value: 'eu' }]);
    // Points 42 and 8: y buckets over [8, 42] (size 1.7), 42 in the last, 8 in the first.
    expect(eu.slots.map((s) => [s.timestampMs, s.counts[0], s.counts[19]])).toEqual([[T0 + 15 * S, 1, 1]]);
    expect(eu.slots[0].exemplars).toEqual([
      {
        timestampMs: T0 + 7 * S,
        profileId: ids[1],
        spanId: '',
        traceId: '',
        value: 8,
        labels: { pod: 'p2', service_name: 'rides' },
      },
      {
        timestampMs: T0 + 5 * S,
        profileId: ids[0],
        spanId: '',
        traceId: '',
        value: 42,
        labels: { pod: 'p1', service_name: 'rides' },
      },
    ]);
  });

  it('SPAN: one point per span of a profile from its labelled samples; unlabelled samples do not count', () => {
    const bytes = labelledPprof([
      { stack: ['main', 'OrderCar'], value: 10, labels: { span_id: 's1', trace_id: 'tr1', span_name: 'OrderCar' } },
      { stack: ['main', 'OrderCar', 'Check'], value: 50, labels: { span_id: 's1', trace_id: 'tr1' } },
      { stack: ['main', 'OrderBike'], value: 5, labels: { profile_id: 's2' } },
      { stack: ['main', 'gc'], value: 1000 },
    ]);
    const { store } = storeWith([[{ region: 'eu' }, T0 + 20 * S, bytes]]);
    const [eu] = selectHeatmap(store, scope, params({ kind: 'span' }));
    expect(eu.slots.map((s) => [s.timestampMs, s.counts[0], s.counts[19]])).toEqual([[T0 + 30 * S, 1, 1]]);
    expect(eu.slots[0].exemplars).toEqual([
      {
        timestampMs: T0 + 20 * S,
        profileId: '',
        spanId: 's2',
        traceId: '',
        value: 5,
        labels: { service_name: 'rides' },
      },
      {
        timestampMs: T0 + 20 * S,
        profileId: '',
        spanId: 's1',
        traceId: 'tr1',
        value: 60,
        labels: { service_name: 'rides', span_name: 'OrderCar' },
      },
    ]);
  });
});

describe('SelectHeatmap through the API', () => {
  async function server(flags: FeatureFlags) {
    const api = await startApi({ featureFlags: flags });
    const url = api.url;
    const call = async (body: object) => {
      const res = await fetch(`${url}/querier.v1.QuerierService/SelectHeatmap`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      });
      return {
        status: res.status,
        body: (await res.json()) as { code?: string; message?: string; series?: unknown[] },
      };
    };
    return { call, close: api.close };
  }
  const request = {
    profileTypeID: TYPE,
    labelSelector: '{}',
    start: '1000',
    end: '61000',
    step: 15,
    queryType: 'HEATMAP_QUERY_TYPE_INDIVIDUAL',
  };

  it('is Unimplemented without v2 storage, as Pyroscope 1 answers, and served with it', async () => {
    const off = await server(featureFlagsFromEnv('v2StorageLayer=off'));
    const on = await server(featureFlagsFromEnv(undefined));
    try {
      expect(await off.call(request)).toEqual({
        status: 404,
        body: { code: 'unimplemented', message: 'SelectHeatmap is only available in the v2 storage layer' },
      });
      expect(await on.call(request)).toEqual({ status: 200, body: { series: [] } });
    } finally {
      await off.close();
      await on.close();
    }
  });

  it('refuses a mismatched exemplar type, an unspecified query type and a step under 1 ms', async () => {
    const s = await server(featureFlagsFromEnv(undefined));
    try {
      for (const [change, message] of [
        [{ exemplarType: 'EXEMPLAR_TYPE_SPAN' }, /exemplar type SPAN does not match query type INDIVIDUAL/],
        [{ queryType: 'HEATMAP_QUERY_TYPE_SPAN', exemplarType: 'EXEMPLAR_TYPE_INDIVIDUAL' }, /does not match/],
        [{ queryType: 'HEATMAP_QUERY_TYPE_UNSPECIFIED' }, /query_type must be INDIVIDUAL or SPAN/],
        [{ step: 0.0005 }, /^step must be >= 1ms$/],
        [{ start: '61000' }, /start time must be before end time/],
      ] as const) {
        const r = await s.call({ ...request, ...change });
        expect([r.status, r.body.code]).toEqual([400, 'invalid_argument']);
        expect(r.body.message).toMatch(message);
      }
      const matching = await s.call({ ...request, exemplarType: 'EXEMPLAR_TYPE_INDIVIDUAL' });
      expect(matching.status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
