/**
 * Colours of a diff flame graph: each node's change in share of its side's total, as a relative
 * change clamped to ±100% (added → +100%, removed → −100%), mapped onto a palette from "shrank"
 * through neutral to "grew". Share-normalised, so a longer or busier comparison window does not
 * colour everything as grown.
 */
import { CallTree } from './callTree';

export type DiffPalette = 'redgreen' | 'colorblind';

/** Relative change of each node's share, in [-1, 1]. */
export function shareChanges(left: CallTree, right: CallTree): Float32Array {
  const out = new Float32Array(left.count);
  const lt = left.total[0] || 1;
  const rt = right.total[0] || 1;
  for (let i = 0; i < left.count; i++) {
    const l = left.total[i] / lt;
    const r = right.total[i] / rt;
    out[i] = l === 0 ? (r === 0 ? 0 : 1) : Math.max(-1, Math.min(1, (r - l) / l));
  }
  return out;
}

// [shrank, neutral, grew] as RGB.
const PALETTES: Record<DiffPalette, [number[], number[], number[]]> = {
  redgreen: [
    [59, 160, 90],
    [140, 140, 140],
    [214, 64, 64],
  ],
  colorblind: [
    [56, 110, 220],
    [140, 140, 140],
    [220, 120, 40],
  ],
};

/** The colour for a change in [-1, 1]. */
export function diffColor(change: number, palette: DiffPalette): string {
  const [low, mid, high] = PALETTES[palette];
  const t = Math.max(-1, Math.min(1, change));
  const to = t < 0 ? low : high;
  const a = Math.abs(t);
  const c = mid.map((m, k) => Math.round(m + (to[k] - m) * a));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** The tree drawn for a diff: each node as wide as both sides together, as Grafana draws diffs. */
export function combinedTree(left: CallTree, right: CallTree): CallTree {
  const total = new Float64Array(left.count);
  const self = new Float64Array(left.count);
  for (let i = 0; i < left.count; i++) {
    total[i] = left.total[i] + right.total[i];
    self[i] = left.self[i] + right.self[i];
  }
  return { ...left, total, self };
}
