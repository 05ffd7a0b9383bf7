/**
 * Horizontal layout of a call tree: each node's left edge as a share of the root, so a renderer
 * turns it into pixels with one multiply. Computed once per tree, O(n), no per-node objects.
 */
import { CallTree } from '../tree/callTree';

export interface FlameLayout {
  /** Left edge of each node in value units from the root's left edge. */
  readonly start: Float64Array;
}

export function layoutFlame(tree: CallTree): FlameLayout {
  const start = new Float64Array(tree.count);
  // cursor[p]: where p's next child starts; pre-order visits siblings left to right.
  const cursor = new Float64Array(tree.count);
  for (let i = 1; i < tree.count; i++) {
    const p = tree.parent[i];
    start[i] = cursor[p];
    cursor[p] += tree.total[i];
    cursor[i] = start[i];
  }
  return { start };
}

/** A stable colour hue (0-359) for a name, so a function keeps its colour across views. */
export function nameHue(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % 360;
}
