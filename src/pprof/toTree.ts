/**
 * pprof samples → merged call tree, for one sample type.
 *
 * A sample's location_ids are leaf first, and a location's lines are inlined-callee first, so the
 * root-first stack is both lists reversed:
 *
 *   sample [L2, L1]   L1 = [main]   L2 = [inlinedHelper, caller]   →  main;caller;inlinedHelper
 *
 * Frame names: the function name, else its system name, else the location address (0x…), so an
 * unsymbolized profile still draws.
 */
import { FlamelensError } from '../errors';
import { CallTree, NameTable, TreeBuilder } from '../tree/callTree';
import { checkSampleTypeIndex, type PprofProfile } from './profile';

/**
 * Index of the sample type named by `spec` ("cpu" or "cpu/nanoseconds"); with no spec, the
 * profile's default_sample_type, else its last sample type (pprof's own rule).
 */
export function resolveSampleType(p: PprofProfile, spec?: string): number {
  if (p.sampleTypes.length === 0) {
    throw new FlamelensError('unknown-sample-type', 'the profile declares no sample types');
  }
  if (!spec) {
    if (p.defaultSampleType) {
      const i = p.sampleTypes.findIndex((t) => t.type === p.defaultSampleType);
      if (i >= 0) {
        return i;
      }
    }
    return p.sampleTypes.length - 1;
  }
  const [type, unit] = spec.split('/');
  const i = p.sampleTypes.findIndex((t) => t.type === type && (unit === undefined || t.unit === unit));
  if (i < 0) {
    const known = p.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(', ');
    throw new FlamelensError('unknown-sample-type', `sample type "${spec}" is not in this profile; it has: ${known}`);
  }
  return i;
}

/**
 * The sample type to show when the reader has not chosen one: the profile's default, unless all
 * its values are zero (a heap profile's in-use space after everything was freed), then the first
 * type with data; the default again when every type is zero.
 */
export function shownSampleType(p: PprofProfile): number {
  const preferred = resolveSampleType(p);
  if (p.totals[preferred] !== 0n) {
    return preferred;
  }
  const withData = p.totals.findIndex((t) => t !== 0n);
  return withData >= 0 ? withData : preferred;
}

export interface PprofTreeOptions {
  /** Sample type index (see resolveSampleType). */
  sampleType: number;
  /** Keep only samples whose labels match all of these (string labels). */
  labelFilter?: Record<string, string>;
  /** Keep only samples whose string label `key` has one of `values` (e.g. span_id in a set). */
  labelAnyOf?: { key: string; values: ReadonlySet<string> };
  /** Only these sample indexes (ascending). */
  samples?: Int32Array;
}

/** Function ids to their dense index in the profile's function table. */
export function functionIndexOf(p: PprofProfile): Map<number, number> {
  const fnIndex = new Map<number, number>();
  for (let i = 0; i < p.functionCount; i++) {
    fnIndex.set(p.functionId[i], i);
  }
  return fnIndex;
}

/** A function's name as frames show it: its name, else its system name ('' when it has neither). */
export function functionNameOf(p: PprofProfile, fi: number): string {
  return (p.strings[p.functionName[fi]] ?? '') || (p.strings[p.functionSystemName[fi]] ?? '');
}

/** Per-location frame names, root-first, as name ids; built once per profile and tree. */
export function locationFrames(
  p: PprofProfile,
  table: NameTable
): { start: Int32Array; ids: Int32Array; byId: Map<number, number> } {
  const fnIndex = functionIndexOf(p);
  const nameOfFunction = (fi: number | undefined, address: number): string =>
    (fi !== undefined ? functionNameOf(p, fi) : '') || `0x${address.toString(16)}`;
  const start = new Int32Array(p.locationCount + 1);
  const ids: number[] = [];
  const byId = new Map<number, number>();
  for (let l = 0; l < p.locationCount; l++) {
    start[l] = ids.length;
    byId.set(p.locationId[l], l);
    const a = p.locationLineStart[l];
    const b = p.locationLineStart[l + 1];
    if (a === b) {
      ids.push(table.intern(nameOfFunction(undefined, p.locationAddress[l])));
    }
    for (let k = b - 1; k >= a; k--) {
      ids.push(table.intern(nameOfFunction(fnIndex.get(p.lineFunctionId[k]), p.locationAddress[l])));
    }
  }
  start[p.locationCount] = ids.length;
  return { start, ids: Int32Array.from(ids), byId };
}

