/**
 * Pyroscope's heatmaps as Grafana's heatmap panel reads them: one `heatmap-cells` frame per series
 * (`meta.type`), with explicit `xMin`, `yMin`, `yMax` and `count` fields on a dense, regular grid
 * (`DataFrameType.HeatmapCells`: "all values in the grid exist and have regular spacing"), so the
 * panel draws what the server counted without bucketing again.
 *
 * Pyroscope sends only slots that have data, each stamped with its right edge: a slot at t covers
 * (t − step, t]. The grid fills the missing slots between the first and last with zero counts.
 */
import type { DataFrame, DataFrameType, FieldType } from '@grafana/data';
import type { HeatmapSeries } from '../pyroscope/types';

const TIME = 'time' as FieldType;
const NUMBER = 'number' as FieldType;
export const HEATMAP_CELLS = 'heatmap-cells' as DataFrameType;

export interface HeatmapFrameOptions {
  stepSeconds: number;
  /** The profile type's sample unit (the y axis: each profile's or span's total). */
  unit: string;
  refId?: string;
  /** Names the frame: "span" or "profile" counts. */
  countName: string;
}

/** The y buckets of an answer: the lower bounds of the first slot that has them (all slots share them). */
export function bucketBounds(series: readonly HeatmapSeries[]): { yMin: number[]; yMax: number[] } {
  const yMin = series.flatMap((s) => s.slots).find((slot) => slot.yMin.length > 0)?.yMin ?? [];
  const size = yMin.length > 1 ? yMin[1] - yMin[0] : 1;
  const yMax = yMin.map((v, i) => (i + 1 < yMin.length ? yMin[i + 1] : v + size));
  return { yMin: [...yMin], yMax };
}

export function heatmapFrames(series: readonly HeatmapSeries[], opts: HeatmapFrameOptions): DataFrame[] {
  const stepMs = opts.stepSeconds * 1000;
  const { yMin, yMax } = bucketBounds(series);
  const rows = yMin.length;
  return series
    .filter((s) => s.slots.length > 0 && rows > 0)
    .map((s) => {
      const first = s.slots[0].timestamp;
      const last = s.slots[s.slots.length - 1].timestamp;
      const columns = Math.round((last - first) / stepMs) + 1;
      const n = columns * rows;
      const x = new Array<number>(n);
      const y0 = new Array<number>(n);
      const y1 = new Array<number>(n);
      const count = new Array<number>(n).fill(0);
      for (let c = 0; c < columns; c++) {
        for (let r = 0; r < rows; r++) {
          x[c * rows + r] = first + c * stepMs - stepMs;
          y0[c * rows + r] = yMin[r];
          y1[c * rows + r] = yMax[r];
        }
      }
      for (const slot of s.slots) {
        const c = Math.round((slot.timestamp - first) / stepMs);
        slot.counts.forEach((k, r) => {
          if (r < rows) {
            count[c * rows + r] = k;
          }
        });
      }
      const labels = Object.fromEntries(s.labels.filter((l) => !l.name.startsWith('__')).map((l) => [l.name, l.value]));
      const display = Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      return {
        name: display || opts.countName,
        refId: opts.refId,
        length: n,
        meta: { type: HEATMAP_CELLS },
        fields: [
          { name: 'xMin', type: TIME, values: x, config: { interval: stepMs } },
          { name: 'yMin', type: NUMBER, values: y0, config: { unit: opts.unit } },
          { name: 'yMax', type: NUMBER, values: y1, config: { unit: opts.unit } },
          {
            name: 'count',
            type: NUMBER,
            values: count,
            labels,
            config: { unit: 'short', displayNameFromDS: opts.countName },
          },
        ],
      };
    });
}
