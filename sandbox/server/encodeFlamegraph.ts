/**
 * Flame graph answers written straight from a tree, in both Connect encodings: building a message
 * object with a BigInt per value (what generated code needs) would take seconds at Pyroscope's
 * 1,048,576-node maximum.
 */
import { CallTree } from '../../src/tree/callTree';
import { treeToFlamebearer } from '../../src/formats/flamebearer';
import { layoutFlame } from '../../src/layout/flameLayout';
import { WireWriter } from '../../src/pprof/writer';

interface Levels {
  names: readonly string[];
  levels: number[][];
  total: number;
  maxSelf: number;
  leftTicks?: number;
  rightTicks?: number;
}

/** Single flame bearer levels: [offset, total, self, name] per node. */
export function singleLevels(tree: CallTree): Levels {
  const fb = treeToFlamebearer(tree);
  return { names: fb.names, levels: fb.levels, total: fb.numTicks, maxSelf: fb.maxSelf };
}

/** Diff levels: [lOffset, lTotal, lSelf, rOffset, rTotal, rSelf, name] per node, both sides delta-encoded. */
export function diffLevels(left: CallTree, right: CallTree): Levels {
  const ls = layoutFlame(left).start;
  const rs = layoutFlame(right).start;
  const levels: number[][] = Array.from({ length: left.maxDepth + 1 }, () => []);
  const lastL = new Float64Array(levels.length);
  const lastR = new Float64Array(levels.length);
  let maxSelf = 0;
  for (let i = 0; i < left.count; i++) {
    const d = left.depth[i];
    levels[d].push(
      ls[i] - lastL[d],
      left.total[i],
      left.self[i],
      rs[i] - lastR[d],
      right.total[i],
      right.self[i],
      left.nameId[i]
    );
    lastL[d] = ls[i] + left.total[i];
    lastR[d] = rs[i] + right.total[i];
    maxSelf = Math.max(maxSelf, left.self[i], right.self[i]);
  }
  return {
    names: left.names,
    levels,
    total: left.total[0] + right.total[0],
    maxSelf,
    leftTicks: left.total[0],
    rightTicks: right.total[0],
  };
}

function flameGraphMessage(l: Levels): Uint8Array {
  const w = new WireWriter();
  for (const n of l.names) {
    w.stringField(1, n);
  }
  for (const level of l.levels) {
    w.bytesField(2, new WireWriter().packedField(1, level).finish());
  }
  w.uintField(3, l.total).uintField(4, l.maxSelf);
  if (l.leftTicks !== undefined) {
    w.uintField(5, l.leftTicks).uintField(6, l.rightTicks ?? 0);
  }
  return w.finish();
}

/** SelectMergeStacktracesResponse / DiffResponse, binary: { flamegraph = 1 }. */
export function flameGraphResponseProto(l: Levels | undefined): Uint8Array {
  return l ? new WireWriter().bytesField(1, flameGraphMessage(l)).finish() : new Uint8Array();
}

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** An int64 as Connect JSON writes it: a decimal string, clamped to int64's range, never "1e+21". */
export function int64Text(v: number): string {
  if (Number.isSafeInteger(v)) {
    return String(v);
  }
  if (!Number.isFinite(v)) {
    return Number.isNaN(v) ? '0' : v > 0 ? String(INT64_MAX) : String(INT64_MIN);
  }
  const b = BigInt(Math.trunc(v));
  return String(b > INT64_MAX ? INT64_MAX : b < INT64_MIN ? INT64_MIN : b);
}

/** The same in Connect JSON: int64 values as strings, lowerCamelCase names. */
export function flameGraphResponseJson(l: Levels | undefined): string {
  if (!l) {
    return '{}';
  }
  const parts: string[] = [];
  parts.push(`{"flamegraph":{"names":${JSON.stringify(l.names)},"levels":[`);
  parts.push(l.levels.map((level) => `{"values":[${level.map((v) => `"${int64Text(v)}"`).join(',')}]}`).join(','));
  parts.push(`],"total":"${int64Text(l.total)}","maxSelf":"${int64Text(l.maxSelf)}"`);
  if (l.leftTicks !== undefined) {
    parts.push(`,"leftTicks":"${int64Text(l.leftTicks)}","rightTicks":"${int64Text(l.rightTicks ?? 0)}"`);
  }
  parts.push('}}');
  return parts.join('');
}
