/**
 * The merged call tree every view, format and frame in Flamelens shares.
 *
 * Nodes are stored in depth-first pre-order in parallel typed arrays, so a node is an index, not
 * an object, and node i's subtree is the contiguous range [i, end[i]). Node 0 is the root
 * ("total"). Children of a node appear in the order they are drawn (left to right).
 *
 *        total (0)            index: 0      1      2      3      4
 *        /      \             name:  total  main   work   io     gc
 *     main(1)   gc(4)         depth: 0      1      2      2      1
 *     /   \                   end:   5      4      3      4      5
 *  work(2) io(3)
 *
 * Memory per node: nameId, parent, depth, end (4 bytes each), self and total (8 bytes each) and one
 * flag byte: 33 bytes, plus the shared name table.
 */
export interface CallTree {
  /** Number of nodes, including the root. */
  readonly count: number;
  /** Interned function names; nodes refer to them by index. */
  readonly names: readonly string[];
  readonly nameId: Int32Array;
  /** Parent index; -1 for the root. */
  readonly parent: Int32Array;
  readonly depth: Int32Array;
  /** One past the last node of this node's subtree (pre-order), so the subtree is [i, end[i]). */
  readonly end: Int32Array;
  /** Value spent in this node itself. */
  readonly self: Float64Array;
  /** Value of this node including all its descendants. */
  readonly total: Float64Array;
  /** Node flags, see NODE_TRUNCATED. */
  readonly flags: Uint8Array;
  /** Deepest depth present (root = 0). */
  readonly maxDepth: number;
  /**
   * A bottom-up tree (inverted, or a function's callers): a root child's total is that function's
   * own time and the nodes above it are its callers. `self` then only says where a path ends (the
   * outermost caller), not time spent in a function: views show totals only.
   */
  readonly bottomUp?: boolean;
}

/** The node stands for children folded away by node-count truncation ("other"). */
export const NODE_TRUNCATED = 1;

export const ROOT_NAME = 'total';
export const OTHER_NAME = 'other';

/** Interns strings into a dense table. */
export class NameTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(initial: readonly string[] = []) {
    for (const n of initial) {
      this.intern(n);
    }
  }

  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  lookup(name: string): number | undefined {
    return this.ids.get(name);
  }
}

/**
 * Builds a CallTree from a node list given in any order as (parent, name, self), where parents are
 * always added before their children. Totals are computed here, children are laid out in the order
 * given by `compareChildren` (default: by name, so the same profile always draws the same way).
 */
export class TreeBuilder {
  private readonly table: NameTable;
  private nameIds: Int32Array;
  private parents: Int32Array;
  private selfs: Float64Array;
  private flagsArr: Uint8Array;
  private size = 0;
  /**
   * Child lookup while building: an open-addressing hash table of node index + 1 (0 = empty),
   * keyed by (parent, nameId) read back from the node arrays. A Map keyed by numbers was the
   * bottleneck of pprof → tree (see BENCHMARKS.md); this keeps lookups to a few array reads.
   */
  private slots: Int32Array;
  private slotMask: number;

  constructor(rootName = ROOT_NAME, table?: NameTable, capacity = 1024) {
    this.table = table ?? new NameTable();
    this.nameIds = new Int32Array(capacity);
    this.parents = new Int32Array(capacity);
    this.selfs = new Float64Array(capacity);
    this.flagsArr = new Uint8Array(capacity);
    let slotCount = 1024;
    while (slotCount < capacity * 2) {
      slotCount *= 2;
    }
    this.slots = new Int32Array(slotCount);
    this.slotMask = slotCount - 1;
    this.push(-1, this.table.intern(rootName), 0);
  }

  get names(): NameTable {
    return this.table;
  }

  get nodeCount(): number {
    return this.size;
  }

  private grow(): void {
    const cap = this.nameIds.length * 2;
    const n = new Int32Array(cap);
    n.set(this.nameIds);
    this.nameIds = n;
    const p = new Int32Array(cap);
    p.set(this.parents);
    this.parents = p;
    const s = new Float64Array(cap);
    s.set(this.selfs);
    this.selfs = s;
    const f = new Uint8Array(cap);
    f.set(this.flagsArr);
    this.flagsArr = f;
  }

