import React from 'react';
import type { ViewStateApi } from '../hooks/useViewState';
import type { LabelGroupsApi } from '../hooks/useLabelGroups';
import type { HiddenShare } from '../hooks/useShownTrees';
import { sourceTree } from '../frameFilterState';
import { GroupByPicker } from './GroupByPicker';
import { FrameFiltersButton } from './FrameFiltersButton';
import type { RefineStatus } from '../refiner';

/** Progress of progressive detail in a few words; nothing once there was nothing to do. */
export function refineStatusText(s: RefineStatus): string | undefined {
  const failed = s.failed ? ` Could not load some: ${s.failed}` : '';
  if (s.waiting > 0) {
    return `Loading truncated frames in view: ${s.waiting} call site${s.waiting === 1 ? '' : 's'} left…${failed}`;
  }
  if (s.overBudget > 0) {
    return `${s.overBudget} truncated node${s.overBudget === 1 ? '' : 's'} in view left folded (16 loads per view; zoom in to load more).${failed}`;
  }
  if (s.answered > 0 || failed) {
    return `Truncated frames in view loaded (${s.answered} call site${s.answered === 1 ? '' : 's'}).${failed}`;
  }
  return undefined;
}

/** The toolbar's group-by picker and frame filters. */
export function ToolbarExtras({
  vs,
  groups,
  hiddenShare,
  refine,
}: {
  vs: ViewStateApi;
  groups: LabelGroupsApi;
  hiddenShare: HiddenShare;
  refine?: RefineStatus;
}) {
  const refineText = refine && refineStatusText(refine);
  return (
    <>
      <GroupByPicker value={vs.groupBy} onChange={vs.setGroupBy} labels={groups.labels} onLoad={groups.loadLabels} />
      <FrameFiltersButton
        filters={vs.filters}
        onChange={vs.setFilters}
        source={sourceTree(groups.profile)}
        hiddenShare={hiddenShare}
      />
      {refineText && (
        <span data-testid="flamelens-refine" role="status" title={refineText} style={{ fontSize: 12, opacity: 0.8 }}>
          {refineText}
        </span>
      )}
    </>
  );
}
