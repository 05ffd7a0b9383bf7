import { CallTree } from '../../src/tree/callTree';
import type { Orientation } from '../types';

/**
 * Keyboard movement over the tree. "Up" goes towards the root in icicle orientation (root on top)
 * and away from it in flame orientation (root at the bottom), so arrows follow what is on screen.
 */
export function moveSelection(tree: CallTree, from: number, key: string, orientation: Orientation): number | undefined {
  const towardsRoot = orientation === 'icicle' ? 'ArrowUp' : 'ArrowDown';
  const awayFromRoot = orientation === 'icicle' ? 'ArrowDown' : 'ArrowUp';
  switch (key) {
    case towardsRoot:
      return tree.parent[from] >= 0 ? tree.parent[from] : from;
    case awayFromRoot: {
      // The widest child, where most of the time goes.
      let best = -1;
      for (let c = from + 1; c < tree.end[from]; c = tree.end[c]) {
        if (best < 0 || tree.total[c] > tree.total[best]) best = c;
      }
      return best >= 0 ? best : from;
    }
    case 'ArrowRight': {
      const next = tree.end[from];
      const p = tree.parent[from];
      return p >= 0 && next < tree.end[p] ? next : from;
    }
    case 'ArrowLeft': {
      const p = tree.parent[from];
      if (p < 0) return from;
      let prev = -1;
      for (let c = p + 1; c < from; c = tree.end[c]) prev = c;
      return prev >= 0 ? prev : from;
    }
    default:
      return undefined;
  }
}
