/**
 * A tree without its empty nodes: one side of a diff laid out on both sides' paths holds the other
 * side's paths at zero; drawn alone, those would be rows of "0 ns". A node with no time has none
 * below it, so whole subtrees drop and the rest keeps its pre-order: one pass, no lookups.
 */
import { treeArrays, type CallTree } from './callTree';

export function withoutEmpty(tree: CallTree): CallTree {
  const n = tree.count;
  // kept[i]: how many kept nodes come before i (its new index when kept).
  const before = new Int32Array(n + 1);
  let empty = 0;
  for (let i = 0; i < n; i++) {
    const keep = i === 0 || tree.total[i] > 0;
    empty += keep ? 0 : 1;
    before[i + 1] = before[i] + (keep ? 1 : 0);
  }
  if (empty === 0) {
    return tree;
  }
  const size = before[n];
  const { nameId, parent, depth, end, self, total, flags } = treeArrays(size);
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    if (i !== 0 && !(tree.total[i] > 0)) {
      continue;
    }
    const k = before[i];
    nameId[k] = tree.nameId[i];
    parent[k] = i === 0 ? -1 : before[tree.parent[i]];
    depth[k] = tree.depth[i];
    end[k] = before[tree.end[i]];
    self[k] = tree.self[i];
    total[k] = tree.total[i];
    flags[k] = tree.flags[i];
    maxDepth = Math.max(maxDepth, depth[k]);
  }
  return { ...tree, count: size, nameId, parent, depth, end, self, total, flags, maxDepth };
}
