/**
 * Test helpers for profiles that say where their frames are in the source: a pprof built field by
 * field (profile.proto numbers) from functions, locations and samples, and a picture of a decoded
 * profile's stacks with files and lines, read from its columns (not by the code under test).
 */
import { WireWriter } from '../pprof/writer';
import type { PprofProfile } from '../pprof/profile';

/** A function: name, file, start line, and optionally a system name. */
export type Fn = [name: string, file: string, startLine: number, systemName?: string];
/** A location: its lines, inlined callee first, as [function id, line]; or an address alone. */
export type Loc = Array<[fn: number, line: number]> | { address: number };
/** A sample: location ids leaf first, values per sample type, string labels. */
export type Sample = [locs: number[], values: number[], labels?: Record<string, string>];

/** A raw pprof (not gzipped) of these functions, locations (ids from 1), samples and sample types. */
export function sourcePprof(
  functions: Fn[],
  locations: Loc[],
  samples: Sample[],
  { types = [['cpu', 'nanoseconds']], periodType }: { types?: string[][]; periodType?: [string, string] } = {}
): Uint8Array {
  const strings = [''];
  const str = (v: string) => (strings.includes(v) ? strings.indexOf(v) : strings.push(v) - 1);
  const w = new WireWriter();
  for (const [type, unit] of types) {
    w.bytesField(1, new WireWriter().uintField(1, str(type)).uintField(2, str(unit)).finish());
  }
  for (const [locs, values, labels] of samples) {
    const s = new WireWriter().packedField(1, locs).packedField(2, values);
    for (const [k, v] of Object.entries(labels ?? {})) {
      s.bytesField(3, new WireWriter().uintField(1, str(k)).uintField(2, str(v)).finish());
    }
    w.bytesField(2, s.finish());
  }
  locations.forEach((loc, i) => {
    const l = new WireWriter().uintField(1, i + 1);
    if (Array.isArray(loc)) {
      l.uintField(3, 0x1000 + i);
      for (const [fn, line] of loc) {
        l.bytesField(4, new WireWriter().uintField(1, fn).uintField(2, line).finish());
      }
    } else {
      l.uintField(3, loc.address);
    }
    w.bytesField(4, l.finish());
  });
  functions.forEach(([name, file, start, system], i) =>
    w.bytesField(
      5,
      new WireWriter()
        .uintField(1, i + 1)
        .uintField(2, str(name))
        .uintField(3, str(system ?? name))
        .uintField(4, str(file))
        .uintField(5, start)
        .finish()
    )
  );
  if (periodType) {
    w.bytesField(11, new WireWriter().uintField(1, str(periodType[0])).uintField(2, str(periodType[1])).finish());
  }
  strings.forEach((s) => w.stringField(6, s));
  return w.finish();
}

/**
 * A profile's samples as text, one line per distinct stack (equal stacks summed), sorted: frames
 * root first as `name file:line`, inlined frames as frames of their own; an unsymbolized location
 * as its address. Written against the decoded columns, not the merger.
 */
export function picture(p: PprofProfile, sampleType = 0): string {
  const fnRow = new Map<number, number>();
  for (let i = 0; i < p.functionCount; i++) {
    fnRow.set(p.functionId[i], i);
  }
  const locRow = new Map<number, number>();
  for (let i = 0; i < p.locationCount; i++) {
    locRow.set(p.locationId[i], i);
  }
  const sums = new Map<string, number>();
  for (let s = 0; s < p.sampleCount; s++) {
    const frames: string[] = [];
    for (let k = p.sampleLocStart[s + 1] - 1; k >= p.sampleLocStart[s]; k--) {
      const l = locRow.get(p.sampleLocIds[k])!;
      if (p.locationLineStart[l] === p.locationLineStart[l + 1]) {
        frames.push(`0x${p.locationAddress[l].toString(16)}`);
      }
      for (let j = p.locationLineStart[l + 1] - 1; j >= p.locationLineStart[l]; j--) {
        const f = fnRow.get(p.lineFunctionId[j])!;
        frames.push(`${p.strings[p.functionName[f]]} ${p.strings[p.functionFilename[f]]}:${p.lineNumber[j]}`);
      }
    }
    const v = p.sampleValues[s * p.sampleTypes.length + sampleType];
    if (v !== 0) {
      const key = frames.join('; ');
      sums.set(key, (sums.get(key) ?? 0) + v);
    }
  }
  return [...sums]
    .map(([k, v]) => `${k} ${v}`)
    .sort()
    .join('\n');
}
