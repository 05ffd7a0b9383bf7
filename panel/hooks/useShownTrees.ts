/**
 * The trees the panel draws, derived from its data: hidden frames and collapsed recursion applied,
 * and two profiles aligned into one diff layout (each side swapped for its retargeted range when
 * the user picked one on its timeline). Recomputed only when one of those inputs changes.
 */
import { useMemo } from 'react';
import { transformTree, type TransformedTree, type TreeTransforms } from '../../src/tree/transform';
import { parseMatch } from '../../src/tree/frameFilters';
import { withoutEmpty } from '../../src/tree/prune';
import type { DiffSide } from '../viewState';
import { diffView, type DiffView } from '../../src/tree/diffView';
import type { CallTree } from '../../src/tree/callTree';
import type { SideRole } from '../../src/contract/frames';
import type { ProfileData, Side } from '../profileData';
import type { Retargets } from './useRemoteDetail';
import { useRegexEngine } from '../../plugin-runtime/useRegexEngine';

export interface ShownTrees {
  /** The tree drawn (for two profiles: both sides combined on one layout). */
  tree: CallTree;
  /** Set for two profiles. */
  diff?: DiffView;
  /** A transform that could not apply (an invalid filter pattern). */
  error?: string;
  /** What the filters hid, as shares of the total. */
  hiddenShare: HiddenShare;
  /**
   * When `tree` is inverted: the same profile upright (and a pair's sides upright), where a
   * function's self time and its callers are read (top table, sandwich, callers).
   */
  upright?: Upright;
}

export interface Upright {
  tree: CallTree;
  diff?: DiffView;
}

/** Shares (0..1) of the total: in stacks through hidden frames, and in those frames themselves. */
export interface HiddenShare {
  through: number;
  own: number;
}

const share = (ts: TransformedTree[], of: CallTree[]): HiddenShare => {
  const total = of.reduce((a, t) => a + t.total[0], 0);
  const sum = (f: (t: TransformedTree) => number) => (total > 0 ? ts.reduce((a, t) => a + f(t), 0) / total : 0);
  return { through: sum((t) => t.hiddenThrough), own: sum((t) => t.hiddenSelf) };
};
const errorOf = (t: TransformedTree) => (t.errors.length > 0 ? t.errors.join(' ') : undefined);

/** A diff's tree, or — `side` set — one of its sides alone. */
export function useShownTrees(
  profile: ProfileData,
  transforms: TreeTransforms,
  retargets: Retargets,
  side?: DiffSide
): ShownTrees | undefined {
  const { filters: f, collapseRecursion, inverted, protectedNames } = transforms;
  // A new object each render from the panel: memoised on what it holds.
  const t = useMemo(
    () => ({ filters: f, collapseRecursion, inverted, protectedNames }),
    [f, collapseRecursion, inverted, protectedNames]
  );
  const engine = useRegexEngine(
    f.presets.length > 0 || [...f.hide, ...f.keep].some((m) => parseMatch(m).kind === 'regex')
  );
  return useMemo(() => {
    if (profile.kind === 'none') {
      return undefined;
    }
    const single = (input: CallTree) => {
      const out = transformTree(input, t, engine);
      return {
        tree: out.tree,
        error: errorOf(out),
        hiddenShare: share([out], [input]),
        upright: out.upright && { tree: out.upright },
      };
    };
    if (profile.kind === 'single') {
      return single(profile.side.tree);
    }
    const sideTree = (role: SideRole, s: Side) => {
      const r = retargets[role];
      return r && 'tree' in r ? r.tree : s.tree;
    };
    if (side) {
      // A diff frame lays both sides on one layout: the other side's paths are empty here.
      return single(withoutEmpty(sideTree(side, side === 'baseline' ? profile.baseline : profile.comparison)));
    }
    const left = sideTree('baseline', profile.baseline);
    const right = sideTree('comparison', profile.comparison);
    const l = transformTree(left, t, engine);
    const r = transformTree(right, t, engine);
    const diff = diffView(l.tree, r.tree);
    // Of both sides together, as the diff draws them.
    const hiddenShare = share([l, r], [left, right]);
    const base = { error: errorOf(l), hiddenShare, diff };
    if (l.upright && r.upright) {
      const uprightDiff = diffView(l.upright, r.upright);
      const bottomUp = { ...diff.combined, bottomUp: true };
      return { ...base, tree: bottomUp, upright: { tree: uprightDiff.combined, diff: uprightDiff } };
    }
    return { ...base, tree: diff.combined };
  }, [profile, t, retargets, engine, side]);
}
