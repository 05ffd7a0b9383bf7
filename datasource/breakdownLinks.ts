/**
 * Data links from a tag breakdown row to that value's flame graph, a comparison with the rest,
 * and a diff: internal links back to this datasource, interpolated by Grafana (`${__value.raw}`).
 */
import type { DataLink } from '@grafana/data';
import { withMatcher } from '../src/selector/selector';
import type { FlamelensQuery } from '../src/contract/query';

/** The datasource a link opens. */
export interface LinkTarget {
  uid: string;
  name: string;
}

export function breakdownLinks(q: FlamelensQuery, label: string, ds: LinkTarget): DataLink[] {
  const value = '${__value.raw}';
  const only = withMatcher(q.labelSelector || '{}', { name: label, op: '=', value });
  const rest = withMatcher(q.labelSelector || '{}', { name: label, op: '!=', value });
  const base = { profileTypeId: q.profileTypeId, refId: 'A', groupBy: [], maxNodes: q.maxNodes };
  const link = (title: string, query: Partial<FlamelensQuery>): DataLink => ({
    title,
    url: '',
    internal: { datasourceUid: ds.uid, datasourceName: ds.name, query: { ...base, ...query } as FlamelensQuery },
  });
  return [
    link(`Flame graph of ${label}=\${__value.raw}`, { queryType: 'profile', labelSelector: only }),
    link(`Compare ${label}=\${__value.raw} with the rest`, {
      queryType: 'comparison',
      labelSelector: only,
      baselineSelector: rest,
    }),
    link(`Diff ${label}=\${__value.raw} against the rest`, {
      queryType: 'diff',
      labelSelector: only,
      baselineSelector: rest,
    }),
  ];
}
