/**
 * The call tree view's rows: which nodes are open, and the visible rows in order — each open
 * node followed by its children, heaviest total first (ties in draw order). Open state is one byte
 * per node and rows are an Int32Array of node indexes, so a million-node tree costs two typed
 * arrays, not a million row objects; work per change is proportional to the rows shown.
 *
 *   total (open)            rows: total, main, work, io, gc
 *   ├ main 8 (open)         depth of a row = depth[node] − depth[root]
 *   │ ├ work 5
 *   │ └ io 3
 *   └ gc 2
 */
import type { CallTree } from './callTree';

const sortedCache = new WeakMap<CallTree, Map<number, Int32Array>>();

/** Node i's children, heaviest total first; computed once per node and tree. */
export function sortedChildren(tree: CallTree, i: number): Int32Array {
  let cache = sortedCache.get(tree);
  if (!cache) {
    cache = new Map();
    sortedCache.set(tree, cache);
  }
  let kids = cache.get(i);
  if (!kids) {
    let n = 0;
    for (let c = i + 1; c < tree.end[i]; c = tree.end[c]) {
      n++;
    }
    kids = new Int32Array(n);
    n = 0;
    for (let c = i + 1; c < tree.end[i]; c = tree.end[c]) {
      kids[n++] = c;
    }
    const total = tree.total;
    kids.sort((a, b) => total[b] - total[a] || a - b);
    cache.set(i, kids);
  }
  return kids;
}

export const hasChildren = (tree: CallTree, i: number): boolean => tree.end[i] > i + 1;

/**
 * The rows shown under `root` (itself first) with `open` as given. Iterative: a 10,000-level chain
 * opened to the bottom does not overflow the stack.
 */
export function visibleRows(tree: CallTree, open: Uint8Array, root: number): Int32Array {
  let out = new Int32Array(64);
  let n = 0;
  const stack: number[] = [root];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (n === out.length) {
      const grown = new Int32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[n++] = i;
    if (open[i] && hasChildren(tree, i)) {
      const kids = sortedChildren(tree, i);
      for (let k = kids.length - 1; k >= 0; k--) {
        stack.push(kids[k]);
      }
    }
  }
  return out.subarray(0, n);
}

/**
 * The open state a call tree starts with: the root open, and below it every node that is its
 * parent's only child (a chain of one-child frames reads as one step), so the first rows say
 * something.
 */
export function initialOpen(tree: CallTree, root: number): Uint8Array {
  const open = new Uint8Array(tree.count);
  let i = root;
  open[i] = 1;
  for (;;) {
    const kids = hasChildren(tree, i) ? sortedChildren(tree, i) : undefined;
    if (!kids || kids.length !== 1) {
      return open;
    }
    i = kids[0];
    open[i] = 1;
  }
}

/** A copy of `open` with node's ancestors up to `root` opened, so the node is a visible row. */
export function openPathTo(tree: CallTree, open: Uint8Array, node: number, root: number): Uint8Array {
  const out = open.slice();
  for (let a = tree.parent[node]; a >= 0; a = tree.parent[a]) {
    out[a] = 1;
    if (a === root) {
      break;
    }
  }
  return out;
}

/** A copy of `open` with the node's whole subtree opened (`*`). */
export function openSubtree(tree: CallTree, open: Uint8Array, node: number): Uint8Array {
  const out = open.slice();
  out.fill(1, node, tree.end[node]);
  return out;
}

/** A copy of `open` with one node toggled (or set). */
export function setOpen(open: Uint8Array, node: number, value: boolean): Uint8Array {
  const out = open.slice();
  out[node] = value ? 1 : 0;
  return out;
}

/** Whether `node` is `root` or below it. */
export const isUnder = (tree: CallTree, node: number, root: number): boolean => node >= root && node < tree.end[root];

/** Whether every ancestor of `node` up to `root` is open (the node is a visible row). */
export function ancestorsOpen(tree: CallTree, open: Uint8Array, node: number, root: number): boolean {
  for (let a = tree.parent[node]; a >= 0; a = tree.parent[a]) {
    if (!open[a]) {
      return false;
    }
    if (a === root) {
      return true;
    }
  }
  return true;
}
