/**
 * Pyroscope's flame bearer: the flame graph as rows of numbers.
 *
 * Single format, 4 numbers per node: [xOffset, total, self, nameIndex], where xOffset is
 * delta-encoded along the row: start = xOffset + (previous start + previous total). A node's parent
 * is the node one row up whose [start, start + total) contains it.
 *
 *   row 0:  [0,10,0,0]                     total        start 0..10
 *   row 1:  [0,6,1,1, 0,4,4,2]             a 0..6,  b 6..10
 *   row 2:  [0,5,5,3]                      c 0..5 (child of a)
 *
 * Diff format, 7 numbers per node: [leftOffset, leftTotal, leftSelf, rightOffset, rightTotal,
 * rightSelf, nameIndex], both offsets delta-encoded on their own side.
 */
import { CallTree, layoutPreOrder, NameTable, NODE_TRUNCATED, OTHER_NAME } from '../tree/callTree';
import { FlamelensError } from '../errors';
import { layoutFlame } from '../layout/flameLayout';

/** Rows of a flame bearer, each a flat array of numbers (or int64 strings, as Connect JSON sends). */
export type FlamebearerLevels = ArrayLike<ArrayLike<number | string>>;

export interface Flamebearer {
  names: string[];
  levels: number[][];
  numTicks: number;
  maxSelf: number;
}

const toNum = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

interface RowNodes {
  start: Float64Array;
  total: Float64Array;
  self: Float64Array;
  name: Int32Array;
  count: number;
}

function decodeRow(
  row: ArrayLike<number | string>,
  stride: number,
  offsetAt: number,
  totalAt: number,
  selfAt: number,
  nameAt: number,
  nameCount: number,
  d: number
): RowNodes {
  if (row.length % stride !== 0) {
    throw new FlamelensError(
      'bad-flamebearer',
      `flame graph level ${d} has ${row.length} numbers, not a multiple of ${stride}`
    );
  }
  const count = row.length / stride;
  const start = new Float64Array(count);
  const total = new Float64Array(count);
  const self = new Float64Array(count);
  const name = new Int32Array(count);
  let prev = 0;
  for (let k = 0, j = 0; k < count; k++, j += stride) {
    const s = toNum(row[j + offsetAt]) + prev;
    const t = toNum(row[j + totalAt]);
    const n = toNum(row[j + nameAt]);
    if (!Number.isFinite(s) || !Number.isFinite(t) || t < 0 || !Number.isInteger(n) || n < 0 || n >= nameCount) {
      throw new FlamelensError(
        'bad-flamebearer',
        `flame graph level ${d}, node ${k}: invalid offset, total or name index`
      );
    }
    start[k] = s;
    total[k] = t;
    self[k] = toNum(row[j + selfAt]);
    name[k] = n;
    prev = s + t;
  }
  return { start, total, self, name, count };
}

/**
 * Assigns each node of row d+1 to its containing node of row d by one sweep over both rows (rows
 * are sorted by start), so decoding is O(nodes).
 */
function linkRows(
  parentRow: RowNodes,
  childRow: RowNodes,
  parentBase: number,
  childBase: number,
  parents: Int32Array,
  d: number
): void {
  let p = 0;
  for (let c = 0; c < childRow.count; c++) {
    const s = childRow.start[c];
    const e = s + childRow.total[c];
    while (p < parentRow.count && parentRow.start[p] + parentRow.total[p] < e) {
      p++;
    }
    // Zero-width parents cannot contain a positive-width child; skip them too.
    while (p < parentRow.count && parentRow.total[p] === 0 && childRow.total[c] > 0) {
      p++;
    }
    if (p >= parentRow.count || s < parentRow.start[p]) {
      throw new FlamelensError(
        'bad-flamebearer',
        `flame graph level ${d + 1}, node ${c} lies outside every node of level ${d}`
      );
    }
    parents[childBase + c] = parentBase + p;
  }
}

/**
 * Decodes flame bearer levels (single format) into a CallTree. Nodes named "other" are flagged as
 * truncated, since that is how Pyroscope marks what its node limit folded away.
 */
export function treeFromFlamebearer(names: readonly string[], levels: FlamebearerLevels): CallTree {
  return decodeLevels(names, levels, 4, 0, 1, 2, 3);
}

/** Decodes one side (left = baseline, right = comparison) of a diff flame bearer. */
export function treeFromDiffFlamebearer(
  names: readonly string[],
  levels: FlamebearerLevels,
  side: 'left' | 'right'
): CallTree {
  const both = treesFromDiffFlamebearer(names, levels);
  return side === 'left' ? both.left : both.right;
}

/**
 * Decodes both sides of a diff flame bearer onto one structure. A node missing on one side has zero
 * width there, so parents are found by containment in the combined (left + right) widths, where
 * every node has room; the two trees then share node indexes, names and parents.
 */