  private push(parent: number, nameId: number, self: number): number {
    if (this.size === this.nameIds.length) {
      this.grow();
    }
    const i = this.size++;
    this.nameIds[i] = nameId;
    this.parents[i] = parent;
    this.selfs[i] = self;
    return i;
  }

  private static slotOf(parent: number, nameId: number, mask: number): number {
    let h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(nameId + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    return h & mask;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let c = 1; c < this.size; c++) {
      let i = TreeBuilder.slotOf(this.parents[c], this.nameIds[c], mask);
      while (slots[i] !== 0) {
        i = (i + 1) & mask;
      }
      slots[i] = c + 1;
    }
    this.slots = slots;
    this.slotMask = mask;
  }

  /** Returns the child of `parent` named `nameId`, creating it if needed. */
  child(parent: number, nameId: number): number {
    const slots = this.slots;
    const mask = this.slotMask;
    let i = TreeBuilder.slotOf(parent, nameId, mask);
    for (;;) {
      const s = slots[i];
      if (s === 0) {
        break;
      }
      const c = s - 1;
      if (this.parents[c] === parent && this.nameIds[c] === nameId) {
        return c;
      }
      i = (i + 1) & mask;
    }
    const c = this.push(parent, nameId, 0);
    slots[i] = c + 1;
    if (this.size * 2 > slots.length) {
      this.rehash();
    }
    return c;
  }

  /** Adds a stack given root-first as name ids, with `value` added to the leaf's self. */
  addStack(stackRootFirst: ArrayLike<number>, value: number, length = stackRootFirst.length): void {
    let node = 0;
    for (let i = 0; i < length; i++) {
      node = this.child(node, stackRootFirst[i]);
    }
    this.selfs[node] += value;
  }

  addSelf(node: number, value: number): void {
    this.selfs[node] += value;
  }

  markTruncated(node: number): void {
    this.flagsArr[node] |= NODE_TRUNCATED;
  }

  /** The nodes added so far, as parallel arrays (parents before children). */
  snapshot(): { n: number; nameIds: Int32Array; parents: Int32Array } {
    return { n: this.size, nameIds: this.nameIds.subarray(0, this.size), parents: this.parents.subarray(0, this.size) };
  }

  build(order: 'name' | 'insertion' = 'name'): CallTree {
    return layoutPreOrder(this.size, this.table.names, this.nameIds, this.parents, this.selfs, this.flagsArr, order);
  }
}

/**
 * Lays out nodes given with parent links (parents before children) into pre-order typed arrays.
 * Runs in O(n log n) for name ordering (the sort of each child list) and O(n) otherwise; no recursion,
 * so stacks thousands of levels deep are fine.
 */
