/**
 * SelectHeatmap as Pyroscope 2 answers it (v2 storage only; pkg/model/heatmap/range.go and top.go,
 * pkg/frontend/…/select_heatmap.go): for each group, each time slot, how many points (profiles,
 * or spans) fall in each of 20 value buckets, and with exemplars on, each non-empty cell's largest.
 *
 * Worked example: start 100 s, end 125 s, step 10 s; points (time s, value) in one group:
 *
 *   slots' right edges: 90 (start − step: the query reaches one step back), 100, 110, 120 (≤ end)
 *   y buckets over the global min 0 and max 100: [0,5) [5,10) … [90,95) [95,100]
 *
 *   (95, 0)  → slot 100, bucket 0        (100, 7) → slot 100, bucket 1
 *   (103, 100) → slot 110, bucket 19     (124, 50) → slot 120, bucket 10 (past the last edge: clamped)
 *
 * A slot covers (t − step, t]; only slots with data are answered, each listing all 20 lower bounds.
 * The points come from heatmapPoints.ts; the request's checks and encoding are heatmapApi.ts.
 */
import { QueryError, MAX_SERIES_POINTS, type LabelPair, type QueryScope, type StepQueryParams } from './querier';
import { ProfileStore } from './store';
import { largestOf, type SandboxExemplar } from './exemplars';
import { heatmapGroups } from './heatmapPoints';

/** Pyroscope's DefaultYAxisBuckets. */
export const Y_BUCKETS = 20;

export interface HeatmapParams extends StepQueryParams {
  kind: 'individual' | 'span';
  exemplars: boolean;
}

/** One group's points; each point is also its own exemplar candidate. */
export interface HeatGroup {
  labels: LabelPair[];
  points: SandboxExemplar[];
}

export interface HeatSlot {
  timestampMs: number;
  yMin: number[];
  counts: number[];
  exemplars: SandboxExemplar[];
}

export interface HeatSeries {
  labels: LabelPair[];
  slots: HeatSlot[];
}

export interface YBucket {
  min: number;
  max: number;
}

/**
 * Evenly spaced buckets over [minValue, maxValue]: bucket i is [min + ⌊i·size⌋, min + ⌊(i+1)·size⌋),
 * the last one closed at maxValue. Equal bounds are widened to [min, min + 1] first.
 */
export function yBuckets(minValue: number, maxValue: number, n = Y_BUCKETS): YBucket[] {
  const max = minValue === maxValue ? minValue + 1 : maxValue;
  const size = (max - minValue) / n;
  const out = Array.from({ length: n }, (_, i) => ({
    min: minValue + Math.trunc(i * size),
    max: minValue + Math.trunc((i + 1) * size),
  }));
  out[n - 1].max = max;
  return out;
}

/** The first bucket holding the value; at or past the last bucket's min, the last; below all, -1. */
export function yBucketOf(value: number, buckets: readonly YBucket[]): number {
  const i = buckets.findIndex((b) => value >= b.min && value < b.max);
  return i >= 0 ? i : value >= buckets[buckets.length - 1].min ? buckets.length - 1 : -1;
}

/** Slots' right edges: firstMs, firstMs + stepMs, … while ≤ the end. */
export interface SlotGrid {
  firstMs: number;
  stepMs: number;
  count: number;
}

/** The slots of a query: from one step before its start to its end (Pyroscope's stepAdjustment). */
export function slotGrid(startMs: number, endMs: number, stepMs: number): SlotGrid {
  const firstMs = startMs - stepMs;
  return { firstMs, stepMs, count: Math.floor((endMs - firstMs) / stepMs) + 1 };
}

/** The slot of a time: the first right edge at or after it, clamped to the first and last slot. */
export function slotOf(tsMs: number, g: SlotGrid): number {
  if (tsMs <= g.firstMs) {
    return 0;
  }
  return Math.min(Math.ceil((tsMs - g.firstMs) / g.stepMs), g.count - 1);
}

const compareStrings = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Pyroscope's CompareLabelPairs: name, then value, pair by pair; a prefix first. */
function compareLabelPairs(a: LabelPair[], b: LabelPair[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareStrings(a[i].name, b[i].name) || compareStrings(a[i].value, b[i].value);
    if (c !== 0) {
      return c;
    }
  }
  return a.length - b.length;
}

/** Counts every group's points into the shared y buckets and the slots of the grid. */
export function rangeHeatmap(groups: HeatGroup[], grid: SlotGrid, withExemplars: boolean): HeatSeries[] {
  const nonEmpty = groups.filter((g) => g.points.length > 0);
  if (nonEmpty.length === 0) {
    return [];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of nonEmpty.flatMap((g) => g.points)) {
    lo = Math.min(lo, p.value);
    hi = Math.max(hi, p.value);
  }
  const buckets = yBuckets(lo, hi);
  const yMin = buckets.map((b) => b.min);
  return nonEmpty.map((g) => {
    const slots = new Map<number, { counts: number[]; cells: SandboxExemplar[][] }>();
    for (const p of g.points) {
      const y = yBucketOf(p.value, buckets);
      if (y < 0) {
        continue;
      }
      const t = slotOf(p.timestampMs, grid);
      let s = slots.get(t);
      if (!s) {
        s = { counts: new Array<number>(Y_BUCKETS).fill(0), cells: buckets.map(() => []) };
        slots.set(t, s);
      }
      s.counts[y]++;
      s.cells[y].push(p);
    }
    return {
      labels: g.labels,
      slots: [...slots.entries()]
        .sort(([a], [b]) => a - b)
        .map(([t, s]) => ({
          timestampMs: grid.firstMs + t * grid.stepMs,
          yMin: [...yMin],
          counts: s.counts,
          exemplars: withExemplars ? s.cells.flatMap((cell) => largestOf(cell)) : [],
        })),
    };
  });
}

/** Pyroscope's heatmap TopSeries: the k series with the most points (sum of counts), ties by labels. */
export function topHeatmapSeries(series: HeatSeries[], k: number): HeatSeries[] {
  if (k <= 0 || series.length <= k) {
    return series;
  }
  const points = (s: HeatSeries) => s.slots.reduce((n, slot) => n + slot.counts.reduce((a, c) => a + c, 0), 0);
  return [...series].sort((a, b) => points(b) - points(a) || compareLabelPairs(a.labels, b.labels)).slice(0, k);
}

export function selectHeatmap(store: ProfileStore, scope: QueryScope, q: HeatmapParams): HeatSeries[] {
  // Pyroscope turns the step into whole milliseconds (time.Duration(step·1e9).Milliseconds()).
  const stepMs = Math.trunc(Math.trunc(q.step * 1e9) / 1e6);
  const grid = slotGrid(q.start, q.end, stepMs);
  if (grid.count > MAX_SERIES_POINTS) {
    throw new QueryError(
      'invalid_argument',
      `step ${q.step}s over this range would make ${grid.count} slots per series, more than ${MAX_SERIES_POINTS}: use a larger step`
    );
  }
  const groups = heatmapGroups(store, scope, q, grid.firstMs);
  groups.sort((a, b) => compareLabelPairs(a.labels, b.labels));
  return topHeatmapSeries(rangeHeatmap(groups, grid, q.exemplars), q.limit ?? 0);
}
