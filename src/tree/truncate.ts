/**
 * Truncation to a node budget, as Pyroscope does it: keep the nodes with the largest totals; under
 * each kept parent, the children too small to keep are folded into one "other" node (marked
 * truncated) that carries their combined total, so every total is kept.
 *
 *   total 100 → a 60, b 30, c 6, d 4      maxNodes 3   →   total 100 → a 60, b 30, other 10
 *
 * The budget counts kept nodes; the "other" nodes come on top (at most one per kept parent), as in
 * Pyroscope's flame graph model.
 */
import { CallTree, NameTable, OTHER_NAME, TreeBuilder } from './callTree';

/** The k-th largest value of `values` (1-based k), by sorting a copy: O(n log n). */
function kthLargest(values: Float64Array, k: number): number {
  const copy = Float64Array.from(values).sort();
  return copy[copy.length - k];
}

export function truncateTree(tree: CallTree, maxNodes: number): CallTree {
  if (maxNodes <= 0 || tree.count - 1 <= maxNodes) {
    return tree;
  }
  // Threshold: the maxNodes-th largest total among non-root nodes. Ties at the threshold may
  // keep a few more nodes, never fewer.
  const threshold = kthLargest(tree.total.subarray(1), maxNodes);
  const table = new NameTable(['total']);
  const nameMap = Int32Array.from(tree.names, (n) => table.intern(n));
  const otherId = table.intern(OTHER_NAME);
  const builder = new TreeBuilder('total', table, maxNodes * 2 + 1);
  builder.addSelf(0, tree.self[0]);
  const map = new Int32Array(tree.count).fill(-1);
  map[0] = 0;
  let kept = 0;
  for (let i = 1; i < tree.count; i++) {
    const p = map[tree.parent[i]];
    if (p < 0) {
      // Inside a folded subtree: already counted in its "other".
      i = tree.end[i] - 1;
      continue;
    }
    if (tree.total[i] >= threshold && kept < maxNodes) {
      const n = builder.child(p, nameMap[tree.nameId[i]]);
      map[i] = n;
      builder.addSelf(n, tree.self[i]);
      kept++;
    } else {
      const other = builder.child(p, otherId);
      builder.addSelf(other, tree.total[i]);
      builder.markTruncated(other);
      i = tree.end[i] - 1;
    }
  }
  return builder.build();
}
