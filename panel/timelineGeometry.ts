/**
 * Where things sit on the exemplar timeline and what a pointer is over: pure, so the hit tests
 * are unit-tested without a canvas. x is time over the query's range; y is the series' value (a
 * line with one diamond per exemplar) or a heatmap's value bucket (cells coloured by count).
 */
import type { Exemplar, HeatmapSlot } from '../src/pyroscope/types';
import type { HeatmapTimeline, SeriesTimeline } from '../src/contract/timeline';

export interface Box {
  width: number;
  height: number;
  /** The query's range, ms. */
  start: number;
  end: number;
}

/** Pixels kept free above and below the plot (the markers' half size). */
export const PAD = 5;
/** How near (px) a pointer must be to a diamond's centre to pick it. */
export const HIT_PX = 7;

export const xOf = (b: Box, t: number) => ((t - b.start) / Math.max(1, b.end - b.start)) * b.width;

/** The highest value on a series timeline (0 when empty). */
export function seriesMax(s: SeriesTimeline): number {
  let max = 0;
  for (const v of s.values) {
    max = Math.max(max, v);
  }
  return max;
}

export function yOfValue(b: Box, v: number, max: number): number {
  return b.height - PAD - (max > 0 ? (v / max) * (b.height - 2 * PAD) : 0);
}

/**
 * Where each exemplar's diamond sits: at its time, on the line at its point (the point it belongs
 * to is the one whose step holds it), so a marker reads as "this point's largest profile".
 */
export function exemplarMarks(b: Box, s: SeriesTimeline): Array<{ x: number; y: number; exemplar: Exemplar }> {
  const max = seriesMax(s);
  const stepMs = s.stepSeconds * 1000;
  const out: Array<{ x: number; y: number; exemplar: Exemplar }> = [];
  let i = 0;
  // Exemplars come in point order; walk both once.
  for (const e of s.exemplars) {
    while (i + 1 < s.times.length && s.times[i + 1] <= e.timestamp) {
      i++;
    }
    const inStep = s.times.length > 0 && e.timestamp >= s.times[i] && e.timestamp < s.times[i] + stepMs;
    out.push({ x: xOf(b, e.timestamp), y: yOfValue(b, inStep ? s.values[i] : 0, max), exemplar: e });
  }
  return out;
}

/** The diamond under a pointer (the nearest within HIT_PX), if any. */
export function exemplarAt<T extends { x: number; y: number }>(
  marks: readonly T[],
  x: number,
  y: number
): T | undefined {
  let best: T | undefined;
  let bestD = HIT_PX * HIT_PX;
  for (const m of marks) {
    const d = (m.x - x) ** 2 + (m.y - y) ** 2;
    if (d <= bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

export interface HeatmapCell {
  slot: HeatmapSlot;
  bucket: number;
  count: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The cell's largest profile or span, when the server sent one. */
  exemplar?: Exemplar;
  /** The bucket's value range: [lo, hi). */
  lo: number;
  hi: number;
}

/** Every non-empty cell, laid out: columns are slots (t − step, t], rows the value buckets, lowest at the bottom. */
export function heatmapCells(b: Box, h: HeatmapTimeline): HeatmapCell[] {
  const stepMs = h.stepSeconds * 1000;
  const yMin = h.slots.find((s) => s.yMin.length > 0)?.yMin ?? [];
  const rows = yMin.length;
  if (rows === 0) {
    return [];
  }
  const size = rows > 1 ? yMin[1] - yMin[0] : 1;
  const rowH = (b.height - 2 * PAD) / rows;
  const cells: HeatmapCell[] = [];
  for (const slot of h.slots) {
    const x0 = xOf(b, slot.timestamp - stepMs);
    const x1 = xOf(b, slot.timestamp);
    // Exemplars are per non-empty bucket; find each one's bucket by its value.
    const byBucket = new Map<number, Exemplar>();
    for (const e of slot.exemplars) {
      byBucket.set(bucketOf(yMin, e.value), e);
    }
    slot.counts.forEach((count, bucket) => {
      if (count <= 0 || bucket >= rows) {
        return;
      }
      cells.push({
        slot,
        bucket,
        count,
        x: x0,
        w: Math.max(1, x1 - x0),
        y: b.height - PAD - (bucket + 1) * rowH,
        h: rowH,
        exemplar: byBucket.get(bucket),
        lo: yMin[bucket],
        hi: bucket + 1 < rows ? yMin[bucket + 1] : yMin[bucket] + size,
      });
    });
  }
  return cells;
}

/** The bucket a value falls in: the last whose lower bound it reaches (Pyroscope's rule). */
export function bucketOf(yMin: readonly number[], value: number): number {
  let i = 0;
  while (i + 1 < yMin.length && value >= yMin[i + 1]) {
    i++;
  }
  return i;
}

export function cellAt(cells: readonly HeatmapCell[], x: number, y: number): HeatmapCell | undefined {
  return cells.find((c) => x >= c.x && x < c.x + c.w && y >= c.y && y < c.y + c.h);
}

/** The span exemplars of a heatmap, largest first: the "top span exemplars" table's rows. */
export function topExemplars(h: HeatmapTimeline, limit: number): Exemplar[] {
  const all = h.slots.flatMap((s) => s.exemplars);
  return all.sort((a, b) => b.value - a.value || a.timestamp - b.timestamp).slice(0, limit);
}
