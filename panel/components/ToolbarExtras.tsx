import React from 'react';
import type { ViewStateApi } from '../hooks/useViewState';
import type { LabelGroupsApi } from '../hooks/useLabelGroups';
import type { HiddenShare } from '../hooks/useShownTrees';
import { sourceTree } from '../frameFilterState';
import { GroupByPicker } from './GroupByPicker';
import { FrameFiltersButton } from './FrameFiltersButton';
import type { RefineStatus } from '../refiner';

/**
 * Progress of progressive detail, short (the toolbar must not wrap as it changes), with the
 * details in its title; nothing when there was nothing to load.
 */
export function refineStatusText(s: RefineStatus): { text: string; title: string } | undefined {
  const failed = s.failed ? ` Could not load some: ${s.failed}` : '';
  const nodes = (n: number) => `${n} "other" node${n === 1 ? '' : 's'}`;
  if (s.waiting > 0) {
    return {
      text: `Loading ${s.waiting} folded…`,
      title: `${nodes(s.waiting)} in view being loaded by call site, two at a time.${failed}`,
    };
  }
  const notLoaded = s.overBudget + s.stuck;
  if (notLoaded > 0) {
    const why = [
      s.overBudget > 0 ? `${s.overBudget} beyond the 16 loads a view may make (zoom in to load them)` : '',
      s.stuck > 0
        ? `${s.stuck} still folded at the largest node limit, or whose request failed (the node menu's "Load the folded stacks in full detail" shows one alone)`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      text: `${notLoaded} left folded`,
      title: `${nodes(notLoaded)} in view left folded: ${why}.${failed}`,
    };
  }
  if (s.answered > 0 || failed) {
    return {
      text: `Folded frames loaded (${s.answered})`,
      title: `Every "other" node at least 8 px wide in this view was loaded by its call site (${s.answered} request${s.answered === 1 ? '' : 's'}).${failed}`,
    };
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
        <span
          data-testid="flamelens-refine"
          role="status"
          title={refineText.title}
          style={{ fontSize: 12, opacity: 0.8 }}
        >
          {refineText.text}
        </span>
      )}
    </>
  );
}
