import React from 'react';
import type { ViewStateApi } from '../hooks/useViewState';
import type { LabelGroupsApi } from '../hooks/useLabelGroups';
import type { HiddenShare } from '../hooks/useShownTrees';
import { sourceTree } from '../frameFilterState';
import { GroupByPicker } from './GroupByPicker';
import { FrameFiltersButton } from './FrameFiltersButton';

/** The toolbar's group-by picker and frame filters. */
export function ToolbarExtras({
  vs,
  groups,
  hiddenShare,
}: {
  vs: ViewStateApi;
  groups: LabelGroupsApi;
  hiddenShare: HiddenShare;
}) {
  return (
    <>
      <GroupByPicker value={vs.groupBy} onChange={vs.setGroupBy} labels={groups.labels} onLoad={groups.loadLabels} />
      <FrameFiltersButton
        filters={vs.filters}
        onChange={vs.setFilters}
        source={sourceTree(groups.profile)}
        hiddenShare={hiddenShare}
      />
    </>
  );
}
