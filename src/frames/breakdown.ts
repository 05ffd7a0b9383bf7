/**
 * The tag breakdown (Pyroscope's tag explorer) as a table frame: for each value of a label, its
 * total over the range, its share of all values, and mean / min / max / standard deviation of its
 * per-step values. Ready for Grafana's Table and Pie chart panels; each value row links to its
 * flame graph, a comparison against the rest, and a diff.
 */
import type { DataFrame, DataLink, FieldType } from '@grafana/data';
import type { Series } from '../pyroscope/types';
import type { BreakdownCustom } from '../contract/frames';

export interface BreakdownRow {
  value: string;
  total: number;
  share: number;
  mean: number;
  min: number;
  max: number;
  stddev: number;
}

export function breakdownRows(series: Series[], label: string): BreakdownRow[] {
  const rows = series.map((s) => {
    const value = s.labels.find((l) => l.name === label)?.value ?? '';
    const vs = s.points.map((p) => p.value);
    const total = vs.reduce((a, b) => a + b, 0);
    const mean = vs.length ? total / vs.length : 0;
    const variance = vs.length ? vs.reduce((a, b) => a + (b - mean) ** 2, 0) / vs.length : 0;
    return {
      value,
      total,
      share: 0,
      mean,
      min: vs.length ? Math.min(...vs) : 0,
      max: vs.length ? Math.max(...vs) : 0,
      stddev: Math.sqrt(variance),
    };
  });
  const sum = rows.reduce((a, r) => a + r.total, 0);
  for (const r of rows) {
    r.share = sum > 0 ? r.total / sum : 0;
  }
  return rows.sort((a, b) => b.total - a.total || (a.value < b.value ? -1 : 1));
}

const STRING = 'string' as FieldType;
const NUMBER = 'number' as FieldType;

export function breakdownFrame(
  rows: BreakdownRow[],
  label: string,
  unit: string,
  links: DataLink[],
  refId?: string
): DataFrame {
  const num = (name: string, pick: (r: BreakdownRow) => number, u = unit) => ({
    name,
    type: NUMBER,
    values: rows.map(pick),
    config: { unit: u },
  });
  return {
    name: `breakdown by ${label}`,
    refId,
    length: rows.length,
    meta: { preferredVisualisationType: 'table', custom: { breakdownLabel: label } satisfies BreakdownCustom },
    fields: [
      { name: label, type: STRING, values: rows.map((r) => r.value), config: { links } },
      num('Total', (r) => r.total),
      num('Share', (r) => r.share, 'percentunit'),
      num('Mean', (r) => r.mean),
      num('Min', (r) => r.min),
      num('Max', (r) => r.max),
      num('Std dev', (r) => r.stddev),
    ],
  };
}
