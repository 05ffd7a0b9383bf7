/**
 * Grafana's built-in variables: the ones data links use (`${__value.raw}`, `${__field.labels.x}`,
 * `${__series.name}`, `${__data.fields.x}`, read from the `__dataContext` scoped variable that
 * `applyFieldOverrides` sets on every link) and the time ones (`${__from}`, `${__to}`,
 * `${__url_time_range}`). They follow Grafana's documentation, "Data links" → "Data link
 * variables" and "Global variables" (grafana.com/docs/grafana/latest/panels-visualizations/
 * configure-data-links/ and dashboards/variables/add-template-variables/#global-variables).
 */
import type { DataFrame, Field, ScopedVars, TimeRange } from '@grafana/data';
import { dateTime, formattedValueToString, getFieldDisplayName, FieldType } from '@grafana/data';

/** What `getLinksSupplier` puts in `__dataContext.value`. */
interface DataContext {
  data?: DataFrame[];
  frame?: DataFrame;
  field?: Field;
  rowIndex?: number;
  calculatedValue?: { title?: string; numeric?: number; text?: string };
}

/** The value of a data macro, or undefined when the name is not one or has no context. */
export function dataMacro(
  name: string,
  path: string | undefined,
  scopedVars: ScopedVars | undefined
): string | undefined {
  const ctx = scopedVars?.__dataContext?.value as DataContext | undefined;
  if (!ctx || !['__value', '__field', '__series', '__data'].includes(name)) {
    return undefined;
  }
  const { frame, field, rowIndex, calculatedValue } = ctx;
  if (name === '__series') {
    return path === 'name' ? (frame?.name ?? '') : undefined;
  }
  if (name === '__field') {
    if (!field) {
      return undefined;
    }
    if (path === 'name') {
      return field.name;
    }
    if (path === 'displayName') {
      return frame ? getFieldDisplayName(field, frame, ctx.data) : field.name;
    }
    if (path === 'labels') {
      return Object.entries(field.labels ?? {})
        .map(([k, v]) => `${k}="${v}"`)
        .join(', ');
    }
    if (path?.startsWith('labels.')) {
      return field.labels?.[path.slice('labels.'.length)] ?? '';
    }
    return undefined;
  }
  if (name === '__data') {
    // ${__data.fields.name} or ${__data.fields[0]}: another field of the same row.
    const m = /^fields(?:\.(.+)|\[(\d+)\])$/.exec(path ?? '');
    if (!m || !frame || rowIndex === undefined) {
      return undefined;
    }
    const other = m[2] !== undefined ? frame.fields[Number(m[2])] : frame.fields.find((f) => f.name === m[1]);
    return other ? displayText(other, other.values[rowIndex]) : '';
  }
  // __value
  if (!field) {
    return undefined;
  }
  if (rowIndex === undefined) {
    // A link on a reduced value (a stat): only the calculation is known.
    if (path === 'calc') {
      return calculatedValue?.title ?? '';
    }
    if (path === 'numeric' || path === 'raw') {
      return String(calculatedValue?.numeric ?? '');
    }
    return calculatedValue?.text ?? '';
  }
  const raw: unknown = field.values[rowIndex];
  switch (path) {
    case 'raw':
      return asText(raw);
    case 'numeric':
      return String(field.display ? field.display(raw).numeric : Number(raw));
    case 'time': {
      const time = frame?.fields.find((f) => f.type === FieldType.time);
      return time ? String(time.values[rowIndex]) : '';
    }
    case 'calc':
      return '';
    default:
      return displayText(field, raw);
  }
}

function displayText(field: Field, raw: unknown): string {
  return field.display ? formattedValueToString(field.display(raw)) : asText(raw);
}

/** A value as link text: objects as JSON (never "[object Object]"), nothing as empty. */
export function asText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    return String(v);
  }
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : '';
}

/** `${__from}` / `${__to}` with Grafana's formats: none (epoch ms), `date`/`date:iso`, `date:seconds`, `date:<moment format>`. */
export function timeMacro(name: string, format: string | undefined, range: TimeRange | undefined): string | undefined {
  if (!range || (name !== '__from' && name !== '__to')) {
    return undefined;
  }
  const t = name === '__from' ? range.from : range.to;
  if (!format) {
    return String(t.valueOf());
  }
  const [kind, arg] = format.split(/:(.*)/s);
  if (kind !== 'date') {
    return String(t.valueOf());
  }
  if (!arg || arg === 'iso') {
    return dateTime(t.valueOf()).toISOString();
  }
  if (arg === 'seconds') {
    return String(Math.floor(t.valueOf() / 1000));
  }
  return dateTime(t.valueOf()).format(arg);
}

/** `${__url_time_range}`: the range as URL parameters, relative when the range is relative. */
export function urlTimeRange(range: TimeRange | undefined): string | undefined {
  if (!range) {
    return undefined;
  }
  const side = (raw: unknown, t: { valueOf(): number }) => (typeof raw === 'string' ? raw : String(t.valueOf()));
  return `from=${encodeURIComponent(side(range.raw.from, range.from))}&to=${encodeURIComponent(side(range.raw.to, range.to))}`;
}
