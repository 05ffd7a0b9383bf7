/**
 * Writes a call tree as a gzipped pprof profile: one sample per node with self value, its stack
 * as location ids leaf first, one location and function per distinct frame name. Decoding it back
 * gives the same totals and the same stacks.
 */
import { gzipSync } from 'fflate';
import { CallTree } from '../tree/callTree';
import { WireWriter } from './writer';

export interface EncodeOptions {
  type: string;
  unit: string;
  periodType?: string;
  periodUnit?: string;
  period?: number;
  timeNanos?: number;
  durationNanos?: number;
  /** Gzip the output (default true: profile.proto says profiles on disk are gzipped). */
  gzip?: boolean;
}

export function encodeTreeAsPprof(tree: CallTree, opts: EncodeOptions): Uint8Array {
  const strings = [''];
  const stringIds = new Map<string, number>([['', 0]]);
  const s = (v: string) => {
    let id = stringIds.get(v);
    if (id === undefined) {
      id = strings.length;
      strings.push(v);
      stringIds.set(v, id);
    }
    return id;
  };
  const out = new WireWriter();
  const st = new WireWriter().uintField(1, s(opts.type)).uintField(2, s(opts.unit)).finish();
  out.bytesField(1, st);

  // Location/function id per name id (1-based; 0 = not yet assigned).
  const locOf = new Int32Array(tree.names.length);
  const usedNames: number[] = [];
  const stack: number[] = [];
  for (let i = 1; i < tree.count; i++) {
    const id = tree.nameId[i];
    if (locOf[id] === 0) {
      usedNames.push(id);
      locOf[id] = usedNames.length;
    }
    if (tree.self[i] === 0) {
      continue;
    }
    stack.length = 0;
    for (let n = i; n > 0; n = tree.parent[n]) {
      stack.push(locOf[tree.nameId[n]]);
    }
    const sample = new WireWriter().packedField(1, stack).packedField(2, [tree.self[i]]).finish();
    out.bytesField(2, sample);
  }
  for (let k = 0; k < usedNames.length; k++) {
    const id = k + 1;
    const line = new WireWriter().uintField(1, id).finish();
    out.bytesField(4, new WireWriter().uintField(1, id).bytesField(4, line).finish());
  }
  for (let k = 0; k < usedNames.length; k++) {
    const id = k + 1;
    const nameIdx = s(tree.names[usedNames[k]]);
    out.bytesField(5, new WireWriter().uintField(1, id).uintField(2, nameIdx).uintField(3, nameIdx).finish());
  }
  return finishProfile(out, strings, s, opts);
}

/**
 * The fields every encoded profile ends with: its period type, the string table (strings are
 * interned as they are met; `intern` may add the period's), time, duration and period; gzipped
 * unless asked not to be.
 */
export function finishProfile(
  out: WireWriter,
  strings: readonly string[],
  intern: (v: string) => number,
  opts: EncodeOptions
): Uint8Array {
  if (opts.periodType !== undefined || opts.periodUnit !== undefined) {
    const pt = new WireWriter()
      .uintField(1, intern(opts.periodType ?? ''))
      .uintField(2, intern(opts.periodUnit ?? ''))
      .finish();
    out.bytesField(11, pt);
  }
  for (const str of strings) {
    out.stringField(6, str);
  }
  out
    .uintField(9, opts.timeNanos ?? 0)
    .uintField(10, opts.durationNanos ?? 0)
    .uintField(12, opts.period ?? 0);
  const bytes = out.finish();
  return opts.gzip === false ? bytes : gzipSync(bytes);
}
