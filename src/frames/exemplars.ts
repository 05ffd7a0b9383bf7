/**
 * Exemplars as the frame Grafana's time series and heatmap panels draw as markers: a frame named
 * "exemplar" with `meta.dataTopic = "annotations"` (Grafana moves it into `PanelData.annotations`),
 * a Time and a Value field (where the marker sits), then what identifies the profile or span and
 * its labels. Data links on the ID fields open the flame graph or the trace from the marker's
 * tooltip. (Grafana's built-in datasource has a column per label; one Labels column here, as the
 * label names are only known once every exemplar is decoded.)
 */
import type { DataFrame, DataLink, DataTopic, Field, FieldType } from '@grafana/data';
import type { Exemplar, ExemplarColumns } from '../pyroscope/types';
import { labelsText } from '../pyroscope/exemplarColumns';
import { lazyValues } from './lazyValues';

const TIME = 'time' as FieldType;
const NUMBER = 'number' as FieldType;
const STRING = 'string' as FieldType;

export const EXEMPLAR_FRAME_NAME = 'exemplar';

export interface ExemplarFrameOptions {
  refId?: string;
  /** Where each marker sits, in `unit`, from its value: on a series the rate it adds, on a heatmap its value. */
  yOf: (value: number) => number;
  unit: string;
  /** The profile type's own unit, for each exemplar's value as the profile (or span) has it. */
  sampleUnit: string;
  /** Which IDs the exemplars carry: profiles (individual), or spans and their traces. */
  ids: ReadonlyArray<'profile' | 'span' | 'trace'>;
  /** Links on the profile ID, span ID and trace ID fields (Grafana interpolates `${__value.raw}`). */
  links?: { profile?: DataLink[]; span?: DataLink[]; trace?: DataLink[] };
}

/**
 * One frame for the exemplars of an answer (each series' columns in turn). Time and Value are
 * filled at once (the markers); Total, the IDs and the labels are lazy fields (lazyValues), read
 * for the rows a tooltip or a link reads: a day of points has tens of thousands of exemplars.
 */
export function exemplarFrame(sets: ReadonlyArray<ExemplarColumns | undefined>, opts: ExemplarFrameOptions): DataFrame {
  const parts = sets.filter((c): c is ExemplarColumns => c !== undefined && c.length > 0);
  const n = parts.reduce((k, c) => k + c.length, 0);
  const time = new Array<number>(n);
  const y = new Array<number>(n);
  // Where each set's rows start in the frame (few sets: one per series).
  const starts: number[] = [];
  let i = 0;
  for (const c of parts) {
    starts.push(i);
    const ts = c.timestamp;
    const vs = c.value;
    for (let j = 0; j < c.length; j++, i++) {
      time[i] = ts[j];
      y[i] = opts.yOf(vs[j]);
    }
  }
  const where = (row: number) => {
    let p = starts.length - 1;
    while (starts[p] > row) {
      p--;
    }
    return p;
  };
  const at = (row: number) => {
    const p = where(row);
    return parts[p].at(row - starts[p]);
  };
  const totalOf = (row: number) => {
    const p = where(row);
    return parts[p].value[row - starts[p]];
  };
  const text = (name: string, displayName: string, read: (e: Exemplar) => string, links?: DataLink[]): Field => ({
    name,
    type: STRING,
    values: lazyValues(n, (row) => read(at(row))),
    config: { displayName, ...(links?.length ? { links } : {}) },
  });
  const fields: Field[] = [
    { name: 'Time', type: TIME, values: time, config: {} },
    { name: 'Value', type: NUMBER, values: y, config: { unit: opts.unit } },
    // The exemplar's own total (not a rate): read in its tooltip only.
    {
      name: 'Total',
      type: NUMBER,
      values: lazyValues(n, totalOf),
      config: { unit: opts.sampleUnit, displayName: 'Total' },
    },
  ];
  if (opts.ids.includes('profile')) {
    fields.push(text('Id', 'Profile ID', (e) => e.profileId, opts.links?.profile));
  }
  if (opts.ids.includes('span')) {
    fields.push(text('SpanId', 'Span ID', (e) => e.spanId, opts.links?.span));
  }
  if (opts.ids.includes('trace')) {
    fields.push(text('TraceId', 'Trace ID', (e) => e.traceId, opts.links?.trace));
  }
  fields.push(text('Labels', 'Labels', (e) => labelsText(e.labels)));
  return {
    name: EXEMPLAR_FRAME_NAME,
    refId: opts.refId,
    length: n,
    meta: { dataTopic: 'annotations' as DataTopic },
    fields,
  };
}
