/**
 * Selector helpers for lookups and filters: label names and values scoped to a profile type,
 * Grafana's ad hoc filters merged into a selector, and the one-line text of a query.
 */
import { literalMatcher, withMatcher } from '../src/selector/selector';
import type { FlamelensQuery } from '../src/contract/query';

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

export interface AdHocFilter {
  key: string;
  operator: string;
  value: string;
}

/** Merges ad hoc filters into a selector (Grafana passes them with each request of a dashboard). */
export function withAdHocFilters(selector: string, filters: readonly AdHocFilter[]): string {
  let s = selector || '{}';
  for (const f of filters) {
    const op = f.operator === '!=' || f.operator === '=~' || f.operator === '!~' ? f.operator : '=';
    s = withMatcher(
      s,
      op === '=' || op === '!=' ? literalMatcher(f.key, op, f.value) : { name: f.key, op, value: f.value }
    );
  }
  return s;
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