/**
 * The dense index of a location id (`byId` from locationFrames): ids are usually 1..n, so the
 * direct slot is tried first. A sample naming an undefined location is a malformed profile.
 */
export function locationIndex(p: PprofProfile, byId: Map<number, number>, id: number): number {
  const direct = id - 1;
  if (direct >= 0 && direct < p.locationCount && p.locationId[direct] === id) {
    return direct;
  }
  const l = byId.get(id);
  if (l === undefined) {
    throw new FlamelensError(
      'malformed-protobuf',
      `malformed pprof profile: a sample refers to location ${id}, which the profile does not define`
    );
  }
  return l;
}

/** Builds the merged call tree of one sample type. */
export function pprofToTree(p: PprofProfile, opts: PprofTreeOptions): CallTree {
  const table = new NameTable(['total']);
  const builder = new TreeBuilder('total', table, Math.max(1024, p.locationCount * 4));
  appendPprof(builder, p, opts);
  return builder.build();
}

/**
 * Adds one profile's samples of a sample type to a tree being built, so several profiles merge
 * into one tree without building a tree per profile first.
 */
export function appendPprof(builder: TreeBuilder, p: PprofProfile, opts: PprofTreeOptions): void {
  const t = opts.sampleType;
  const nTypes = p.sampleTypes.length;
  checkSampleTypeIndex(t, nTypes);
  const frames = locationFrames(p, builder.names);
  const anyOf = opts.labelAnyOf;
  const filter = opts.labelFilter ? Object.entries(opts.labelFilter) : undefined;
  const locIndexOf = (id: number): number => locationIndex(p, frames.byId, id);
  // The previous sample's path, root first: location index and the node reached after it.
  // Consecutive samples often share a long root-side prefix, which is then walked without lookups.
  let prevLen = 0;
  let prevLoc = new Int32Array(256);
  let prevNode = new Int32Array(256);
  const subset = opts.samples;
  const count = subset ? subset.length : p.sampleCount;
  for (let k = 0; k < count; k++) {
    const s = subset ? subset[k] : k;
    const value = p.sampleValues[s * nTypes + t];
    if (value === 0) {
      continue;
    }
    if (filter && !sampleMatches(p, s, filter)) {
      continue;
    }
    if (anyOf && !sampleLabelIn(p, s, anyOf.key, anyOf.values)) {
      continue;
    }
    const first = p.sampleLocStart[s];
    const depth = p.sampleLocStart[s + 1] - first;
    if (depth > prevLoc.length) {
      const cap = Math.max(depth, prevLoc.length * 2);
      prevLoc = new Int32Array(cap);
      prevNode = new Int32Array(cap);
      prevLen = 0;
    }
    let node = 0;
    let d = 0;
    // Shared prefix with the previous sample (root first = from the end of location_ids).
    while (d < depth && d < prevLen && prevLoc[d] === locIndexOf(p.sampleLocIds[first + depth - 1 - d])) {
      node = prevNode[d];
      d++;
    }
    for (; d < depth; d++) {
      const l = locIndexOf(p.sampleLocIds[first + depth - 1 - d]);
      for (let f = frames.start[l]; f < frames.start[l + 1]; f++) {
        node = builder.child(node, frames.ids[f]);
      }
      prevLoc[d] = l;
      prevNode[d] = node;
    }
    prevLen = depth;
    builder.addSelf(node, value);
  }
}

/** Whether sample s has the string label `key` with one of `values`. */
export function sampleLabelIn(p: PprofProfile, s: number, key: string, values: ReadonlySet<string>): boolean {
  for (let l = p.sampleLabelStart[s]; l < p.sampleLabelStart[s + 1]; l++) {
    if (p.strings[p.labelKey[l]] === key && values.has(p.strings[p.labelStr[l]])) {
      return true;
    }
  }
  return false;
}

function sampleMatches(p: PprofProfile, s: number, filter: Array<[string, string]>): boolean {
  for (const [key, want] of filter) {
    let found = false;
    for (let l = p.sampleLabelStart[s]; l < p.sampleLabelStart[s + 1]; l++) {
      if (p.strings[p.labelKey[l]] === key && p.strings[p.labelStr[l]] === want) {
        found = true;
        break;
      }
    }
    if (!found) {
      return false;
    }
  }
  return true;
}
