/**
 * The tag breakdown (Pyroscope's tag explorer) as a table frame: for each value of a label, its
 * total over the range, its share of all values, and mean / min / max / standard deviation of its
 * per-step values. Ready for Grafana's Table and Pie chart panels; each value row links to its
 * flame graph, a comparison against the rest, and a diff.
 */
import type { DataFrame, DataLink, FieldType, MappingType, SpecialValueMatch } from '@grafana/data';
import type { Series } from '../pyroscope/types';
import type { BreakdownCustom } from '../contract/frames';
import { perSecond, type RateInfo } from '../units';

export interface BreakdownRow {
  value: string;
  /** Sum of the per-step values as measured (CPU nanoseconds, bytes allocated, …). */
  total: number;
  /** Share of all values' totals (of their means, for an instant type). */
  share: number;
  /** Statistics of the values over time, as a time series shows them (rates for cumulative types). */
  mean: number;
  min: number;
  max: number;
  stddev: number;
}

/**
 * One row per value of `label`. `series` are per-step sums as Pyroscope returns them; `rate` says
 * how the profile type reads over time (units.ts): the statistics are of those rates, the total of
 * what was measured — adding rates up would mean nothing ("3.64 cores" over a range).
 */
export function breakdownRows(series: Series[], label: string, rate: RateInfo, stepSeconds: number): BreakdownRow[] {
  const rows = series.map((s) => {
    const value = s.labels.find((l) => l.name === label)?.value ?? '';
    const raw = s.points.map((p) => p.value);
    const vs = raw.map((v) => perSecond(v, rate, stepSeconds));
    const total = raw.reduce((a, b) => a + b, 0);
    const mean = vs.length ? vs.reduce((a, b) => a + b, 0) / vs.length : 0;
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
  // An instant type (memory in use) is shared out by its mean; a cumulative one by its total.
  const weight = (r: BreakdownRow) => (rate.cumulative ? r.total : r.mean);
  const sum = rows.reduce((a, r) => a + weight(r), 0);
  for (const r of rows) {
    r.share = sum > 0 ? weight(r) / sum : 0;
  }
  return rows.sort((a, b) => b.share - a.share || (a.value < b.value ? -1 : 1));
}

const STRING = 'string' as FieldType;
const NUMBER = 'number' as FieldType;

/** What a row without the label shows (the value itself stays '', so its links select label=""). */
export const NO_VALUE = '(no value)';

/**
 * The table: the label's values (linked), then for a cumulative type the total measured in its own
 * unit (`sampleUnit`, a Grafana unit), and the share; then mean, min, max and spread over time in
 * the rate unit. An instant type has no total: a sum of snapshots measures nothing.
 */
export function breakdownFrame(
  rows: BreakdownRow[],
  label: string,
  units: { rate: RateInfo; sampleUnit: string },
  links: DataLink[],
  refId?: string
): DataFrame {
  const num = (name: string, pick: (r: BreakdownRow) => number, u: string) => ({
    name,
    type: NUMBER,
    values: rows.map(pick),
    config: { unit: u },
  });
  const over = units.rate.cumulative ? ' (per second)' : '';
  return {
    name: `breakdown by ${label}`,
    refId,
    length: rows.length,
    meta: { preferredVisualisationType: 'table', custom: { breakdownLabel: label } satisfies BreakdownCustom },
    fields: [
      {
        name: label,
        type: STRING,
        values: rows.map((r) => r.value),
        config: {
          links,
          mappings: [
            {
              type: 'special' as MappingType.SpecialValue,
              options: { match: 'empty' as SpecialValueMatch.Empty, result: { text: NO_VALUE } },
            },
          ],
        },
      },
      ...(units.rate.cumulative ? [num('Total', (r) => r.total, units.sampleUnit)] : []),
      num('Share', (r) => r.share, 'percentunit'),
      num(`Mean${over}`, (r) => r.mean, units.rate.unit),
      num(`Min${over}`, (r) => r.min, units.rate.unit),
      num(`Max${over}`, (r) => r.max, units.rate.unit),
      num('Std dev', (r) => r.stddev, units.rate.unit),
    ],
  };
}
