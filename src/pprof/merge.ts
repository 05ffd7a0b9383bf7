/**
 * Merges the samples of several pprof profiles into one pprof that keeps where each frame is in
 * the source: functions keep their name, system name, file name and start line, locations their
 * line numbers, inlined frames included. This is what Pyroscope answers a merge asked for as pprof;
 * a merged call tree (encodeTreeAsPprof) keeps only the frame names.
 *
 *   profile A  main.go:12 main → h.go:21 handle → h.go:45 hot   10
 *   profile B  main.go:12 main → h.go:21 handle → h.go:45 hot    5
 *              main.go:12 main → h.go:30 handle                  2
 *   merged     main.go:12 main → h.go:21 handle → h.go:45 hot   15
 *              main.go:12 main → h.go:30 handle                  2   (another line: another location)
 *
 * Identity is by content, interned once per profile and compared by id afterwards:
 *
 * - a function is its (name, system name, file name, start line);
 * - a location is its lines' (function, line number) list, inlined callee first; a location
 *   without lines (unsymbolized) is its address. Addresses of symbolized locations and mappings are
 *   not kept: profiles of different binaries then share the locations of the same source lines;
 * - a sample is its stack of locations, found in a trie of (parent, location) built with the call
 *   tree's hash table: equal stacks end at the same node, whose value is their sum. Sample labels
 *   are dropped.
 *
 * The work is one pass over each profile's samples and one over its locations, functions and
 * strings; no string is built per sample.
 */
import { NameTable, TreeBuilder } from '../tree/callTree';
import { finishProfile, type EncodeOptions } from './encode';
import { checkSampleTypeIndex, type PprofProfile } from './profile';
import { functionIndexOf, locationFrames, locationIndex, sampleLabelIn } from './toTree';
import { WireWriter } from './writer';

/** Which samples of a profile to merge, and which of their values. */
export interface MergeSelection {
  /** Sample type index (see resolveSampleType). */
  sampleType: number;
  /** Only these sample indexes (ascending); all when absent. */
  samples?: Int32Array;
  /** Only samples whose string label `key` has one of `values` (e.g. span_id in a set). */
  labelAnyOf?: { key: string; values: ReadonlySet<string> };
}

/** A location key's prefix can never equal the trie root's name. */
const ROOT = 'total';

export class PprofMerger {
  private readonly strings = new NameTable(['']);
  private readonly functionIds = new Map<string, number>();
  /** Function columns; function id k + 1 is row k. Values are indexes into `strings`. */
  private readonly fnName: number[] = [];
  private readonly fnSystemName: number[] = [];
  private readonly fnFilename: number[] = [];
  private readonly fnStartLine: number[] = [];
  /** Location keys: location id = key id (the trie root holds id 0). */
  private readonly locationKeys = new NameTable([ROOT]);
  /** Location columns, indexed by location id (slot 0 unused); lines are [lineStart[id], lineStart[id + 1]). */
  private readonly locAddress: number[] = [0];
  private readonly lineStart: number[] = [0, 0];
  private readonly lineFunction: number[] = [];
  private readonly lineNumber: number[] = [];
  /** Stacks as a tree of location ids, root first: a node's self is the merged sample's value. */
  private readonly stacks = new TreeBuilder(ROOT, this.locationKeys);
  /** Frame names as the call tree shows them, for matching the call site. */
  private readonly frameNames = new NameTable();
  private readonly callSiteIds: Int32Array | undefined;

  /**
   * @param callSite frame names from the root: only samples whose stack, read from the root with
   *   inlined frames as frames of their own, begins with them are merged, whole (not re-rooted).
   */
  constructor(callSite?: readonly string[]) {
    this.callSiteIds = callSite?.length ? Int32Array.from(callSite, (n) => this.frameNames.intern(n)) : undefined;
  }

