/**
 * Hiding frames from a laid-out tree, in about the time of one pass over it: a hidden node's
 * children are lifted to its nearest shown ancestor (merging with a sibling of the same name) and
 * its self time goes to that ancestor.
 *
 * A general rebuild looks every node up in a (parent, name) hash: at a million nodes those lookups
 * miss the cache and take a third of a second. Here only the children of nodes that can receive
 * children from more than one place — a node that lifted frames land under, or one two subtrees
 * merged into — are looked up; every other node is appended as it is, its siblings already unique
 * and already in name order. Only those nodes' children are sorted again.
 */
import { fillTotalsAndEnds, treeArrays, type CallTree } from './callTree';

/** `hiddenName[nameId]` = 1 hides every frame of that name; the root is never hidden. */
export function hideByName(tree: CallTree, hiddenName: Uint8Array): CallTree {
  const n = tree.count;
  const { parent, nameId, self, flags } = tree;
  // Nearest shown ancestor-or-self, as an old index.
  const up = new Int32Array(n);
  // Old shown nodes that lifted frames land under.
  const liftTarget = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const p = parent[i];
    if (hiddenName[nameId[i]] === 1) {
      up[i] = up[p];
    } else {
      up[i] = i;
      if (up[p] !== p) {
        liftTarget[up[p]] = 1;
      }
    }
  }

  // The new tree, in creation order, with children as linked lists (first, last, next).
  const nParent = new Int32Array(n);
  const nName = new Int32Array(n);
  const nSelf = new Float64Array(n);
  const nFlags = new Uint8Array(n);
  const first = new Int32Array(n).fill(-1);
  const last = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const multi = new Uint8Array(n);
  const canon = new Int32Array(n);
  const byKey = new ChildIndex();
  let size = 1;
  nParent[0] = -1;
  nName[0] = nameId[0];
  nSelf[0] = self[0];
  nFlags[0] = flags[0];
  multi[0] = liftTarget[0];

  const becomeMulti = (c: number) => {
    multi[c] = 1;
    for (let x = first[c]; x >= 0; x = next[x]) {
      byKey.set(c, nName[x], x);
    }
  };
  const create = (p: number, name: number) => {
    const c = size++;
    nParent[c] = p;
    nName[c] = name;
    if (last[p] < 0) {
      first[p] = c;
    } else {
      next[last[p]] = c;
    }
    last[p] = c;
    return c;
  };

  for (let i = 1; i < n; i++) {
    if (hiddenName[nameId[i]] === 1) {
      nSelf[canon[up[i]]] += self[i];
      continue;
    }
    const p = canon[up[parent[i]]];
    let c: number;
    if (multi[p] === 1) {
      const found = byKey.get(p, nameId[i]);
      if (found < 0) {
        c = create(p, nameId[i]);
        byKey.set(p, nameId[i], c);
        multi[c] = liftTarget[i];
      } else {
        c = found;
        if (multi[c] === 0) {
          becomeMulti(c);
        }
      }
    } else {
      c = create(p, nameId[i]);
      multi[c] = liftTarget[i];
    }
    canon[i] = c;
    nSelf[c] += self[i];
    nFlags[c] |= flags[i];
  }
  return layout(tree, size, { nParent, nName, nSelf, nFlags, first, next, multi });
}

interface Built {
  nParent: Int32Array;
  nName: Int32Array;
  nSelf: Float64Array;
  nFlags: Uint8Array;
  first: Int32Array;
  next: Int32Array;
  multi: Uint8Array;
}

/** Pre-order arrays from the linked children, the multi-source nodes' children sorted by name. */
function layout(tree: CallTree, size: number, b: Built): CallTree {
  const { names } = tree;
  const { nName, nSelf, nFlags, first, next, multi } = b;
  const byName = (x: number, y: number) => {
    const a = names[nName[x]];
    const c = names[nName[y]];
    return a < c ? -1 : a > c ? 1 : x - y;
  };
  const kids: number[] = [];
  for (let c = 0; c < size; c++) {
    if (multi[c] === 1 && first[c] >= 0 && next[first[c]] >= 0) {
      kids.length = 0;
      let sorted = true;
      for (let x = first[c]; x >= 0; x = next[x]) {
        sorted &&= kids.length === 0 || byName(kids[kids.length - 1], x) < 0;
        kids.push(x);
      }
      if (sorted) {
        continue;
      }
      kids.sort(byName);
      first[c] = kids[0];
      for (let k = 0; k < kids.length; k++) {
        next[kids[k]] = k + 1 < kids.length ? kids[k + 1] : -1;
      }
    }
  }
  const { nameId, parent, depth, end, self, total, flags } = treeArrays(size);
  // Iterative pre-order walk: `at` is the node being placed, its ancestors' new indexes on a stack.
  const stack = new Int32Array(tree.maxDepth + 2);
  let out = 0;
  let maxDepth = 0;
  let sp = 0;
  let at = 0;
  while (at >= 0) {
    const idx = out++;
    nameId[idx] = nName[at];
    self[idx] = nSelf[at];
    flags[idx] = nFlags[at];
    parent[idx] = sp > 0 ? stack[sp - 1] : -1;
    depth[idx] = sp;
    maxDepth = Math.max(maxDepth, sp);
    if (first[at] >= 0) {
      stack[sp++] = idx;
      at = first[at];
      continue;
    }
    // Up until a node with a next sibling.
    while (at >= 0 && next[at] < 0) {
      at = b.nParent[at];
      if (at >= 0) {
        sp--;
      }
    }
    if (at >= 0) {
      at = next[at];
    }
  }
  fillTotalsAndEnds(size, parent, self, total, end);
  return { ...tree, count: size, nameId, parent, depth, end, self, total, flags, maxDepth };
}

/**
 * (parent, name) → child for the few nodes that need lookups: open addressing over typed arrays,
 * sized to what is stored (a JavaScript Map of numeric keys was twice as slow here).
 */
class ChildIndex {
  private parents = new Int32Array(1024);
  private names = new Int32Array(1024);
  private values = new Int32Array(1024).fill(-1);
  private size = 0;

  private slot(parent: number, name: number): number {
    const mask = this.values.length - 1;
    let h = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(name + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    let i = h & mask;
    while (this.values[i] >= 0 && (this.parents[i] !== parent || this.names[i] !== name)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  get(parent: number, name: number): number {
    return this.values[this.slot(parent, name)];
  }

  set(parent: number, name: number, value: number): void {
    if ((this.size + 1) * 2 > this.values.length) {
      this.grow();
    }
    const i = this.slot(parent, name);
    if (this.values[i] < 0) {
      this.size++;
    }
    this.parents[i] = parent;
    this.names[i] = name;
    this.values[i] = value;
  }

  private grow(): void {
    const { parents, names, values } = this;
    this.parents = new Int32Array(values.length * 2);
    this.names = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    for (let i = 0; i < values.length; i++) {
      if (values[i] >= 0) {
        const j = this.slot(parents[i], names[i]);
        this.parents[j] = parents[i];
        this.names[j] = names[i];
        this.values[j] = values[i];
      }
    }
  }
}
