/**
 * The inverted (bottom-up) call tree: the functions where time is spent at the root's children,
 * their callers above them, their callers' callers above those. Each sample's value counts once
 * on every node of its inverted path, so a root child's total is exactly its function's self time
 * (a recursive function is counted once per sample, not once per frame).
 *
 *   main;a;f 3            inverted:  f 5 ← a 3 ← main 3
 *   main;b;f 2                         └ ← b 2 ← main 2
 *   main 1                           main 1
 *
 * Work is the sum of the depths of the nodes with self time: a stack d frames deep is walked once.
 */
import { CallTree, NameTable, NODE_TRUNCATED, TreeBuilder } from './callTree';

const inverted = new WeakMap<CallTree, CallTree>();

/**
 * The inverted tree of `tree`, built once per tree: switching the panel's Inverted on and off again
 * does not walk a million stacks twice (the tree and its inversion live as long as the tree does).
 */
export function invertedOf(tree: CallTree): CallTree {
  let out = inverted.get(tree);
  if (!out) {
    out = invertTree(tree);
    inverted.set(tree, out);
  }
  return out;
}

export function invertTree(tree: CallTree): CallTree {
  // The same names in the same order: name ids (hover, colours, search) mean the same function.
  const table = new NameTable(tree.names);
  const builder = new TreeBuilder(tree.names[tree.nameId[0]], table, Math.max(1024, tree.count));
  builder.addSelf(0, tree.self[0]);
  for (let i = 1; i < tree.count; i++) {
    const value = tree.self[i];
    if (value === 0) {
      continue;
    }
    let node = builder.child(0, tree.nameId[i]);
    if (tree.flags[i] & NODE_TRUNCATED) {
      builder.markTruncated(node);
    }
    for (let a = tree.parent[i]; a > 0; a = tree.parent[a]) {
      node = builder.child(node, tree.nameId[a]);
    }
    builder.addSelf(node, value);
  }
  return { ...builder.build(), bottomUp: true };
}
