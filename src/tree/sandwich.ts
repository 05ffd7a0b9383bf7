/**
 * The sandwich view of one function: who calls it (callers, drawn upward) and what it calls
 * (callees), with all its occurrences merged. Recursion is counted once: only outermost
 * occurrences (no ancestor of the same name) contribute, so a → f → g → f adds f's time once.
 *
 *   main;f;x 3   main;g;f;y 2      sandwich(f):  callers: f ← main 3, f ← g ← main 2
 *                                                callees: f → x 3, f → y 2
 */
import { CallTree, NameTable, TreeBuilder } from './callTree';

export interface Sandwich {
  /** Root = the function; its children are its direct callers, their children the callers' callers. */
  callers: CallTree;
  /** Root = the function; below it, everything it calls, merged over all occurrences. */
  callees: CallTree;
}

export function sandwich(tree: CallTree, functionName: string): Sandwich {
  const target = tree.names.indexOf(functionName);
  const callersTable = new NameTable([functionName]);
  const calleesTable = new NameTable([functionName]);
  const callers = new TreeBuilder(functionName, callersTable);
  const callees = new TreeBuilder(functionName, calleesTable);
  if (target < 0) {
    return { callers: callers.build(), callees: callees.build() };
  }
  const callerNames = Int32Array.from(tree.names, (n) => callersTable.intern(n));
  const calleeNames = Int32Array.from(tree.names, (n) => calleesTable.intern(n));
  const map = new Int32Array(tree.count);
  for (let i = 1; i < tree.count; i++) {
    if (tree.nameId[i] !== target) {
      continue;
    }
    // Outermost occurrence: add its caller chain and its whole subtree, then skip the subtree.
    let node = 0;
    for (let a = tree.parent[i]; a > 0; a = tree.parent[a]) {
      node = callers.child(node, callerNames[tree.nameId[a]]);
    }
    callers.addSelf(node, tree.total[i]);
    callees.addSelf(0, tree.self[i]);
    map[i] = 0;
    for (let j = i + 1; j < tree.end[i]; j++) {
      const n = callees.child(map[tree.parent[j]], calleeNames[tree.nameId[j]]);
      map[j] = n;
      callees.addSelf(n, tree.self[j]);
    }
    i = tree.end[i] - 1;
  }
  return { callers: { ...callers.build(), bottomUp: true }, callees: callees.build() };
}
