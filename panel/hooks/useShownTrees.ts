/**
 * The trees the panel draws, derived from its data: hidden frames and collapsed recursion applied,
 * and two profiles aligned into one diff layout (each side swapped for its retargeted range when
 * the user picked one on its timeline). Recomputed only when one of those inputs changes.
 */
import { useMemo } from 'react';
import { transformTree, type TreeTransforms } from '../../src/tree/transform';
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
  /** A transform that could not apply (an invalid hide pattern). */
  error?: string;
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

export function useShownTrees(
  profile: ProfileData,
  transforms: TreeTransforms,
  retargets: Retargets
): ShownTrees | undefined {
  const engine = useRegexEngine(transforms.hidePattern.trim() !== '');
  return useMemo(() => {
    if (profile.kind === 'none') {
      return undefined;
    }
    if (profile.kind === 'single') {
      const t = transformTree(profile.side.tree, transforms, engine);
      return { tree: t.tree, error: t.error, upright: t.upright && { tree: t.upright } };
    }
    const sideTree = (role: SideRole, side: Side) => {
      const r = retargets[role];
      return r && 'tree' in r ? r.tree : side.tree;
    };
    const l = transformTree(sideTree('baseline', profile.baseline), transforms, engine);
    const r = transformTree(sideTree('comparison', profile.comparison), transforms, engine);
    const diff = diffView(l.tree, r.tree);
    if (l.upright && r.upright) {
      const uprightDiff = diffView(l.upright, r.upright);
      const bottomUp = { ...diff.combined, bottomUp: true };
      return { tree: bottomUp, error: l.error, diff, upright: { tree: uprightDiff.combined, diff: uprightDiff } };
    }
    return { tree: diff.combined, error: l.error, diff };
  }, [profile, transforms, retargets, engine]);
}
