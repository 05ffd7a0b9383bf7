/**
 * The profile the panel shows, from its query's data: read once per result, unless something
 * replaces it (a dropped file, a subtree in full detail); the "other" nodes in view refined in
 * place; grouped by a label when one is picked; and the exact function table when the top table
 * shows a truncated profile.
 */
import { useMemo } from 'react';
import type { PanelData } from '@grafana/data';
import { hasFrameFilters } from '../../src/tree/frameFilters';
import { NODE_TRUNCATED } from '../../src/tree/callTree';
import type { FlameGraphPanelOptions } from '../types';
import { graphWidth } from '../components/panelLayout';
import { shownView } from '../components/Toolbar';
import type { ProfileData } from '../profileData';
import type { ViewStateApi } from './useViewState';
import { useProfileData } from './useProfileData';
import { useProgressiveDetail } from './useProgressiveDetail';
import { useLabelGroups } from './useLabelGroups';
import { useExactFunctions } from './useExactFunctions';
import type { Notice } from './useRemoteDetail';

const truncated = (p: ProfileData) => p.kind === 'single' && p.side.tree.flags.some((f) => (f & NODE_TRUNCATED) !== 0);

export function usePanelProfile(
  data: PanelData,
  vs: ViewStateApi,
  options: FlameGraphPanelOptions,
  width: number,
  setNotice: (n: Notice | undefined) => void
) {
  const { profile: queried, override, setOverride } = useProfileData(data.series);
  // Once per profile, not per render: a scan of every node.
  const queriedTruncated = useMemo(() => truncated(queried), [queried]);
  const view = shownView(vs.view, queried.kind === 'pair');
  const refined = useProgressiveDetail(data, queried, {
    // The top table alone lists every function exactly: nothing in view to load.
    enabled: options.progressiveDetail && !override && !vs.groupBy && view !== 'table',
    zoomPath: vs.zoomPath,
    width: graphWidth(view, width),
    fromRoot: vs.inverted,
  });
  const groups = useLabelGroups(
    data,
    refined.profile,
    { override, label: vs.groupBy, limit: options.groupLimit },
    setNotice
  );
  // The exact table is the query's whole profile: not a filtered, grouped or replaced one.
  const exactWanted =
    (view === 'table' || view === 'both') &&
    !override &&
    !vs.groupBy &&
    !hasFrameFilters(vs.filters) &&
    !options.collapseRecursion &&
    queriedTruncated;
  const exact = useExactFunctions(data, exactWanted);
  return { override, setOverride, groups, refine: refined.status, exact };
}
