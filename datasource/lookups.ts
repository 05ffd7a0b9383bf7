/**
 * Selector helpers for lookups and filters: label names and values scoped to a profile type,
 * Grafana's ad hoc filters merged into a selector, and the one-line text of a query.
 */
import {
  anyOfMatcher,
  literalMatcher,
  Matcher,
  parseSelector,
  printSelector,
  withMatcher,
} from '../src/selector/selector';
import type { TimeRange } from '@grafana/data';
import type { FlamelensQuery } from '../src/contract/query';
import { loadRegexEngine } from '../plugin-runtime/useRegexEngine';
import type { TimeRangeMs } from '../src/pyroscope/types';

/** A selector narrowed to one profile type (for label lookups); '{}' for none. */
export function scopedMatcher(profileTypeId: string, selector: string): string {
  const s = selector || '{}';
  if (!profileTypeId) {
    return s;
  }
  try {
    return withMatcher(s, { name: '__profile_type__', op: '=', value: profileTypeId });
  } catch {
    return `{__profile_type__="${profileTypeId}"}`;
  }
}

/** One of Grafana's ad hoc filters (AdHocVariableFilter): `values` for the "one of" operators. */
export interface AdHocFilter {
  key: string;
  operator: string;
  value: string;
  values?: string[];
}

/** The matcher of an ad hoc filter; an operator selectors cannot express is an error, never '='. */
function adHocMatcher(f: AdHocFilter): Matcher {
  switch (f.operator) {
    case '=':
    case '!=':
      return literalMatcher(f.key, f.operator, f.value);
    case '=~':
    case '!~':
      return { name: f.key, op: f.operator, value: f.value };
    case '=|':
    case '!=|':
      return anyOfMatcher(f.key, f.values ?? [f.value], f.operator === '!=|');
    default:
      throw new Error(
        `The filter ${f.key} ${f.operator} ${f.value} uses an operator profile selectors do not have: use =, !=, =~, !~ or one of`
      );
  }
}

/**
 * Adds ad hoc filters to a selector (Grafana passes them with each request of a dashboard). They
 * narrow the query: each is added beside the query's own matchers, none replaced, so two filters on
 * one label (region != a, region != b) both hold.
 */
export function withAdHocFilters(selector: string, filters: readonly AdHocFilter[]): string {
  if (filters.length === 0) {
    return selector;
  }
  const ms = parseSelector(selector || '{}');
  for (const f of filters) {
    const m = adHocMatcher(f);
    if (!ms.some((x) => x.name === m.name && x.op === m.op && x.value === m.value)) {
      ms.push(m);
    }
  }
  return printSelector(ms);
}

/** The range of an ad hoc filter lookup: the dashboard's when Grafana gives it, else the last 24 hours. */
export function lookupRange(range: TimeRange | undefined, now: number): TimeRangeMs {
  return range ? { start: range.from.valueOf(), end: range.to.valueOf() } : { start: now - 24 * 3600e3, end: now };
}

const REGEX_MATCHER = /[=!]~/;

/**
 * Refuses a query whose selectors Pyroscope would reject, with the column and the reason, before
 * anything is sent: their syntax, and their regexes on RE2 (Pyroscope's engine; loaded only for a
 * selector with a regex matcher). The editor shows the same message while typing.
 */
export async function checkSelectors(queries: readonly FlamelensQuery[]): Promise<void> {
  for (const q of queries) {
    for (const [what, selector] of [
      ['Label selector', q.labelSelector],
      ['Baseline selector', q.baselineSelector],
    ] as const) {
      if (!selector) {
        continue;
      }
      const regex = REGEX_MATCHER.test(selector) ? await loadRegexEngine() : undefined;
      try {
        parseSelector(selector, { regex });
      } catch (e) {
        throw new Error(`${what} ${selector}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}

/** One line for query history and the inspector. */
export function queryDisplayText(q: FlamelensQuery): string {
  const type = q.profileTypeId ? q.profileTypeId.split(':').slice(0, 2).join(' ') : 'no profile type';
  const extra =
    q.queryType === 'tagBreakdown'
      ? ` by ${q.breakdownLabel ?? '?'}`
      : q.queryType === 'comparison' || q.queryType === 'diff'
        ? ` vs ${q.baselineSelector || 'same selector'}${q.baselineShift ? ` ${q.baselineShift} earlier` : ''}`
        : q.groupBy?.length
          ? ` by ${q.groupBy.join(', ')}`
          : '';
  return `${q.queryType ?? 'profile'} ${type} ${q.labelSelector || '{}'}${extra}`;
}
