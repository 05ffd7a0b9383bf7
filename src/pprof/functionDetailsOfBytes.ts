/**
 * One function's details (src/pprof/functionDetails) straight from a pprof's protobuf bytes,
 * without decoding the profile: the answer for a merged profile of tens of MB has to come faster
 * than a full decode could. Deep-equal to functionDetailsOfPprof(decodeInflatedPprof(bytes), …),
 * errors included, but:
 *
 * - strings stay UTF-8 byte ranges; function names are compared with the target's bytes, and only
 *   the names and files the answer shows are decoded;
 * - a sample's location ids go to a reused buffer, and only its one needed value is kept;
 * - a location is marked once when one of its lines is the function, so a sample without the
 *   function costs a table lookup per location id and nothing more;
 * - labels, mappings and comments are checked and skipped.
 *
 * Two passes: the tables first (src/pprof/pprofTables), then the samples (src/pprof/pprofSamples),
 * since pprof may write samples before the locations and functions they name.
 */
import { FlamelensError } from '../errors';
import { asPprofErrors, rejectNonProtobuf } from './decode';
import { growInt32, type FunctionDetails } from './functionDetails';
import { checkSampleTypeIndex } from './profile';
import { FunctionDetailsSums } from './functionDetailsSums';
import { IdIndex } from './idIndex';
import { forEachSample } from './pprofSamples';
import { readPprofTables, type PprofTables } from './pprofTables';
import { decodesEmpty, Utf8Target } from './utf8Target';
import { decodeUtf8 } from './wire';

/** Details of the function named `name` over one sample type; undefined when no sample has it. */
export function functionDetailsOfBytes(
  bytes: Uint8Array,
  name: string,
  sampleType: number
): FunctionDetails | undefined {
  rejectNonProtobuf(bytes);
  return asPprofErrors(() => detailsOf(readPprofTables(bytes), name, sampleType));
}

function detailsOf(t: PprofTables, name: string, sampleType: number): FunctionDetails | undefined {
  if (!(Number.isInteger(sampleType) && sampleType >= 0 && sampleType < t.sampleTypeCount)) {
    // A decoder would report a malformed sample before the index: read them, to throw as it does.
    forEachSample(t.bytes, t.sampleTypeCount, -1, () => undefined);
    checkSampleTypeIndex(sampleType, t.sampleTypeCount);
  }
  const strings = new LazyStrings(t);
  const target = new Utf8Target(name);
  const isTarget = new Uint8Array(t.functionCount);
  let file = '';
  let startLine = 0;
  for (let i = 0; i < t.functionCount; i++) {
    const s = strings.nameIndexOf(i);
    if (s < 0 ? name === '' : target.matches(t.bytes, t.stringStart[s], t.stringEnd[s])) {
      isTarget[i] = 1;
      file ||= strings.at(t.functionFilename[i]);
      startLine ||= t.functionStartLine[i];
    }
  }
  const frames = framesOf(t, isTarget);
  const sums = new FunctionDetailsSums(
    {
      fn: frames.fn,
      line: frames.line,
      isTarget,
      fileIndexOf: (fi) => t.functionFilename[fi],
      stringAt: (i) => strings.at(i),
      nameOf: (fi) => strings.nameOf(fi),
    },
    frames.fn.length,
    t.functionCount
  );
  const locationOf = new IdIndex(t.locationId, t.locationCount, true);
  const { start, hasTarget } = frames;
  const indexOfId = locationOf.dense;
  const kindOfId = indexOfId ? kindsOf(indexOfId, hasTarget) : undefined;
  let grandTotal = 0;
  // Per location of one sample: whether it holds the function, its index (sparse ids only); then
  // the frames kept, innermost first. Reused.
  let holds = new Uint8Array(256);
  let locations: Int32Array = new Int32Array(256);
  let stack: Int32Array = new Int32Array(256);
  forEachSample(t.bytes, t.sampleTypeCount, sampleType, (ids, n, v) => {
    if (v === 0) {
      return;
    }
    grandTotal += v;
    if (n > holds.length) {
      holds = new Uint8Array(Math.max(n, holds.length * 2));
      locations = new Int32Array(holds.length);
    }
    let hit = 0;
    if (kindOfId) {
      // One byte per id says both that the location exists and whether it holds the function.
      for (let k = 0; k < n; k++) {
        const id = ids[k];
        const kind = id >= 0 && id < kindOfId.length ? kindOfId[id | 0] : NO_LOCATION;
        if (kind === NO_LOCATION) {
          undefinedLocation(id);
        }
        holds[k] = kind & HOLDS_FUNCTION;
        hit |= kind;
      }
      hit &= HOLDS_FUNCTION;
    } else {
      for (let k = 0; k < n; k++) {
        const l = locationOf.get(ids[k]);
        if (l < 0) {
          undefinedLocation(ids[k]);
        }
        locations[k] = l;
        holds[k] = hasTarget[l];
        hit |= hasTarget[l];
      }
    }
    if (!hit) {
      return;
    }
    // Only the function's locations and their neighbours matter to the sums: the frames of other
    // locations are left out. Of [a, b, F, c, d] (F holding the function, a the leaf), b, F and c
    // are kept; F is no leaf, as its callee b stays before it.
    let m = 0;
    for (let k = 0; k < n; k++) {
      if (!holds[k] && !(k > 0 && holds[k - 1]) && !(k + 1 < n && holds[k + 1])) {
        continue;
      }
      const l = indexOfId ? indexOfId[ids[k] | 0] : locations[k];
      for (let f = start[l]; f < start[l + 1]; f++) {
        if (m === stack.length) {
          stack = growInt32(stack);
        }
        stack[m++] = f;
      }
    }
    sums.add(stack, m, v);
  });
  return sums.result(name, grandTotal, file, startLine);
}

