/** What the timeline strip draws and says: the series, its diamonds, heat colours, and each hit in words. */
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import type { Exemplar } from '../../src/pyroscope/types';
import type { SeriesTimeline, TimelineAnswer } from '../../src/contract/timeline';
import { formatValue } from './format';
import { seriesMax, xOf, yOfValue, type Box, type HeatmapCell } from '../timelineGeometry';

export function summaryOf(answer: TimelineAnswer | undefined, markCount: number, cells: HeatmapCell[]): string {
  if (!answer) {
    return '';
  }
  if (answer.kind === 'unsupported') {
    return answer.reason;
  }
  if (answer.kind === 'series') {
    return answer.times.length === 0
      ? 'No profiles in this range.'
      : `${markCount} exemplars (each point’s largest profile): click one to open that profile.`;
  }
  const what = answer.kind === 'span' ? 'spans' : 'profiles';
  const total = cells.reduce((n, c) => n + c.count, 0);
  return total === 0
    ? `No ${what} in this range${answer.kind === 'span' ? ' (no samples labelled span_id)' : ''}.`
    : `${total} ${what} in ${cells.length} cells: click a cell to open its largest.`;
}

/** A time as the timeline says it: with the date when the range spans more than a day. */
export function timeText(ms: number, rangeMs: number): string {
  return dateTimeFormat(ms, { format: rangeMs > 24 * 3600e3 ? 'YYYY-MM-DD HH:mm:ss' : 'HH:mm:ss' });
}

/** An exemplar in words: who, when, how much, then its labels one per line. */
export function describeExemplar(e: Exemplar, unit: string, rangeMs: number): string {
  const who = e.spanId ? `Span ${e.spanId}` : `Profile ${e.profileId}`;
  const labels = e.labels.map((l) => `${l.name}=${l.value}`).join('\n');
  return `${who} · ${timeText(e.timestamp, rangeMs)} · ${formatValue(e.value, unit)}${labels ? `\n${labels}` : ''}`;
}

/** A bucket's values: one value when both ends read the same (equal totals). */
function bucketText(lo: number, hi: number, unit: string): string {
  const [a, b] = [formatValue(lo, unit), formatValue(hi, unit)];
  return a === b ? a : `${a}–${b}`;
}

export function describeCell(cell: HeatmapCell, kind: 'individual' | 'span', unit: string, rangeMs: number) {
  const what = kind === 'span' ? (cell.count === 1 ? 'span' : 'spans') : cell.count === 1 ? 'profile' : 'profiles';
  const when = timeText(cell.slot.timestamp, rangeMs);
  const text = `${cell.count} ${what} of ${bucketText(cell.lo, cell.hi, unit)} until ${when}`;
  const note = cell.count > 1 ? `the largest of ${cell.count} in this cell` : undefined;
  return {
    exemplar: cell.exemplar,
    note,
    text: cell.exemplar ? `${text}. Click: ${describeExemplar(cell.exemplar, unit, rangeMs)}` : text,
  };
}

export function drawSeries(ctx: CanvasRenderingContext2D, b: Box, s: SeriesTimeline, theme: GrafanaTheme2) {
  const max = seriesMax(s);
  const xs = s.times.map((t) => xOf(b, t));
  fillLine(ctx, xs, (i) => yOfValue(b, s.values[i], max), b.height, theme);
}

/** A metric as Grafana draws one: a line over a translucent area down to `bottom`. */
export function fillLine(
  ctx: CanvasRenderingContext2D,
  xs: readonly number[],
  yAt: (i: number) => number,
  bottom: number,
  theme: GrafanaTheme2
) {
  if (xs.length === 0) {
    return;
  }
  ctx.beginPath();
  ctx.moveTo(xs[0], bottom);
  xs.forEach((x, i) => ctx.lineTo(x, yAt(i)));
  ctx.lineTo(xs[xs.length - 1], bottom);
  ctx.closePath();
  ctx.fillStyle = theme.colors.primary.transparent;
  ctx.fill();
  ctx.strokeStyle = theme.colors.primary.main;
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

export function diamond(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, color: string) {
  ctx.beginPath();
  ctx.moveTo(x, y - r);
  ctx.lineTo(x + r, y);
  ctx.lineTo(x, y + r);
  ctx.lineTo(x - r, y);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

/** Few to many: pale yellow to deep orange-red, readable on dark and light themes alike. */
export function heat(share: number): string {
  const s = Math.max(0, Math.min(1, share));
  const hue = 50 - 40 * s;
  const light = 75 - 35 * s;
  return `hsl(${hue.toFixed(0)}, 90%, ${light.toFixed(0)}%)`;
}
