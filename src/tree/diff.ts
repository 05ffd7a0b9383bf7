/**
 * Diff of two call trees aligned by stack path: the union of both trees' paths, laid out once,
 * with each side's self/total on the same node indexes. A path present on one side only has zeros
 * on the other, so both sides stay drawable (Grafana's diff frame draws value + valueRight).
 *
 *   baseline: main;a 4  main;b 6        comparison: main;a 9  main;c 1
 *   union:    total → main → {a, b, c}  left a=4 b=6 c=0,  right a=9 b=0 c=1
 *
 * Deltas are share-normalised: a node's change is (right/rightTotal − left/leftTotal), so a
 * comparison taken over a longer window or busier host does not read as "everything grew".
 */
import { CallTree, layoutPreOrder, NameTable, TreeBuilder } from './callTree';

export interface AlignedDiff {
  /** Baseline values on the union layout. */
  left: CallTree;
  /** Comparison values on the same layout (same node indexes, names and parents). */
  right: CallTree;
}

export function diffTrees(baseline: CallTree, comparison: CallTree): AlignedDiff {
  const table = new NameTable(['total']);
  const builder = new TreeBuilder('total', table, baseline.count + comparison.count);
  const selfLeft: number[] = [0];
  const selfRight: number[] = [0];
  const addSide = (tree: CallTree, into: number[]) => {
    const map = new Int32Array(tree.count);
    const nameMap = tree.names.map((n) => table.intern(n));
    for (let i = 1; i < tree.count; i++) {
      const u = builder.child(map[tree.parent[i]], nameMap[tree.nameId[i]]);
      map[i] = u;
      while (selfLeft.length <= u) {
        selfLeft.push(0);
        selfRight.push(0);
      }
      into[u] += tree.self[i];
    }
    into[0] += tree.self[0];
  };
  addSide(baseline, selfLeft);
  addSide(comparison, selfRight);
  const { nameIds, parents, n } = builder.snapshot();
  const flags = new Uint8Array(n);
  const left = layoutPreOrder(n, table.names, nameIds, parents, Float64Array.from(selfLeft), flags, 'name');
  const right = layoutPreOrder(n, table.names, nameIds, parents, Float64Array.from(selfRight), flags, 'name');
  return { left, right };
}

export interface FunctionDelta {
  name: string;
  leftSelf: number;
  rightSelf: number;
  /** Share of the side's total, 0..1. */
  leftShare: number;
  rightShare: number;
  /** rightShare − leftShare. */
  delta: number;
}

/** Per-function self-share change between two trees, largest absolute change first. */
export function functionDeltas(baseline: CallTree, comparison: CallTree): FunctionDelta[] {
  const bySelf = (t: CallTree) => {
    const m = new Map<string, number>();
    for (let i = 1; i < t.count; i++) {
      if (t.self[i] !== 0) {
        const n = t.names[t.nameId[i]];
        m.set(n, (m.get(n) ?? 0) + t.self[i]);
      }
    }
    return m;
  };
  const l = bySelf(baseline);
  const r = bySelf(comparison);
  const lt = baseline.total[0] || 1;
  const rt = comparison.total[0] || 1;
  const names = new Set([...l.keys(), ...r.keys()]);
  const out: FunctionDelta[] = [];
  for (const name of names) {
    const leftSelf = l.get(name) ?? 0;
    const rightSelf = r.get(name) ?? 0;
    const leftShare = leftSelf / lt;
    const rightShare = rightSelf / rt;
    out.push({ name, leftSelf, rightSelf, leftShare, rightShare, delta: rightShare - leftShare });
  }
  out.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.name < b.name ? -1 : 1));
  return out;
}
