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

/** A variable as Grafana writes one: $name, ${name}, ${name:format}, [[name]], [[name:format]]. */
const VARIABLE = /\$\{[^}]+\}|\$\w+|\[\[[^\]]+\]\]/y;

/**
 * Quotes every variable that stands outside quotes as a whole label name or value, so the template
 * parses as a selector and each variable is escaped for where it lands:
 *
 *   {service=$svc, pod=~"$pod"}   →   {service="$svc", pod=~"$pod"}
 *
 * Without this, one unquoted variable made the whole template fall back to plain interpolation,
 * and the quoted ones next to it lost their escaping.
 */
function quoteBareVariables(template: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < template.length;) {
    const c = template[i];
    if (quote) {
      out += c;
      if (c === '\\' && quote !== '`' && i + 1 < template.length) {
        out += template[i + 1];
        i += 2;
        continue;
      }
      if (c === quote) {
        quote = undefined;
      }
      i++;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      out += c;
      i++;
      continue;
    }
    VARIABLE.lastIndex = i;
    const m = VARIABLE.exec(template);
    if (m) {
      out += `"${m[0]}"`;
      i += m[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Interpolates a selector template, each variable escaped for its own place: equality values for
 * their quotes, regex values (several become one alternation) for the regex, names quoted when
 * they need it (service.name). Falls back to plain interpolation when the template is not a
 * selector until its variables are replaced (e.g. `{$filters}`), so nothing a user wrote is lost.
 */
export function interpolateSelector(template: string, replace: Replace): string {
  if (!template.includes('$') && !template.includes('[[')) {
    return template;
  }
  let matchers;
  try {
    matchers = parseSelector(quoteBareVariables(template));
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
