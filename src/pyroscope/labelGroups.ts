/**
 * A profile split by one label's values, for a flame graph grouped by label: the values ranked by
 * their total over the range (one SelectSeries grouped by the label), the top `limit` values
 * fetched one query each, and every other profile — other values and profiles without the label —
 * in one more query (`label!~"v1|v2|…"`), at most `concurrency` queries at a time. The groups'
 * selectors partition the query's profiles, so the groups add up to the query's total exactly.
 */
import { anyOfMatcher, literalMatcher, parseSelector, printSelector } from '../selector/selector';
import type { CallTree } from '../tree/callTree';
import type { SelectMergeStacktracesParams, SelectSeriesParams, Series } from './types';

export interface GroupingClient {
  selectSeries(p: SelectSeriesParams): Promise<Series[]>;
  selectMergeStacktraces(p: SelectMergeStacktracesParams): Promise<CallTree | undefined>;
}

export interface LabelGroup {
  /** The label's value; undefined for the rest. */
  value?: string;
  /** For the rest: how many of the label's values it holds. */
  others?: number;
  /** For the rest: it holds profiles without the label. */
  unlabelled?: boolean;
  tree: CallTree;
}

/** Runs tasks with at most `limit` in flight, results in task order. */
export async function boundedAll<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const out = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}

/** Label values by their summed value over the range, largest first. */
export function rankValues(series: Series[], label: string): string[] {
  const totals = new Map<string, number>();
  for (const s of series) {
    const v = s.labels.find((l) => l.name === label)?.value ?? '';
    totals.set(v, (totals.get(v) ?? 0) + s.points.reduce((a, p) => a + p.value, 0));
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

export async function fetchLabelGroups(
  client: GroupingClient,
  params: SelectMergeStacktracesParams,
  label: string,
  limit: number,
  concurrency = 2
): Promise<LabelGroup[]> {
  const rangeSeconds = Math.max(1, Math.ceil((params.end - params.start) / 1000));
  const series = await client.selectSeries({
    profileTypeID: params.profileTypeID,
    labelSelector: params.labelSelector,
    start: params.start,
    end: params.end,
    step: rangeSeconds,
    groupBy: [label],
    aggregation: 'sum',
  });
  const ranked = rankValues(series, label);
  // Profiles without the label (value "") are not a group of their own: they fall in the rest,
  // whose `!~` matcher takes them (an absent label reads as "", as in Prometheus).
  const values = ranked.filter((v) => v !== '');
  const top = values.slice(0, limit);
  const base = parseSelector(params.labelSelector || '{}');
  const query = (selector: string) => () => client.selectMergeStacktraces({ ...params, labelSelector: selector });
  const tasks = [
    ...top.map((v) => query(printSelector([...base, literalMatcher(label, '=', v)]))),
    query(printSelector([...base, anyOfMatcher(label, top, true)])),
  ];
  const trees = await boundedAll(tasks, concurrency);
  const groups: LabelGroup[] = [];
  top.forEach((value, i) => {
    const tree = trees[i];
    if (tree && tree.total[0] > 0) {
      groups.push({ value, tree });
    }
  });
  const rest = trees[top.length];
  if (rest && rest.total[0] > 0) {
    groups.push({ others: values.length - top.length, unlabelled: ranked.includes(''), tree: rest });
  }
  return groups;
}
