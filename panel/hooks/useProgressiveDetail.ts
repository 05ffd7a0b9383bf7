/**
 * Progressive detail for the query's profile (src/tree/refine.ts, ../refiner.ts): the "other"
 * nodes visible in the flame graph are replaced in place by the frames the node budget folded,
 * fetched per call site, as the view changes. Only for one profile of a Flamelens datasource that
 * nothing replaces; a new query result starts over.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PanelData } from '@grafana/data';
import { nestedSetFrameToTree } from '../../src/frames/nestedSet';
import type { CallTree } from '../../src/tree/callTree';
import type { ProfileData } from '../profileData';
import { profilesSource, type ProfilesSource } from '../profilesDatasource';
import { Refiner, type RefineStatus } from '../refiner';

export interface RefineView {
  enabled: boolean;
  /** The zoom of the upright graph (frames from the root); ignored when `fromRoot`. */
  zoomPath: readonly string[];
  /** The flame graph's width, CSS px. */
  width: number;
  /** Measure widths from the root (an inverted graph's zoom names callers, not call sites). */
  fromRoot: boolean;
}

export interface ProgressiveDetail {
  profile: ProfileData;
  status?: RefineStatus;
}

export function useProgressiveDetail(data: PanelData, profile: ProfileData, view: RefineView): ProgressiveDetail {
  const base = view.enabled && profile.kind === 'single' ? profile.side.tree : undefined;
  const [src, setSrc] = useState<ProfilesSource>();
  useEffect(() => {
    let live = true;
    setSrc(undefined);
    void profilesSource(data).then((s) => live && s && setSrc(s));
    return () => {
      live = false;
    };
  }, [data]);

  const [answers, setAnswers] = useState(0);
  const [grafted, setGrafted] = useState<{ base: CallTree; tree: CallTree }>();
  const refiner = useMemo(() => {
    if (!base || !src) {
      return undefined;
    }
    const fetch = async (path: string[], signal: AbortSignal, maxNodes: number) => {
      const frame = await src.fetchFlameGraph(src.range, { stackTraceSelector: path, signal, maxNodes });
      return frame && nestedSetFrameToTree(frame).tree;
    };
    return new Refiner(fetch, src.maxNodes, base, (refined) => {
      setGrafted({ base, tree: refined });
      setAnswers((n) => n + 1);
    });
  }, [base, src]);
  const tree = base && grafted?.base === base ? grafted.tree : base;
  const [status, setStatus] = useState<RefineStatus>();
  useEffect(() => {
    setStatus(undefined);
    return () => refiner?.cancel();
  }, [refiner]);

  const zoomKey = view.fromRoot ? '' : JSON.stringify(view.zoomPath);
  const { width } = view;
  useEffect(() => {
    if (!refiner) {
      return;
    }
    const zoomPath = zoomKey ? (JSON.parse(zoomKey) as string[]) : [];
    const planned = refiner.plan(zoomPath, width, `${zoomKey}|${width}`);
    setStatus((prev) => {
      // A failure stays said until the profile changes, not only until the next answer.
      const next = { ...planned, failed: planned.failed ?? prev?.failed };
      // The same status keeps its object: nothing downstream renders again for it.
      return prev && sameStatus(prev, next) ? prev : next;
    });
  }, [refiner, zoomKey, width, answers]);

  const shown = useMemo<ProfileData>(
    () =>
      profile.kind === 'single' && tree && tree !== base ? { ...profile, side: { ...profile.side, tree } } : profile,
    [profile, tree, base]
  );
  return { profile: shown, status: refiner ? status : undefined };
}

function sameStatus(a: RefineStatus, b: RefineStatus): boolean {
  return (
    a.answered === b.answered &&
    a.waiting === b.waiting &&
    a.overBudget === b.overBudget &&
    a.stuck === b.stuck &&
    a.failed === b.failed &&
    a.marked.length === b.marked.length &&
    a.marked.every((n, i) => n === b.marked[i])
  );
}
