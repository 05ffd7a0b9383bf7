/**
 * One function's details from a pprof profile (a query's merged profile, or that of the call site
 * it was found at): its self and total, who calls it and whom it calls with their shares, and a
 * line table — per source line of the function, the time spent on that line itself (flat, the
 * sample's innermost frame) and on it or below (cumulative), as Go's `pprof -list` counts them.
 *
 * Frames are named as in the merged tree (src/pprof/toTree: inlined frames are functions of their
 * own). A sample counts once toward the function's total, once toward each of its lines, and once
 * toward each caller or callee, however often the function recurs on its stack.
 */
import { FunctionDetailsSums } from './functionDetailsSums';
import { checkSampleTypeIndex, type PprofProfile } from './profile';
import { functionIndexOf, functionNameOf, locationIndex } from './toTree';

export interface LineRow {
  file: string;
  /** 0 when the profile has no line numbers for the frame. */
  line: number;
  self: number;
  total: number;
}

export interface Neighbour {
  name: string;
  /** Of the function's total, the part through (callers) or into (callees) this function. */
  total: number;
}

export interface FunctionDetails {
  name: string;
  self: number;
  total: number;
  /** The whole profile's total (shares are of it, or of the function's total for neighbours). */
  grandTotal: number;
  /** Largest self first, then largest total, then file and line. */
  lines: LineRow[];
  callers: Neighbour[];
  callees: Neighbour[];
  /** Where the function starts (its file and start line, when the profile says). */
  file: string;
  startLine: number;
}

/** Per location, its frames innermost first: (function index or -1, line number). */
interface Frames {
  start: Int32Array;
  fn: Int32Array;
  line: Float64Array;
  byId: Map<number, number>;
}

function framesOf(p: PprofProfile): Frames {
  const fnIndex = functionIndexOf(p);
  const start = new Int32Array(p.locationCount + 1);
  const fn: number[] = [];
  const line: number[] = [];
  const byId = new Map<number, number>();
  for (let l = 0; l < p.locationCount; l++) {
    start[l] = fn.length;
    byId.set(p.locationId[l], l);
    const a = p.locationLineStart[l];
    const b = p.locationLineStart[l + 1];
    if (a === b) {
      fn.push(-1);
      line.push(0);
    }
    // pprof lists a location's inlined callee first: innermost first, as a sample lists locations.
    for (let k = a; k < b; k++) {
      fn.push(fnIndex.get(p.lineFunctionId[k]) ?? -1);
      line.push(p.lineNumber[k]);
    }
  }
  start[p.locationCount] = fn.length;
  return { start, fn: Int32Array.from(fn), line: Float64Array.from(line), byId };
}

/** Details of the function named `name` over one sample type; undefined when no sample has it. */
export function functionDetailsOfPprof(p: PprofProfile, name: string, sampleType: number): FunctionDetails | undefined {
  const nTypes = p.sampleTypes.length;
  checkSampleTypeIndex(sampleType, nTypes);
  const frames = framesOf(p);
  const isTarget = new Uint8Array(p.functionCount);
  let file = '';
  let startLine = 0;
  for (let i = 0; i < p.functionCount; i++) {
    if (functionNameOf(p, i) === name) {
      isTarget[i] = 1;
      file ||= p.strings[p.functionFilename[i]] ?? '';
      startLine ||= p.functionStartLine[i];
    }
  }
  const sums = new FunctionDetailsSums(
    {
      fn: frames.fn,
      line: frames.line,
      isTarget,
      fileIndexOf: (fi) => p.functionFilename[fi],
      stringAt: (i) => p.strings[i] ?? '',
      nameOf: (fi) => functionNameOf(p, fi),
    },
    frames.fn.length,
    p.functionCount
  );
  let grandTotal = 0;
  // One sample's frames, innermost first (reused).
  let stack: Int32Array = new Int32Array(64);
  for (let s = 0; s < p.sampleCount; s++) {
    const v = p.sampleValues[s * nTypes + sampleType];
    if (v === 0) {
      continue;
    }
    grandTotal += v;
    let n = 0;
    for (let k = p.sampleLocStart[s]; k < p.sampleLocStart[s + 1]; k++) {
      const l = locationIndex(p, frames.byId, p.sampleLocIds[k]);
      for (let f = frames.start[l]; f < frames.start[l + 1]; f++) {
        if (n === stack.length) {
          stack = growInt32(stack);
        }
        stack[n++] = f;
      }
    }
    sums.add(stack, n, v);
  }
  return sums.result(name, grandTotal, file, startLine);
}

/** A copy twice as long, for a stack that outgrew its buffer. */
export function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
