/**
 * A query with the dashboard's variables in every field, each escaped for where it lands (label
 * values in selectors, lists split on commas), and both selectors — a comparison's baseline too —
 * narrowed by the dashboard's ad hoc filters.
 */
import type { ScopedVars } from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { interpolateSelector } from '../src/selector/interpolate';
import type { FlamelensQuery } from '../src/contract/query';
import { type AdHocFilter, withAdHocFilters } from './lookups';

export function interpolateQuery(
  q: FlamelensQuery,
  scopedVars: ScopedVars,
  filters: readonly AdHocFilter[]
): FlamelensQuery {
  const t = getTemplateSrv();
  const selector = (text: string | undefined) =>
    withAdHocFilters(
      interpolateSelector(text || '{}', (part, fmt) => t.replace(part, scopedVars, fmt)),
      filters
    );
  const list = (l?: string[]) => l?.flatMap((s) => t.replace(s, scopedVars, 'csv').split(',')).filter((s) => s !== '');
  return {
    ...q,
    profileTypeId: t.replace(q.profileTypeId ?? '', scopedVars),
    labelSelector: selector(q.labelSelector),
    baselineSelector: q.baselineSelector ? selector(q.baselineSelector) : undefined,
    breakdownLabel: q.breakdownLabel ? t.replace(q.breakdownLabel, scopedVars) : undefined,
    groupBy: (q.groupBy ?? []).map((g) => t.replace(g, scopedVars)),
    spanSelector: list(q.spanSelector),
    traceIdSelector: list(q.traceIdSelector),
    profileIdSelector: list(q.profileIdSelector),
    stackTraceSelector: q.stackTraceSelector?.map((s) => t.replace(s, scopedVars)),
  };
}