export function layoutPreOrder(
  n: number,
  names: readonly string[],
  nameIds: Int32Array,
  parents: Int32Array,
  selfs: Float64Array,
  flagsIn: Uint8Array,
  order: 'name' | 'insertion'
): CallTree {
  // Children lists in CSR form: childStart[p]..childStart[p+1] index into childList.
  const childCount = new Int32Array(n + 1);
  for (let i = 1; i < n; i++) {
    childCount[parents[i] + 1]++;
  }
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    childStart[i + 1] = childStart[i] + childCount[i + 1];
  }
  const fill = childStart.slice(0, n);
  const childList = new Int32Array(Math.max(0, n - 1));
  for (let i = 1; i < n; i++) {
    childList[fill[parents[i]]++] = i;
  }
  if (order === 'name') {
    // Rank every name once, then sort children by integer rank: string comparisons per child pair
    // dominated layout on large trees.
    const byName = Array.from(names.keys()).sort((a, b) =>
      names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b
    );
    const rank = new Int32Array(names.length);
    for (let r = 0; r < byName.length; r++) {
      rank[byName[r]] = r;
    }
    for (let p = 0; p < n; p++) {
      const a = childStart[p];
      const b = childStart[p + 1];
      if (b - a > 1) {
        childList.subarray(a, b).sort((x, y) => rank[nameIds[x]] - rank[nameIds[y]] || x - y);
      }
    }
  }

  const { nameId, parent, depth, end, self, total, flags } = treeArrays(n);
  const newIndex = new Int32Array(n);

  // Iterative DFS; children pushed in reverse so the first child is visited first.
  const stack = new Int32Array(n);
  let sp = 0;
  let out = 0;
  let maxDepth = 0;
  if (n > 0) {
    stack[sp++] = 0;
  }
  while (sp > 0) {
    const old = stack[--sp];
    const idx = out++;
    newIndex[old] = idx;
    nameId[idx] = nameIds[old];
    self[idx] = selfs[old];
    flags[idx] = flagsIn[old];
    if (old === 0) {
      parent[idx] = -1;
      depth[idx] = 0;
    } else {
      const p = newIndex[parents[old]];
      parent[idx] = p;
      depth[idx] = depth[p] + 1;
      if (depth[idx] > maxDepth) {
        maxDepth = depth[idx];
      }
    }
    for (let c = childStart[old + 1] - 1; c >= childStart[old]; c--) {
      stack[sp++] = childList[c];
    }
  }
  fillTotalsAndEnds(n, parent, self, total, end);
  return { count: n, names, nameId, parent, depth, end, self, total, flags, maxDepth };
}

/** The per-node arrays of a tree of `n` nodes, zeroed. */
export function treeArrays(n: number) {
  return {
    nameId: new Int32Array(n),
    parent: new Int32Array(n),
    depth: new Int32Array(n),
    end: new Int32Array(n),
    self: new Float64Array(n),
    total: new Float64Array(n),
    flags: new Uint8Array(n),
  };
}

/**
 * Totals (self plus the children's totals) and subtree ends of nodes in pre-order with parent
 * links, children before parents (reverse pre-order); `total` and `end` start at zero.
 */
export function fillTotalsAndEnds(
  n: number,
  parent: Int32Array,
  self: Float64Array,
  total: Float64Array,
  end: Int32Array
): void {
  for (let i = n - 1; i >= 0; i--) {
    total[i] += self[i];
    if (end[i] === 0) {
      end[i] = i + 1;
    }
    const p = parent[i];
    if (p >= 0) {
      total[p] += total[i];
      if (end[i] > end[p]) {
        end[p] = end[i];
      }
    }
  }
}

/** The name of node i. */
export function nodeName(tree: CallTree, i: number): string {
  return tree.names[tree.nameId[i]];
}

/** Indexes of node i's children, in draw order. */
export function childrenOf(tree: CallTree, i: number): number[] {
  const out: number[] = [];
  const stop = tree.end[i];
  let c = i + 1;
  while (c < stop) {
    out.push(c);
    c = tree.end[c];
  }
  return out;
}

/** Names from the root's child down to node i. */
export function stackOf(tree: CallTree, i: number): string[] {
  const out: string[] = [];
  for (let n = i; n > 0; n = tree.parent[n]) {
    out.push(nodeName(tree, n));
  }
  return out.reverse();
}

/** An empty tree: just a root with zero total. */
export function emptyTree(): CallTree {
  return new TreeBuilder().build();
}

/**
 * Adds every node of `tree` under the builder's node `under` (the tree's root self to `under`
 * itself), names interned into the builder's table: stacks with the same path add up.
 */
export function appendTreeUnder(builder: TreeBuilder, tree: CallTree, under: number): void {
  const nameMap = Int32Array.from(tree.names, (n) => builder.names.intern(n));
  const map = new Int32Array(tree.count);
  map[0] = under;
  builder.addSelf(under, tree.self[0]);
  for (let i = 1; i < tree.count; i++) {
    const node = builder.child(map[tree.parent[i]], nameMap[tree.nameId[i]]);
    map[i] = node;
    builder.addSelf(node, tree.self[i]);
    if (tree.flags[i] & NODE_TRUNCATED) {
      builder.markTruncated(node);
    }
  }
}
