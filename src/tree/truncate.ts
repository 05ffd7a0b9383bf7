/**
 * Truncation to a node budget, by Pyroscope's rule (`pkg/model/flamegraph.go`, `NewFlameGraph`
 * and `Tree.minValue`): the threshold `minValue` is the `maxNodes`-th largest total in the tree;
 * every node whose total is ≥ minValue is kept — ties included, so the answer can hold more than
 * `maxNodes` nodes — and under each kept parent the rest of its children (and any child literally
 * named "other") are folded into one "other" node, marked truncated, whose self is their combined
 * total. Every total is kept.
 *
 *   total 100 → a 60, b 30, c 6, d 4          maxNodes 2 (minValue 30)   →   a 60, b 30, other 10
 *   total 100 → a 40, b 40, c 10, d 10        maxNodes 3 (minValue 10)   →   a, b, c, d (ties kept)
 *
 * There is no pre-order budget: a budget spent in tree order (keep while kept < maxNodes) lets the
 * first subtrees' tiny nodes use it up, so on a profile with tens of thousands of one-sample
 * functions the heaviest path is cut after a few frames and most of the total lands in "other".
 */
import { CallTree, NameTable, OTHER_NAME, TreeBuilder } from './callTree';

/** The k-th largest value of `values` (1-based k), by sorting a copy: O(n log n). */
function kthLargest(values: Float64Array, k: number): number {
  const copy = Float64Array.from(values).sort();
  return copy[copy.length - k];
}

/**
 * Pyroscope's `minValue`: the smallest total a node may have and be kept, or 0 when the tree
 * (root excluded) fits in `maxNodes`, or when `maxNodes` < 1 (no limit).
 */
export function truncationThreshold(tree: CallTree, maxNodes: number): number {
  if (maxNodes < 1 || tree.count - 1 <= maxNodes) {
    return 0;
  }
  return kthLargest(tree.total.subarray(1), maxNodes);
}

export function truncateTree(tree: CallTree, maxNodes: number): CallTree {
  const minValue = truncationThreshold(tree, maxNodes);
  const otherIn = tree.names.indexOf(OTHER_NAME);
  if (minValue === 0 && (maxNodes < 1 || otherIn < 0 || !tree.nameId.includes(otherIn))) {
    return tree;
  }
  // Only the names of kept nodes, as Pyroscope's answer lists them: a profile of 60,000 functions
  // cut to a few thousand nodes must not carry every name.
  const table = new NameTable(['total']);
  const nameMap = new Int32Array(tree.names.length).fill(-1);
  const nameOf = (id: number) => (nameMap[id] >= 0 ? nameMap[id] : (nameMap[id] = table.intern(tree.names[id])));
  let otherId = -1;
  const builder = new TreeBuilder('total', table, Math.min(tree.count, maxNodes * 2 + 1));
  builder.addSelf(0, tree.self[0]);
  // map[i]: the node of the answer that original node i became, or -1 when folded.
  const map = new Int32Array(tree.count).fill(-1);
  map[0] = 0;
  for (let i = 1; i < tree.count; i++) {
    const p = map[tree.parent[i]];
    if (p < 0) {
      // Inside a folded subtree: already counted in its "other".
      i = tree.end[i] - 1;
      continue;
    }
    if (tree.total[i] >= minValue && tree.nameId[i] !== otherIn) {
      const n = builder.child(p, nameOf(tree.nameId[i]));
      map[i] = n;
      builder.addSelf(n, tree.self[i]);
    } else if (tree.total[i] !== 0) {
      // Pyroscope adds no "other" for folded children that sum to nothing.
      otherId = otherId >= 0 ? otherId : table.intern(OTHER_NAME);
      const other = builder.child(p, otherId);
      builder.addSelf(other, tree.total[i]);
      builder.markTruncated(other);
      i = tree.end[i] - 1;
    } else {
      i = tree.end[i] - 1;
    }
  }
  return builder.build();
}
