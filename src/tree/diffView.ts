/**
 * A diff as the panel draws it: two sides on one layout (same node indexes), each node's change in
 * share of its side's total — a relative change clamped to ±100% (added → +100%, removed → −100%),
 * share-normalised so a longer or busier comparison window does not colour everything as grown —
 * and one tree as wide as both sides together to draw. Colours for the changes: diffColor in
 * ../layout/colors.
 *
 *   baseline  main 10 → a 5, b 5          comparison  main 10 → a 9, c 1
 *   aligned   main → a, b, c              change      a +80%, b −100% (removed), c +100% (added)
 */
import { CallTree } from './callTree';
import { diffTrees } from './diff';

/** Relative change of each node's share, in [-1, 1]. */
export function shareChanges(left: CallTree, right: CallTree): Float32Array {
  const out = new Float32Array(left.count);
  const lt = left.total[0] || 1;
  const rt = right.total[0] || 1;
  for (let i = 0; i < left.count; i++) {
    const l = left.total[i] / lt;
    const r = right.total[i] / rt;
    out[i] = l === 0 ? (r === 0 ? 0 : 1) : Math.max(-1, Math.min(1, (r - l) / l));
  }
  return out;
}

/** The tree drawn for a diff: each node as wide as both sides together, as Grafana draws diffs. */
export function combinedTree(left: CallTree, right: CallTree): CallTree {
  const total = new Float64Array(left.count);
  const self = new Float64Array(left.count);
  for (let i = 0; i < left.count; i++) {
    total[i] = left.total[i] + right.total[i];
    self[i] = left.self[i] + right.self[i];
  }
  return { ...left, total, self };
}

/** Two sides on one layout (same node indexes), each node's change in share, and the drawn tree. */
export interface DiffView {
  left: CallTree;
  right: CallTree;
  change: Float32Array;
  /** Each node as wide as both sides together. */
  combined: CallTree;
}

export function diffView(baseline: CallTree, comparison: CallTree): DiffView {
  // A diff frame's two sides share one structure already (same name and parent columns): aligning
  // them again would rebuild a million-node diff for nothing.
  const aligned = baseline.nameId === comparison.nameId && baseline.parent === comparison.parent;
  const { left, right } = aligned ? { left: baseline, right: comparison } : diffTrees(baseline, comparison);
  return { left, right, change: shareChanges(left, right), combined: combinedTree(left, right) };
}

/**
 * A node's change between the sides, in words a reader can check against the two shares: the share
 * change in percentage points, and relative to the baseline share — never clamped.
 *
 *   27.74% → 66.29%   →   "+38.55 pp (+139%)"        0% → 3%  →  "added (+3.00 pp)"
 */
export function describeShareChange(left: CallTree, right: CallTree, node: number): string {
  return describeShareDelta(left.total[node], left.total[0], right.total[node], right.total[0]);
}

/** The same words for any value of each side out of that side's total (a function's self, say). */
export function describeShareDelta(leftValue: number, leftTotal: number, rightValue: number, rightTotal: number) {
  const l = (leftValue / (leftTotal || 1)) * 100;
  const r = (rightValue / (rightTotal || 1)) * 100;
  const pp = `${r - l >= 0 ? '+' : '−'}${Math.abs(r - l).toFixed(2)} pp`;
  if (leftValue === 0) {
    return rightValue === 0 ? 'absent from both' : `added (${pp})`;
  }
  if (rightValue === 0) {
    return `removed (${pp})`;
  }
  const relative = ((r - l) / l) * 100;
  const rel = `${relative >= 0 ? '+' : '−'}${Math.abs(relative).toFixed(Math.abs(relative) < 10 ? 1 : 0)}%`;
  return `${pp} (${rel})`;
}

/**
 * How a diff is coloured: by the change of each node's share of its side's total (a longer or
 * busier comparison window does not colour everything as grown), or by the change of its absolute
 * value (what users comparing equal windows expect: a frame with the same time on both sides is
 * neutral however the totals moved).
 */
export type DiffColoring = 'share' | 'absolute';

/** Relative change of each node's absolute value, in [-1, 1] (added → +1, removed → −1). */
export function absoluteChanges(left: CallTree, right: CallTree): Float32Array {
  const out = new Float32Array(left.count);
  for (let i = 0; i < left.count; i++) {
    const l = left.total[i];
    const r = right.total[i];
    out[i] = l === 0 ? (r === 0 ? 0 : 1) : Math.max(-1, Math.min(1, (r - l) / l));
  }
  return out;
}

/** Whether a node exists on one side only: 'added' (comparison only) or 'removed' (baseline only). */
export function presence(diff: Pick<DiffView, 'left' | 'right'>, node: number): 'added' | 'removed' | undefined {
  const l = diff.left.total[node];
  const r = diff.right.total[node];
  return l === 0 && r > 0 ? 'added' : r === 0 && l > 0 ? 'removed' : undefined;
}

export interface VanishedStack {
  node: number;
  /** Frames from the root to the node. */
  path: string[];
  /** Its baseline value, and that value's share of the baseline total. */
  value: number;
  share: number;
}

/**
 * The stacks of the baseline that are gone from the comparison: each removed subtree once, at its
 * top (a removed node whose caller is still there), largest first, at most `limit` of them, and how
 * many there are in all.
 */
export function vanishedStacks(diff: Pick<DiffView, 'left' | 'right'>, limit: number) {
  const { left, right } = diff;
  const tops: number[] = [];
  for (let i = 1; i < left.count; i++) {
    if (right.total[i] === 0 && left.total[i] > 0 && right.total[left.parent[i]] > 0) {
      tops.push(i);
    }
  }
  tops.sort((a, b) => left.total[b] - left.total[a] || a - b);
  const lt = left.total[0] || 1;
  const stacks: VanishedStack[] = tops.slice(0, limit).map((node) => {
    const path: string[] = [];
    for (let a = node; a > 0; a = left.parent[a]) {
      path.push(left.names[left.nameId[a]]);
    }
    return { node, path: path.reverse(), value: left.total[node], share: left.total[node] / lt };
  });
  return { stacks, count: tops.length };
}

/**
 * A node's change in value, in the profile's unit, with its relative size — what the absolute
 * colouring shows.   400 ms → 550 ms  →  "+150 ms (+38%)"      0 → 3 ms  →  "added (+3 ms)"
 */
export function describeValueChange(left: number, right: number, format: (v: number) => string): string {
  const sign = right - left >= 0 ? '+' : '−';
  const delta = `${sign}${format(Math.abs(right - left))}`;
  if (left === 0) {
    return right === 0 ? 'absent from both' : `added (${delta})`;
  }
  if (right === 0) {
    return `removed (${delta})`;
  }
  if (left === right) {
    return 'unchanged';
  }
  const relative = ((right - left) / left) * 100;
  return `${delta} (${sign}${Math.abs(relative).toFixed(Math.abs(relative) < 10 ? 1 : 0)}%)`;
}