const NO_LOCATION = 0;
const LOCATION = 1;
const HOLDS_FUNCTION = 2;

/** Per location id: NO_LOCATION, or LOCATION with HOLDS_FUNCTION when one of its lines is the function. */
function kindsOf(indexOfId: Int32Array, hasTarget: Uint8Array): Uint8Array {
  const kinds = new Uint8Array(indexOfId.length);
  for (let id = 0; id < indexOfId.length; id++) {
    const l = indexOfId[id];
    kinds[id] = l < 0 ? NO_LOCATION : LOCATION | (hasTarget[l] ? HOLDS_FUNCTION : 0);
  }
  return kinds;
}

function undefinedLocation(id: number): never {
  throw new FlamelensError(
    'malformed-protobuf',
    `malformed pprof profile: a sample refers to location ${id}, which the profile does not define`
  );
}

/**
 * Per location, its frames innermost first (a location without lines is one frame of no function),
 * and whether one of them is the function asked for.
 */
function framesOf(
  t: PprofTables,
  isTarget: Uint8Array
): { start: Int32Array; fn: Int32Array; line: Float64Array; hasTarget: Uint8Array } {
  const functionOf = new IdIndex(t.functionId, t.functionCount);
  const lineStart = t.locationLineStart;
  const start = new Int32Array(t.locationCount + 1);
  const frameCount = t.lineFunctionId.length + t.locationCount;
  const fn = new Int32Array(frameCount);
  const line = new Float64Array(frameCount);
  const hasTarget = new Uint8Array(t.locationCount);
  let n = 0;
  for (let l = 0; l < t.locationCount; l++) {
    start[l] = n;
    const a = lineStart[l];
    const b = lineStart[l + 1];
    if (a === b) {
      fn[n] = -1;
      line[n++] = 0;
    }
    // pprof lists a location's inlined callee first: innermost first, as a sample lists locations.
    for (let k = a; k < b; k++) {
      const fi = functionOf.get(t.lineFunctionId[k]);
      fn[n] = fi;
      line[n++] = t.lineNumber[k];
      if (fi >= 0 && isTarget[fi]) {
        hasTarget[l] = 1;
      }
    }
  }
  start[t.locationCount] = n;
  return { start, fn: fn.subarray(0, n), line: line.subarray(0, n), hasTarget };
}

/** The string table, decoded one string at a time when first asked for. */
class LazyStrings {
  private readonly decoded: Array<string | undefined>;
  constructor(private readonly t: PprofTables) {
    this.decoded = new Array<string | undefined>(t.stringCount);
  }

  /** String i; '' when i is outside the table (as a decoded profile's `strings[i] ?? ''`). */
  at(i: number): string {
    if (!(i >= 0 && i < this.t.stringCount)) {
      return '';
    }
    return (this.decoded[i] ??= decodeUtf8(this.t.bytes, this.t.stringStart[i], this.t.stringEnd[i]));
  }

  /**
   * The string index of function fi's frame name, -1 for none (named ''): its name, else its
   * system name, as src/pprof/toTree functionNameOf picks them.
   */
  nameIndexOf(fi: number): number {
    const { t } = this;
    const name = t.functionName[fi];
    if (name >= 0 && name < t.stringCount && !decodesEmpty(t.bytes, t.stringStart[name], t.stringEnd[name])) {
      return name;
    }
    const system = t.functionSystemName[fi];
    return system >= 0 && system < t.stringCount ? system : -1;
  }

  nameOf(fi: number): string {
    return this.at(this.nameIndexOf(fi));
  }
}