export function treesFromDiffFlamebearer(
  names: readonly string[],
  levels: FlamebearerLevels
): { left: CallTree; right: CallTree } {
  const rowsL: RowNodes[] = [];
  const rowsR: RowNodes[] = [];
  const rowsC: RowNodes[] = [];
  let n = 0;
  for (let d = 0; d < levels.length; d++) {
    const l = decodeRow(levels[d], 7, 0, 1, 2, 6, names.length, d);
    const r = decodeRow(levels[d], 7, 3, 4, 5, 6, names.length, d);
    const start = new Float64Array(l.count);
    const total = new Float64Array(l.count);
    for (let k = 0; k < l.count; k++) {
      start[k] = l.start[k] + r.start[k];
      total[k] = l.total[k] + r.total[k];
    }
    rowsL.push(l);
    rowsR.push(r);
    rowsC.push({ start, total, self: l.self, name: l.name, count: l.count });
    n += l.count;
  }
  const { nameIds, parents, flags } = linkLevels(rowsC, n, names, 'diff flame graph');
  const selfL = selfColumn(rowsL, n);
  const selfR = selfColumn(rowsR, n);
  return {
    left: layoutPreOrder(n, names, nameIds, parents, selfL, flags, 'insertion'),
    right: layoutPreOrder(n, names, nameIds, parents, selfR, flags, 'insertion'),
  };
}

/**
 * Node columns of decoded rows in row order (depth by depth, the order the rows hold them): names,
 * parents found by containment in the row above, and "other" marked truncated. Level 0 must hold
 * exactly one root.
 */
function linkLevels(
  rows: RowNodes[],
  n: number,
  names: readonly string[],
  what: string
): { nameIds: Int32Array; parents: Int32Array; flags: Uint8Array } {
  if (rows.length === 0 || rows[0].count !== 1) {
    throw new FlamelensError(
      'bad-flamebearer',
      `${what} level 0 must hold exactly one root node, found ${rows[0]?.count ?? 0}`
    );
  }
  const nameIds = new Int32Array(n);
  const parents = new Int32Array(n);
  const flags = new Uint8Array(n);
  const otherId = names.indexOf(OTHER_NAME);
  let base = 0;
  let prevBase = 0;
  for (let d = 0; d < rows.length; d++) {
    const row = rows[d];
    if (d === 0) {
      parents[0] = -1;
    } else {
      linkRows(rows[d - 1], row, prevBase, base, parents, d - 1);
    }
    for (let k = 0; k < row.count; k++) {
      nameIds[base + k] = row.name[k];
      if (row.name[k] === otherId && d > 0) {
        flags[base + k] = NODE_TRUNCATED;
      }
    }
    prevBase = base;
    base += row.count;
  }
  return { nameIds, parents, flags };
}

/** The self values of decoded rows, in the same order as linkLevels' columns. */
function selfColumn(rows: RowNodes[], n: number): Float64Array {
  const selfs = new Float64Array(n);
  let base = 0;
  for (const row of rows) {
    selfs.set(row.self.subarray(0, row.count), base);
    base += row.count;
  }
  return selfs;
}

function decodeLevels(
  names: readonly string[],
  levels: FlamebearerLevels,
  stride: number,
  offsetAt: number,
  totalAt: number,
  selfAt: number,
  nameAt: number
): CallTree {
  if (levels.length === 0) {
    const table = new NameTable(['total']);
    return layoutPreOrder(
      1,
      table.names,
      new Int32Array(1),
      Int32Array.of(-1),
      new Float64Array(1),
      new Uint8Array(1),
      'insertion'
    );
  }
  const rows: RowNodes[] = [];
  let n = 0;
  for (let d = 0; d < levels.length; d++) {
    const row = decodeRow(levels[d], stride, offsetAt, totalAt, selfAt, nameAt, names.length, d);
    rows.push(row);
    n += row.count;
  }
  const { nameIds, parents, flags } = linkLevels(rows, n, names, 'flame graph');
  const selfs = selfColumn(rows, n);
  // The flame bearer is already drawn left to right; keep that order.
  return layoutPreOrder(n, names, nameIds, parents, selfs, flags, 'insertion');
}

/**
 * Encodes a tree as a single-format flame bearer (rows by depth, delta-encoded offsets), the shape
 * Pyroscope's /pyroscope/render and SelectMergeStacktraces return.
 */
export function treeToFlamebearer(tree: CallTree): Flamebearer {
  const levels: number[][] = [];
  for (let d = 0; d <= tree.maxDepth && tree.count > 0; d++) {
    levels.push([]);
  }
  const { start } = layoutFlame(tree);
  const lastEnd = new Float64Array(levels.length);
  let maxSelf = 0;
  for (let i = 0; i < tree.count; i++) {
    const d = tree.depth[i];
    levels[d].push(start[i] - lastEnd[d], tree.total[i], tree.self[i], tree.nameId[i]);
    lastEnd[d] = start[i] + tree.total[i];
    if (tree.self[i] > maxSelf) {
      maxSelf = tree.self[i];
    }
  }
  return { names: tree.names.slice(), levels, numTicks: tree.count > 0 ? tree.total[0] : 0, maxSelf };
}
