/**
 * Fetches the panel makes of its datasource after the query: a truncated subtree in full detail,
 * and a comparison side over another range. Each drops a stale answer — one that arrives after a
 * newer request of the same kind, or after the query's data changed — rather than overwrite what
 * the user asked for since.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PanelData } from '@grafana/data';
import { nestedSetFrameToTree } from '../../src/frames/nestedSet';
import type { SideRole } from '../../src/contract/frames';
import type { TimeRangeMs } from '../../src/pyroscope/types';
import type { CallTree } from '../../src/tree/callTree';
import type { Override } from '../droppedFile';
import type { ProfileData } from '../profileData';
import { profilesSource } from '../profilesDatasource';
import { useLatestOnly } from './useLatestOnly';

/**
 * Node budget for a subtree loaded in full detail: the query's own budget (16,384 by default) was
 * spent on the whole profile; a subtree gets this one to itself. The panel draws it easily.
 */
export const DETAIL_MAX_NODES = 65_536;

export interface Notice {
  text: string;
  severity: 'error' | 'info';
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Loads the stacks under a call site (frames from the root) unfolded; the answer replaces the data. */
export function useDetailFetch(
  data: PanelData,
  setOverride: (override: Override) => void,
  setZoomPath: (path: string[]) => void,
  setNotice: (n: Notice | undefined) => void
): (callSite: string[]) => Promise<void> {
  const onLoaded = useCallback(
    (o: Override, path: string[]) => {
      setOverride(o);
      setZoomPath(path);
    },
    [setOverride, setZoomPath]
  );
  const guard = useLatestOnly();
  useEffect(() => guard.invalidate(), [data.series, guard]);
  return useCallback(
    async (callSite: string[]) => {
      const ticket = guard.take();
      const src = await profilesSource(data);
      if (!guard.isCurrent(ticket)) {
        return;
      }
      if (!src) {
        setNotice({
          text: 'Only the Flamelens datasource can load a folded subtree in full detail.',
          severity: 'info',
        });
        return;
      }
      const where = callSite[callSite.length - 1] ?? 'the root';
      setNotice({ text: `Loading the stacks under ${where} in full detail…`, severity: 'info' });
      try {
        const frame = await src.fetchFlameGraph(src.range, {
          stackTraceSelector: callSite,
          maxNodes: DETAIL_MAX_NODES,
        });
        if (!guard.isCurrent(ticket)) {
          return;
        }
        if (!frame) {
          setNotice({ text: 'The datasource returned no stacks for that subtree.', severity: 'error' });
          return;
        }
        const decoded = nestedSetFrameToTree(frame);
        const detail: ProfileData = { kind: 'single', side: { tree: decoded.tree }, unit: decoded.unit };
        setNotice(undefined);
        onLoaded({ label: `full detail under ${callSite.join(' › ') || 'the root'}`, data: detail }, callSite);
      } catch (e) {
        if (guard.isCurrent(ticket)) {
          setNotice({ text: `Could not load the full detail: ${message(e)}`, severity: 'error' });
        }
      }
    },
    [data, guard, onLoaded, setNotice]
  );
}

/** A comparison side fetched again for another range (its timeline's selection). */
export type Retarget =
  | { loading: true; range: TimeRangeMs }
  | { error: string; range: TimeRangeMs }
  | { tree: CallTree; range: TimeRangeMs };

export type Retargets = Partial<Record<SideRole, Retarget>>;

/** Per-side range changes of a comparison; forgotten when the query's data changes. */
export function useRetarget(
  data: PanelData,
  profile: ProfileData
): { retargets: Retargets; retargetSide: (role: SideRole, range: TimeRangeMs) => Promise<void> } {
  const [retargets, setRetargets] = useState<Retargets>({});
  const baseline = useLatestOnly();
  const comparison = useLatestOnly();
  useEffect(() => {
    baseline.invalidate();
    comparison.invalidate();
    setRetargets({});
  }, [data.series, baseline, comparison]);

  const retargetSide = useCallback(
    async (role: SideRole, range: TimeRangeMs) => {
      if (profile.kind !== 'pair') {
        return;
      }
      const guard = role === 'baseline' ? baseline : comparison;
      const ticket = guard.take();
      const src = await profilesSource(data);
      if (!src || !guard.isCurrent(ticket)) {
        return;
      }
      const side = role === 'baseline' ? profile.baseline : profile.comparison;
      const set = (r: Retarget) => guard.isCurrent(ticket) && setRetargets((all) => ({ ...all, [role]: r }));
      set({ loading: true, range });
      try {
        const frame = await src.fetchFlameGraph(range, { labelSelector: side.selector });
        set(frame ? { tree: nestedSetFrameToTree(frame).tree, range } : { error: 'no profiles in that range', range });
      } catch (e) {
        set({ error: message(e), range });
      }
    },
    [profile, data, baseline, comparison]
  );
  return { retargets, retargetSide };
}
