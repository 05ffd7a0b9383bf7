/**
 * The top table: self and total per function over the whole tree, and for two profiles each
 * function's self on both sides with its change in share.
 *
 * Nodes the node limit folded into "other" are not functions: they are left out of the rows and
 * summed apart (truncationSummary). Recursion is counted once: a node adds its total only when no ancestor has the same name, so
 * for  total → a → b → a  the inner `a` does not add its time to `a` again.
 */
import { CallTree, NODE_TRUNCATED } from './callTree';
import type { FunctionTable } from '../pprof/functionTable';

export interface TopRow {
  /** The function's name id in the shown tree; negative when the tree does not have it. */
  nameId: number;
  name: string;
  self: number;
  total: number;
  /** First appearance, for a stable order among equal values. */
  order: number;
}

export type TopSort = 'self' | 'total' | 'name';

/** Per name id: self, total (recursion once) and whether any node carries the name. */
interface FunctionSums {
  self: Float64Array;
  total: Float64Array;
  seen: Uint8Array;
}

function functionSums(tree: CallTree): FunctionSums {
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
    // An "other" the node limit folded is not a function: never a row (a real function named
    // "other" still is one).
    if ((tree.flags[i] & NODE_TRUNCATED) === 0) {
      seen[id] = 1;
      self[id] += tree.self[i];
      if (onPath[id] === 0) {
        total[id] += tree.total[i];
      }
    }
    onPath[id]++;
    path[++depthTop] = i;
  }
  return { self, total, seen };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Per-function self and total, root excluded, sorted by `sort` (descending values, ascending names). */
export function topTable(tree: CallTree, sort: TopSort = 'self'): TopRow[] {
  const { self, total, seen } = functionSums(tree);
  const rows: TopRow[] = [];
  for (let id = 0; id < seen.length; id++) {
    if (seen[id]) {
      rows.push({ nameId: id, name: tree.names[id], self: self[id], total: total[id], order: id });
    }
  }
  return sortTopRows(rows, sort);
}

function sortTopRows(rows: TopRow[], sort: TopSort): TopRow[] {
  if (sort === 'name') {
    rows.sort(byName);
  } else {
    // Ties (many functions have no self time) fall back to first appearance, not to comparing
    // names: string comparisons dominated this sort on profiles with tens of thousands of names.
    rows.sort((a, b) => b[sort] - a[sort] || a.order - b.order);
  }
  return rows;
}

/**
 * Rows of an exact function table (every function of the profile, see src/pprof/functionTable),
 * named by the shown tree's name ids where the tree has the function, so hovering a row lights
 * its nodes; a function the truncated tree lacks gets a negative id of its own.
 */
export function exactTopRows(table: FunctionTable, tree: CallTree | undefined, sort: TopSort = 'self'): TopRow[] {
  // Only names some node carries: a truncated tree's name table still lists the folded ones.
  const idInTree = new Map<string, number>();
  for (let i = 1; tree && i < tree.count; i++) {
    if ((tree.flags[i] & NODE_TRUNCATED) === 0) {
      idInTree.set(tree.names[tree.nameId[i]], tree.nameId[i]);
    }
  }
  const rows: TopRow[] = [];
  for (let i = 0; i < table.names.length; i++) {
    if (table.total[i] === 0 && table.self[i] === 0) {
      continue;
    }
    const name = table.names[i];
    rows.push({ nameId: idInTree.get(name) ?? -1 - i, name, self: table.self[i], total: table.total[i], order: i });
  }
  return sortTopRows(rows, sort);
}

export interface DiffTopRow {
  nameId: number;
  name: string;
  /** Self on each side, in the profile's unit. */
  leftSelf: number;
  rightSelf: number;
  /** Self as a share of its side's total, 0..1. */
  leftShare: number;
  rightShare: number;
  /** rightShare − leftShare: what a comparison over a longer or busier window cannot inflate. */
  change: number;
}

/** 'change' orders by the size of the change, grown or shrunk alike. */
export type DiffTopSort = 'change' | 'baseline' | 'comparison' | 'name';

/**
 * One row per function of either side, for two trees on one layout (same names and node indexes,
 * as diffView aligns them), sorted by `sort`: values largest first, names A→Z.
 */
export function diffTopTable(left: CallTree, right: CallTree, sort: DiffTopSort = 'change'): DiffTopRow[] {
  const l = functionSums(left);
  const r = functionSums(right);
  const lt = left.total[0] || 1;
  const rt = right.total[0] || 1;
  const rows: DiffTopRow[] = [];
  for (let id = 0; id < l.seen.length; id++) {
    // A name on the shared layout can have no value on either side (a path the other side holds).
    if ((l.seen[id] || r.seen[id]) && (l.total[id] !== 0 || r.total[id] !== 0)) {
      const leftShare = l.self[id] / lt;
      const rightShare = r.self[id] / rt;
      rows.push({
        nameId: id,
        name: left.names[id],
        leftSelf: l.self[id],
        rightSelf: r.self[id],
        leftShare,
        rightShare,
        change: rightShare - leftShare,
      });
    }
  }
  const key: Record<Exclude<DiffTopSort, 'name'>, (row: DiffTopRow) => number> = {
    change: (row) => Math.abs(row.change),
    baseline: (row) => row.leftSelf,
    comparison: (row) => row.rightSelf,
  };
  if (sort === 'name') {
    rows.sort(byName);
  } else {
    const k = key[sort];
    rows.sort((a, b) => k(b) - k(a) || a.nameId - b.nameId);
  }
  return rows;
}

export interface TruncationSummary {
  /** Share (0..1) of the total in nodes the node limit folded. */
  share: number;
  /** The smallest total of a frame shown: everything folded was below it. */
  minShown: number;
}

/** What the node limit folded away, or undefined when nothing was. */
export function truncationSummary(tree: CallTree): TruncationSummary | undefined {
  let folded = 0;
  let minShown = Infinity;
  for (let i = 1; i < tree.count; i++) {
    if ((tree.flags[i] & NODE_TRUNCATED) !== 0) {
      folded += tree.total[i];
    } else if (tree.total[i] > 0 && tree.total[i] < minShown) {
      minShown = tree.total[i];
    }
  }
  if (folded === 0) {
    return undefined;
  }
  return { share: tree.total[0] > 0 ? folded / tree.total[0] : 0, minShown: Number.isFinite(minShown) ? minShown : 0 };
}
