/**
 * Template variables inside label selectors, escaped for where they land:
 *
 *   {service="$service", pod=~"$pod"}   service = a"b   pod = [x.1, y|2]
 *   → {service="a\"b", pod=~"(x\.1|y\|2)"}
 *
 * A value inside `=`/`!=` quotes is escaped for the quotes; values inside `=~`/`!~` are regex-escaped
 * and several values (multi-value or All) become one alternation. Grafana's built-in Pyroscope
 * datasource interpolates without a format and turns multi-values into `{a,b}` globs, which match
 * nothing (grafana/grafana#68092). The interpolating function is injected, so this stays pure.
 */
import { escapeRegex, parseSelector, printSelector } from './selector';

/** Grafana's replace(text, scopedVars, format): format gets the value (string or string[]). */
export type Replace = (text: string, format: (value: string | string[]) => string) => string;

/** Formats variable values for a regex matcher: one escaped value, or an escaped alternation. */
export function regexFormat(value: string | string[]): string {
  const values = Array.isArray(value) ? value : [value];
  return values.length === 1 ? escapeRegex(values[0]) : `(${values.map(escapeRegex).join('|')})`;
}

/** Formats variable values for an equality matcher: the value itself (several are joined by ','). */
export function equalityFormat(value: string | string[]): string {
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * Interpolates a selector template. Falls back to plain interpolation when the template is not a
 * selector until its variables are replaced (e.g. `{$filters}`), so nothing a user wrote is lost.
 */
export function interpolateSelector(template: string, replace: Replace): string {
  if (!template.includes('$') && !template.includes('[[')) {
    return template;
  }
  let matchers;
  try {
    matchers = parseSelector(template);
  } catch {
    return replace(template, equalityFormat);
  }
  return printSelector(
    matchers.map((m) => ({
      name: replace(m.name, equalityFormat),
      op: m.op,
      value: replace(m.value, m.op === '=~' || m.op === '!~' ? regexFormat : equalityFormat),
    }))
  );
}
