/**
 * Frames the panel asks the datasource for beyond Grafana's query(), from an interpolated query:
 * one flame graph with a patch (another selector, a call site, a node budget), and the flame
 * graph grouped by a label.
 */
import type { DataFrame } from '@grafana/data';
import type { PyroscopeClient } from '../src/pyroscope/client';
import type { TimeRangeMs } from '../src/pyroscope/types';
import type { FlameGraphPatch, LabelGrouping } from '../src/contract/datasource';
import type { FlamelensQuery } from '../src/contract/query';
import type { CallTree } from '../src/tree/callTree';
import { treeToNestedSetFrame } from '../src/frames/nestedSet';
import { fetchLabelGroups } from '../src/pyroscope/labelGroups';
import { groupedTree, groupName, restGroupName } from '../src/tree/groupTrees';
import { unitOfProfileType } from '../src/units';
import { mergeParams } from './queryFrames';

function frameOf(tree: CallTree, q: FlamelensQuery, range: TimeRangeMs, labelSelector: string): DataFrame {
  return treeToNestedSetFrame(tree, {
    unit: unitOfProfileType(q.profileTypeId),
    refId: q.refId,
    custom: { profileTypeId: q.profileTypeId, labelSelector, start: range.start, end: range.end },
  });
}

export async function flameGraphFrame(
  client: PyroscopeClient,
  q: FlamelensQuery,
  range: TimeRangeMs,
  patch: FlameGraphPatch
): Promise<DataFrame | undefined> {
  const params = {
    ...mergeParams(q, range, patch.labelSelector ?? q.labelSelector),
    ...(patch.stackTraceSelector ? { stackTraceSelector: patch.stackTraceSelector } : {}),
    ...(patch.maxNodes ? { maxNodes: patch.maxNodes } : {}),
    ...(patch.profileIdSelector ? { profileIdSelector: patch.profileIdSelector } : {}),
    ...(patch.spanSelector ? { spanSelector: patch.spanSelector } : {}),
  };
  const tree = await client.selectMergeStacktraces(params);
  return tree && frameOf(tree, q, range, params.labelSelector);
}

export async function labelGroupsFrame(
  client: PyroscopeClient,
  q: FlamelensQuery,
  range: TimeRangeMs,
  grouping: LabelGrouping
): Promise<DataFrame | undefined> {
  const params = mergeParams(q, range);
  const groups = await fetchLabelGroups(client, params, grouping.label, grouping.limit);
  if (groups.length === 0) {
    return undefined;
  }
  const named = groups.map((g) => ({
    name:
      g.value === undefined
        ? restGroupName(grouping.label, g.others ?? 0, g.unlabelled === true)
        : groupName(grouping.label, g.value),
    tree: g.tree,
  }));
  return frameOf(groupedTree(named), q, range, params.labelSelector);
}
