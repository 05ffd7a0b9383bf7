/**
 * Template interpolation with Grafana's rules: $var, ${var}, ${var:format} and [[var]]; multi-value
 * and All; the formats plugins use (regex, pipe, csv, glob, json, raw, text, queryparam, …); scoped
 * variables win over dashboard ones. Variable state is set by the dashboard page.
 */
import type { AdHocVariableFilter, ScopedVars, TimeRange, TypedVariableModel } from '@grafana/data';
import { asText, dataMacro, timeMacro, urlTimeRange } from './macros';

export interface HostVariable {
  name: string;
  label?: string;
  multi: boolean;
  includeAll: boolean;
  allValue?: string;
  options: Array<{ text: string; value: string }>;
  /** Selected values; ['$__all'] means All. */
  current: string[];
  /** An ad hoc filters variable: the datasource it applies to, and its filters. */
  adhoc?: { datasourceUid: string; filters: AdHocVariableFilter[] };
}

const state: { variables: HostVariable[]; range?: TimeRange } = { variables: [] };

export function setVariables(vars: HostVariable[]): void {
  state.variables = vars;
}

/** The time range `${__from}`, `${__to}` and `${__url_time_range}` read, as Grafana's time service sets it. */
export function setTimeRange(range: TimeRange): void {
  state.range = range;
}

/** The values a variable stands for: its options when All is selected. */
function selectedValues(v: HostVariable): string[] {
  return v.current.includes('$__all') ? v.options.map((o) => o.value) : v.current;
}

export function getHostVariables(): HostVariable[] {
  return state.variables;
}

const REGEX_ESCAPE = /[\\^$*+?.()|[\]{}/]/g;
const escapeRegex = (v: string) => v.replace(REGEX_ESCAPE, '\\$&');

export function formatValue(
  value: string | string[],
  format: string | ((v: unknown) => string) | undefined,
  isAll = false,
  allValue?: string,
  name = 'x'
): string {
  if (isAll && allValue !== undefined) {
    return allValue;
  }
  if (typeof format === 'function') {
    return format(value);
  }
  const values = Array.isArray(value) ? value : [value];
  const multi = Array.isArray(value) && value.length !== 1;
  switch (format) {
    case 'regex':
      return multi ? `(${values.map(escapeRegex).join('|')})` : escapeRegex(values[0] ?? '');
    case 'pipe':
      return values.join('|');
    case 'csv':
      return values.join(',');
    case 'json':
      return JSON.stringify(Array.isArray(value) ? value : value);
    case 'raw':
    case 'text':
      return values.join(',');
    case 'doublequote':
      return values.map((v) => `"${v.replace(/"/g, '\\"')}"`).join(',');
    case 'singlequote':
      return values.map((v) => `'${v.replace(/'/g, "\\'")}'`).join(',');
    case 'queryparam':
      return values.map((v) => `var-${name}=${encodeURIComponent(v)}`).join('&');
    case 'percentencode':
      return encodeURIComponent(multi ? `{${values.join(',')}}` : (values[0] ?? ''));
    case 'glob':
    default:
      return multi ? `{${values.join(',')}}` : (values[0] ?? '');
  }
}

/** `a.b.c` of a scoped variable's object value (Grafana's fieldPath). */
function pathValue(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

const VARIABLE = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^}]+))?(?::([^}]+))?}/g;

export const templateSrv = {
  getVariables: () =>
    state.variables.map((v) => ({
      name: v.name,
      label: v.label,
      type: 'query',
      multi: v.multi,
      includeAll: v.includeAll,
      current: { text: v.current, value: v.current },
      options: v.options.map((o) => ({ ...o, selected: v.current.includes(o.value) })),
    })) as unknown as TypedVariableModel[],
  containsTemplate: (target?: string) => !!target && new RegExp(VARIABLE.source).test(target),
  updateTimeRange: (range: TimeRange) => {
    state.range = range;
  },
  replace(target?: string, scopedVars?: ScopedVars, format?: string | ((v: unknown) => string)): string {
    if (!target) {
      return target ?? '';
    }
    return target.replace(VARIABLE, (match, ...groups: Array<string | undefined>) => {
      const [v1, v2, f2, v3, fieldPath, f3] = groups;
      const name = v1 || v2 || v3 || '';
      const fmt = f2 || f3 || format;
      const macro = dataMacro(name, fieldPath, scopedVars);
      if (macro !== undefined) {
        return formatValue(macro, typeof fmt === 'string' && fmt.startsWith('date') ? undefined : fmt);
      }
      const time = timeMacro(name, f3 ?? f2, state.range);
      if (time !== undefined) {
        return time;
      }
      if (name === '__url_time_range') {
        return urlTimeRange(state.range) ?? match;
      }
      if (name === '__all_variables') {
        return state.variables
          .filter((v) => !v.adhoc)
          .map((v) => formatValue(v.current, 'queryparam', false, undefined, v.name))
          .join('&');
      }
      const scoped = scopedVars?.[name];
      if (scoped) {
        const value: unknown = fieldPath ? pathValue(scoped.value, fieldPath) : scoped.value;
        return formatValue(asText(value), fmt);
      }
      if (name === '__interval' || name === '__interval_ms' || name === '__range') {
        return match;
      }
      const variable = state.variables.find((x) => x.name === name);
      if (!variable) {
        return match;
      }
      const isAll = variable.current.includes('$__all');
      if (isAll && variable.allValue) {
        return variable.allValue;
      }
      const values = selectedValues(variable);
      return formatValue(variable.multi || isAll ? values : (values[0] ?? ''), fmt, false, undefined, name);
    });
  },
};
