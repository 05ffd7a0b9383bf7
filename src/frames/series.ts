/**
 * Profile metric series as Grafana time series frames, values as rates for cumulative profile
 * types (see rateInfo in ../units).
 */
import type { DataFrame, FieldType } from '@grafana/data';
import type { Series } from '../pyroscope/types';
import { perSecond, rateInfo } from '../units';

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
          values: s.points.map((p) => perSecond(p.value, info, stepSeconds)),
          labels,
          config: { unit: info.unit, displayNameFromDS: display },
        },
      ],
    };
  });
}
