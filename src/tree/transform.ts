/**
 * Tree transforms that rebuild a tree by walking the old one in pre-order and deciding, per node,
 * which node of the new tree it lands in. All run in O(n) (plus name sorting on layout) and return
 * new trees; inputs are never modified.
 */
import { appendTreeUnder, CallTree, NameTable, NODE_TRUNCATED, TreeBuilder } from './callTree';
import type { RegexEngine } from '../regex/engine';
import { invertedOf } from './invert';
import { hideByName } from './hide';
import { applyFrameFilters, type FrameFilters } from './frameFilters';

/**
 * Walks `tree` and places each node under the new node `map[parent]`. `decide(i, newParent)`
 * returns the new node for i (usually `builder.child(newParent, nameId)`), or `newParent` itself to
 * merge i into it. Self values follow their nodes.
 */
function rebuild(
  tree: CallTree,
  decide: (i: number, newParent: number, builder: TreeBuilder, nameMap: Int32Array) => number,
  range: [number, number] = [0, tree.count]
): CallTree {
  const table = new NameTable(['total']);
  const nameMap = Int32Array.from(tree.names, (n) => table.intern(n));
  const builder = new TreeBuilder('total', table, range[1] - range[0]);
  const map = new Int32Array(tree.count);
  const [from, to] = range;
  map[from] = 0;
  if (from === 0) {
    builder.addSelf(0, tree.self[0]);
  }
  for (let i = from === 0 ? 1 : from; i < to; i++) {
    const newParent = i === from ? 0 : map[tree.parent[i]];
    const node = decide(i, newParent, builder, nameMap);
    map[i] = node;
    builder.addSelf(node, tree.self[i]);
    if (tree.flags[i] & NODE_TRUNCATED && node !== newParent) {
      builder.markTruncated(node);
    }
  }
  return builder.build();
}

/** Merges trees: stacks with the same path add up. Associative and keeps totals. */
export function mergeTrees(trees: CallTree[]): CallTree {
  const builder = new TreeBuilder('total', new NameTable(['total']));
  for (const tree of trees) {
    appendTreeUnder(builder, tree, 0);
  }
  return builder.build();
}

/**
 * Hides frames whose names match `pattern`: their children are lifted to the nearest shown
 * ancestor and their self time goes to it.
 *
 *   main;runtime.gcBgMarkWorker;scan 5   hide /^runtime\./  →  main;scan 5
 */
export function hideFrames(tree: CallTree, pattern: RegExp | ((name: string, id: number) => boolean)): CallTree {
  const test = typeof pattern === 'function' ? pattern : (n: string) => pattern.test(n);
  return hideByName(
    tree,
    Uint8Array.from(tree.names, (n, id) => (test(n, id) ? 1 : 0))
  );
}

/**
 * Collapses direct recursion: a frame calling itself is merged into its caller, so a → a → a → b
 * becomes a → b with the same totals.
 */
export function collapseRecursion(tree: CallTree): CallTree {
  return rebuild(tree, (i, p, b, nameMap) => {
    const parent = tree.parent[i];
    return parent > 0 && tree.nameId[parent] === tree.nameId[i] ? p : b.child(p, nameMap[tree.nameId[i]]);
  });
}

/** The subtree of `node` as a tree of its own, with the path above it kept as a single chain. */
export function focusSubtree(tree: CallTree, node: number): CallTree {
  const table = new NameTable(['total']);
  const nameMap = Int32Array.from(tree.names, (n) => table.intern(n));
  const builder = new TreeBuilder('total', table, tree.end[node] - node + tree.depth[node]);
  const chain: number[] = [];
  for (let a = node; a > 0; a = tree.parent[a]) {
    chain.push(a);
  }
  let top = 0;
  for (let k = chain.length - 1; k >= 1; k--) {
    top = builder.child(top, nameMap[tree.nameId[chain[k]]]);
  }
  const map = new Int32Array(tree.count);
  map[tree.parent[node] >= 0 ? tree.parent[node] : 0] = top;
  for (let i = node === 0 ? 1 : node; i < tree.end[node]; i++) {
    const n = builder.child(map[tree.parent[i]], nameMap[tree.nameId[i]]);
    map[i] = n;
    builder.addSelf(n, tree.self[i]);
    if (tree.flags[i] & NODE_TRUNCATED) {
      builder.markTruncated(n);
    }
  }
  if (node === 0) {
    builder.addSelf(0, tree.self[0]);
  }
  return builder.build();
}

export interface TreeTransforms {
  /** Hide / keep filters and presets (./frameFilters). */
  filters: FrameFilters;
  collapseRecursion: boolean;
  /** Bottom-up, after the other transforms (src/tree/invert). */
  inverted?: boolean;
  /** Names the filters never hide (a grouped graph's group nodes). */
  protectedNames?: ReadonlySet<string>;
}

export interface TransformedTree {
  tree: CallTree;
  /** Filters that could not apply (an invalid pattern), in words. */
  errors: string[];
  /** Self time that hidden frames handed to their callers. */
  hiddenSelf: number;
  /** Time in stacks through a hidden frame. */
  hiddenThrough: number;
  /** When `tree` is inverted: the same profile upright. */
  upright?: CallTree;
}

/**
 * Applies the panel's filters and collapse options; an invalid pattern is reported, not thrown.
 * Patterns run on the given engine (RE2); without one (still loading) only exact names apply.
 */
export function transformTree(tree: CallTree, t: TreeTransforms, engine?: RegexEngine): TransformedTree {
  const filtered = applyFrameFilters(tree, t.filters, engine, t.protectedNames);
  let out = filtered.tree;
  if (t.collapseRecursion) {
    out = collapseRecursion(out);
  }
  const base = { errors: filtered.errors, hiddenSelf: filtered.hiddenSelf, hiddenThrough: filtered.hiddenThrough };
  if (t.inverted) {
    // The upright tree too: who calls a function (the sandwich, callers) is read from it.
    return { ...base, tree: invertedOf(out), upright: out };
  }
  return { ...base, tree: out };
}
