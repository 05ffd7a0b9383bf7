/**
 * Which variables and panels a variable change reaches, as Grafana 13's dashboards decide it:
 * a variable whose query names another is refreshed when that one changes (and so on down the
 * chain), and a panel re-runs its queries only when its queries, title or datasource name a
 * changed variable ("Chained variables" and "Panel queries re-run when a variable they use
 * changes", grafana.com/docs/grafana/latest/dashboards/variables/).
 */

/** Whether `value` (any JSON) names one of `names` as $name, ${name…} or [[name…]]. */
export function mentionsAny(value: unknown, names: ReadonlySet<string>): boolean {
  if (names.size === 0) {
    return false;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  const re = /\$(\w+)|\$\{(\w+)|\[\[(\w+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (names.has(m[1] ?? m[2] ?? m[3])) {
      return true;
    }
  }
  return false;
}

export interface VariableQuery {
  name: string;
  query?: unknown;
  datasource?: unknown;
}

/**
 * The variables to refresh after `changed` changed, in dashboard order: every later variable that
 * names it or names one already to be refreshed.
 */
export function dependentVariables(vars: readonly VariableQuery[], changed: string): string[] {
  const reached = new Set([changed]);
  const out: string[] = [];
  const start = vars.findIndex((v) => v.name === changed);
  for (const v of vars.slice(start + 1)) {
    if (mentionsAny(v.query, reached) || mentionsAny(v.datasource, reached)) {
      reached.add(v.name);
      out.push(v.name);
    }
  }
  return out;
}

export const ALL = '$__all';

/**
 * A multi-value selection after the picker changed it from `prev` to `next`, with Grafana's rule
 * that All is exclusive: picking All clears the rest, picking a value while All is selected drops
 * All, and clearing everything falls back to All (or, without All, to the first option).
 */
export function nextMultiValue(
  prev: readonly string[],
  next: readonly string[],
  includeAll: boolean,
  firstOption?: string
): string[] {
  const added = next.filter((v) => !prev.includes(v));
  if (added.includes(ALL)) {
    return [ALL];
  }
  const values = next.filter((v) => v !== ALL);
  if (values.length > 0) {
    return values;
  }
  if (includeAll) {
    return [ALL];
  }
  return firstOption === undefined ? [] : [firstOption];
}
