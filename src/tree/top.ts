/**
 * The top table: self and total per function over the whole tree.
 *
 * Recursion is counted once: a node adds its total only when no ancestor has the same name, so
 * for  total → a → b → a  the inner `a` does not add its time to `a` again.
 */
import { CallTree } from './callTree';

export interface TopRow {
  nameId: number;
  name: string;
  self: number;
  total: number;
}

export type TopSort = 'self' | 'total' | 'name';

/** Per-function self and total, root excluded, sorted by `sort` (descending values, ascending names). */
export function topTable(tree: CallTree, sort: TopSort = 'self'): TopRow[] {
  const nNames = tree.names.length;
  const self = new Float64Array(nNames);
  const total = new Float64Array(nNames);
  const seen = new Uint8Array(nNames);
  const onPath = new Int32Array(nNames);
  const path = new Int32Array(tree.maxDepth + 1);
  let depthTop = -1;
  for (let i = 1; i < tree.count; i++) {
    const d = tree.depth[i];
    // Leave the nodes on the path that are not ancestors of i.
    while (depthTop >= 0 && tree.depth[path[depthTop]] >= d) {
      onPath[tree.nameId[path[depthTop]]]--;
      depthTop--;
    }
    const id = tree.nameId[i];
    seen[id] = 1;
    self[id] += tree.self[i];
    if (onPath[id] === 0) {
      total[id] += tree.total[i];
    }
    onPath[id]++;
    path[++depthTop] = i;
  }
  const rows: TopRow[] = [];
  for (let id = 0; id < nNames; id++) {
    if (seen[id]) {
      rows.push({ nameId: id, name: tree.names[id], self: self[id], total: total[id] });
    }
  }
  if (sort === 'name') {
    rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } else {
    // Ties (many functions have no self time) fall back to first appearance, not to comparing
    // names: string comparisons dominated this sort on profiles with tens of thousands of names.
    rows.sort((a, b) => b[sort] - a[sort] || a.nameId - b.nameId);
  }
  return rows;
}
