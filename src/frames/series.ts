/**
 * Profile metric series as Grafana time series frames. Cumulative profile types (CPU time,
 * allocations, contentions, …) are sums per step, which depend on the step; they are turned into
 * rates, so a panel reads the same at any zoom: CPU nanoseconds per second become cores, bytes
 * per second B/s, counts per second ops/s. Instant types (in-use memory, goroutines) stay as they are.
 */
import type { DataFrame, FieldType } from '@grafana/data';
import type { Series } from '../pyroscope/types';

export interface RateInfo {
  /** Whether values are per-step sums that must be divided by the step. */
  cumulative: boolean;
  /** Grafana unit of the frame's values. */
  unit: string;
  /** Divisor applied after the step (1e9 for nanoseconds → seconds). */
  scale: number;
}

/** How a profile type id `<name>:<type>:<unit>:<periodType>:<periodUnit>` is shown over time. */
export function rateInfo(profileTypeId: string): RateInfo {
  const [name = '', type = '', unit = ''] = profileTypeId.split(':');
  const instant =
    type.startsWith('inuse') || type === 'live' || name.startsWith('goroutine') || type.startsWith('goroutine');
  if (instant) {
    return { cumulative: false, unit: unit === 'bytes' ? 'bytes' : unit === 'nanoseconds' ? 'ns' : 'short', scale: 1 };
  }
  if (unit === 'nanoseconds') {
    return { cumulative: true, unit: 'cores', scale: 1e9 };
  }
  if (unit === 'bytes') {
    return { cumulative: true, unit: 'binBps', scale: 1 };
  }
  return { cumulative: true, unit: 'ops', scale: 1 };
}

const TIME = 'time' as FieldType;
const NUMBER = 'number' as FieldType;

/** Series → frames named by their labels, values as rates for cumulative types. */
export function seriesToFrames(
  series: Series[],
  profileTypeId: string,
  stepSeconds: number,
  refId?: string
): DataFrame[] {
  const info = rateInfo(profileTypeId);
  const sampleType = profileTypeId.split(':')[1] || 'value';
  const divisor = info.cumulative ? stepSeconds * info.scale : 1;
  return series.map((s) => {
    const labels = Object.fromEntries(s.labels.filter((l) => !l.name.startsWith('__')).map((l) => [l.name, l.value]));
    const display =
      Object.keys(labels).length > 0
        ? Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')
        : sampleType;
    return {
      name: 'series',
      refId,
      length: s.points.length,
      meta: { preferredVisualisationType: 'graph', ...(info.cumulative ? { custom: { rateCalculated: true } } : {}) },
      fields: [
        {
          name: 'time',
          type: TIME,
          values: s.points.map((p) => p.timestamp),
          config: { interval: stepSeconds * 1000 },
        },
        {
          name: sampleType,
          type: NUMBER,
          values: s.points.map((p) => p.value / divisor),
          labels,
          config: { unit: info.unit, displayNameFromDS: display },
        },
      ],
    };
  });
}
