/**
 * Data links from a tag breakdown row to that value's flame graph, a comparison with the rest,
 * and a diff: internal links back to this datasource, interpolated by Grafana (`${__value.raw}`).
 */
import { dateTime, type DataLink } from '@grafana/data';
import { literalMatcher, parseSelector, printSelector } from '../src/selector/selector';
import type { FlamelensQuery } from '../src/contract/query';

/** The datasource a link opens. */
export interface LinkTarget {
  uid: string;
  name: string;
}

/**
 * `range` is the window the breakdown covers: the links open Explore on that window, not on
 * Explore's default last hour (a dashboard looking at last week would otherwise link to nothing).
 */
export function breakdownLinks(
  q: FlamelensQuery,
  label: string,
  ds: LinkTarget,
  range: { start: number; end: number }
): DataLink[] {
  const value = '${__value.raw}';
  // The row's value replaces whatever the query said of that label (region=~".*" from an All
  // variable, a list of regions): one matcher reads better. "The rest" is every other value, not
  // only the others the query selected: with one region selected those would be none.
  const others = parseSelector(q.labelSelector || '{}').filter((m) => m.name !== label);
  const only = printSelector([...others, literalMatcher(label, '=', value)]);
  const rest = printSelector([...others, literalMatcher(label, '!=', value)]);
  const base = { profileTypeId: q.profileTypeId, refId: 'A', groupBy: [], maxNodes: q.maxNodes };
  const from = dateTime(range.start);
  const to = dateTime(range.end);
  const link = (title: string, query: Partial<FlamelensQuery>): DataLink => ({
    title,
    url: '',
    internal: {
      datasourceUid: ds.uid,
      datasourceName: ds.name,
      query: { ...base, ...query } as FlamelensQuery,
      range: { from, to, raw: { from, to } },
    },
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
