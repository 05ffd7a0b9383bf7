/**
 * speedscope's file format (https://www.speedscope.app/file-format-schema.json), "sampled"
 * profile: one stack per node with self value, root first, weighted by that value.
 */
import { CallTree } from '../tree/callTree';

const SPEEDSCOPE_UNITS = new Set(['nanoseconds', 'microseconds', 'milliseconds', 'seconds', 'bytes']);

export function treeToSpeedscope(tree: CallTree, opts: { name?: string; unit?: string } = {}): string {
  const frameOf = new Int32Array(tree.names.length).fill(-1);
  const frames: Array<{ name: string }> = [];
  const samples: number[][] = [];
  const weights: number[] = [];
  const stack: number[] = [];
  for (let i = 1; i < tree.count; i++) {
    const id = tree.nameId[i];
    if (frameOf[id] < 0) {
      frameOf[id] = frames.length;
      frames.push({ name: tree.names[id] });
    }
    stack.length = tree.depth[i] - 1;
    stack.push(frameOf[id]);
    if (tree.self[i] !== 0) {
      samples.push(stack.slice());
      weights.push(tree.self[i]);
    }
  }
  const unit = opts.unit && SPEEDSCOPE_UNITS.has(opts.unit) ? opts.unit : opts.unit === 'ns' ? 'nanoseconds' : 'none';
  return JSON.stringify({
    $schema: 'https://www.speedscope.app/file-format-schema.json',
    exporter: 'flamelens',
    name: opts.name ?? 'profile',
    activeProfileIndex: 0,
    shared: { frames },
    profiles: [
      { type: 'sampled', name: opts.name ?? 'profile', unit, startValue: 0, endValue: tree.total[0], samples, weights },
    ],
  });
}