  /** Adds one profile's selected samples. */
  add(p: PprofProfile, sel: MergeSelection): void {
    const t = sel.sampleType;
    const nTypes = p.sampleTypes.length;
    checkSampleTypeIndex(t, nTypes);
    const fnIndex = functionIndexOf(p);
    const stringOut = new Int32Array(p.strings.length).fill(-1);
    const functionOut = new Int32Array(p.functionCount);
    const locationOut = new Int32Array(p.locationCount);
    const byId = new Map<number, number>();
    for (let l = 0; l < p.locationCount; l++) {
      byId.set(p.locationId[l], l);
    }
    const frames = this.callSiteIds ? locationFrames(p, this.frameNames) : undefined;
    const anyOf = sel.labelAnyOf;

    const str = (i: number): number => {
      if (i < 0 || i >= stringOut.length) {
        return 0;
      }
      if (stringOut[i] < 0) {
        stringOut[i] = this.strings.intern(p.strings[i]);
      }
      return stringOut[i];
    };
    const fn = (fi: number): number => {
      if (functionOut[fi] === 0) {
        functionOut[fi] = this.functionId(
          str(p.functionName[fi]),
          str(p.functionSystemName[fi]),
          str(p.functionFilename[fi]),
          p.functionStartLine[fi]
        );
      }
      return functionOut[fi];
    };
    const location = (l: number): number => {
      if (locationOut[l] === 0) {
        const fns: number[] = [];
        const lines: number[] = [];
        for (let k = p.locationLineStart[l]; k < p.locationLineStart[l + 1]; k++) {
          const fi = fnIndex.get(p.lineFunctionId[k]);
          // A line naming no function says nothing a reader can show.
          if (fi !== undefined) {
            fns.push(fn(fi));
            lines.push(p.lineNumber[k]);
          }
        }
        locationOut[l] = this.locationId(p.locationAddress[l], fns, lines);
      }
      return locationOut[l];
    };

    const subset = sel.samples;
    const count = subset ? subset.length : p.sampleCount;
    for (let k = 0; k < count; k++) {
      const s = subset ? subset[k] : k;
      const value = p.sampleValues[s * nTypes + t];
      if (value === 0 || (anyOf && !sampleLabelIn(p, s, anyOf.key, anyOf.values))) {
        continue;
      }
      const first = p.sampleLocStart[s];
      const depth = p.sampleLocStart[s + 1] - first;
      if (frames && !this.beginsWithCallSite(p, byId, frames, first, depth)) {
        continue;
      }
      let node = 0;
      for (let d = depth - 1; d >= 0; d--) {
        node = this.stacks.child(node, location(locationIndex(p, byId, p.sampleLocIds[first + d])));
      }
      this.stacks.addSelf(node, value);
    }
  }

  /**
   * The merged profile: one sample type, the period type, time and duration of `opts`. With
   * nothing merged it is the same empty profile encodeTreeAsPprof writes for an empty tree.
   */
  encode(opts: EncodeOptions): Uint8Array {
    const s = (v: string) => this.strings.intern(v);
    const out = new WireWriter();
    out.bytesField(1, new WireWriter().uintField(1, s(opts.type)).uintField(2, s(opts.unit)).finish());
    const tree = this.stacks.build('insertion');
    const stack: number[] = [];
    for (let i = 0; i < tree.count; i++) {
      if (tree.self[i] === 0) {
        continue;
      }
      stack.length = 0;
      for (let n = i; n > 0; n = tree.parent[n]) {
        stack.push(tree.nameId[n]);
      }
      out.bytesField(2, new WireWriter().packedField(1, stack).packedField(2, [tree.self[i]]).finish());
    }
    for (let id = 1; id < this.locAddress.length; id++) {
      const loc = new WireWriter().uintField(1, id).uintField(3, this.locAddress[id]);
      for (let k = this.lineStart[id]; k < this.lineStart[id + 1]; k++) {
        loc.bytesField(
          4,
          new WireWriter().uintField(1, this.lineFunction[k]).uintField(2, this.lineNumber[k]).finish()
        );
      }
      out.bytesField(4, loc.finish());
    }
    for (let k = 0; k < this.fnName.length; k++) {
      out.bytesField(
        5,
        new WireWriter()
          .uintField(1, k + 1)
          .uintField(2, this.fnName[k])
          .uintField(3, this.fnSystemName[k])
          .uintField(4, this.fnFilename[k])
          .uintField(5, this.fnStartLine[k])
          .finish()
      );
    }
    return finishProfile(out, this.strings.names, s, opts);
  }

  private functionId(name: number, systemName: number, filename: number, startLine: number): number {
    const key = `${name},${systemName},${filename},${startLine}`;
    let id = this.functionIds.get(key);
    if (id === undefined) {
      this.fnName.push(name);
      this.fnSystemName.push(systemName);
      this.fnFilename.push(filename);
      this.fnStartLine.push(startLine);
      id = this.fnName.length;
      this.functionIds.set(key, id);
    }
    return id;
  }

  private locationId(address: number, fns: number[], lines: number[]): number {
    let key = fns.length ? 'l' : `a${address}`;
    for (let k = 0; k < fns.length; k++) {
      key += `${fns[k]}:${lines[k]},`;
    }
    const id = this.locationKeys.intern(key);
    if (id === this.locAddress.length) {
      this.locAddress.push(fns.length ? 0 : address);
      for (let k = 0; k < fns.length; k++) {
        this.lineFunction.push(fns[k]);
        this.lineNumber.push(lines[k]);
      }
      this.lineStart.push(this.lineFunction.length);
    }
    return id;
  }

  /**
   * Whether a sample's stack, root first with inlined frames as frames of their own, begins with
   * the call site. Reads at most as many frames as the call site has.
   */
  private beginsWithCallSite(
    p: PprofProfile,
    byId: Map<number, number>,
    frames: { start: Int32Array; ids: Int32Array },
    first: number,
    depth: number
  ): boolean {
    const want = this.callSiteIds!;
    let matched = 0;
    for (let d = depth - 1; d >= 0 && matched < want.length; d--) {
      const l = locationIndex(p, byId, p.sampleLocIds[first + d]);
      for (let f = frames.start[l]; f < frames.start[l + 1] && matched < want.length; f++) {
        if (frames.ids[f] !== want[matched++]) {
          return false;
        }
      }
    }
    return matched === want.length;
  }
}
