/**
 * Exemplars as the frame Grafana's time series and heatmap panels draw as markers: a frame named
 * "exemplar" with `meta.dataTopic = "annotations"` (Grafana moves it into `PanelData.annotations`),
 * a Time and a Value field (where the marker sits), then what identifies the profile or span. Data
 * links on those fields open the flame graph or the trace from the marker's tooltip.
 */
import type { DataFrame, DataLink, DataTopic, Field, FieldType } from '@grafana/data';
import type { Exemplar } from '../pyroscope/types';

const TIME = 'time' as FieldType;
const NUMBER = 'number' as FieldType;
const STRING = 'string' as FieldType;

export const EXEMPLAR_FRAME_NAME = 'exemplar';

export interface ExemplarFrameOptions {
  refId?: string;
  /** Where each marker sits, in `unit`: on a series its share of the point's rate, on a heatmap its value. */
  yOf: (e: Exemplar) => number;
  unit: string;
  /** The profile type's own unit, for each exemplar's value as the profile (or span) has it. */
  sampleUnit: string;
  /** Links on the profile ID, span ID and trace ID fields (Grafana interpolates `${__value.raw}`). */
  links?: { profile?: DataLink[]; span?: DataLink[]; trace?: DataLink[] };
}

/** One frame for every exemplar of an answer; label columns are the union of their labels' names. */
export function exemplarFrame(exemplars: readonly Exemplar[], opts: ExemplarFrameOptions): DataFrame {
  const n = exemplars.length;
  const time = new Array<number>(n);
  const y = new Array<number>(n);
  const value = new Array<number>(n);
  const profileIds = new Array<string>(n);
  const spanIds = new Array<string>(n);
  const traceIds = new Array<string>(n);
  const labelColumns = new Map<string, string[]>();
  let anySpan = false;
  let anyTrace = false;
  let anyProfile = false;
  for (let i = 0; i < n; i++) {
    const e = exemplars[i];
    time[i] = e.timestamp;
    y[i] = opts.yOf(e);
    value[i] = e.value;
    profileIds[i] = e.profileId;
    spanIds[i] = e.spanId;
    traceIds[i] = e.traceId;
    anyProfile ||= e.profileId !== '';
    anySpan ||= e.spanId !== '';
    anyTrace ||= e.traceId !== '';
    for (const l of e.labels) {
      let column = labelColumns.get(l.name);
      if (!column) {
        column = new Array<string>(n).fill('');
        labelColumns.set(l.name, column);
      }
      column[i] = l.value;
    }
  }
  const text = (name: string, displayName: string, values: string[], links?: DataLink[]): Field => ({
    name,
    type: STRING,
    values,
    config: { displayName, ...(links?.length ? { links } : {}) },
  });
  const fields: Field[] = [
    { name: 'Time', type: TIME, values: time, config: {} },
    { name: 'Value', type: NUMBER, values: y, config: { unit: opts.unit } },
    { name: 'Total', type: NUMBER, values: value, config: { unit: opts.sampleUnit, displayName: 'Total' } },
  ];
  if (anyProfile) {
    fields.push(text('Id', 'Profile ID', profileIds, opts.links?.profile));
  }
  if (anySpan) {
    fields.push(text('SpanId', 'Span ID', spanIds, opts.links?.span));
  }
  if (anyTrace) {
    fields.push(text('TraceId', 'Trace ID', traceIds, opts.links?.trace));
  }
  for (const [name, values] of labelColumns) {
    fields.push({ name, type: STRING, values, config: {} });
  }
  return {
    name: EXEMPLAR_FRAME_NAME,
    refId: opts.refId,
    length: n,
    meta: { dataTopic: 'annotations' as DataTopic },
    fields,
  };
}
