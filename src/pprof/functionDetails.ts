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
import type { PprofProfile } from './profile';
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
  const lineRows = new Map<string, LineRow & { stamp: number }>();
  const neighbours = { callers: new Map<string, number[]>(), callees: new Map<string, number[]>() };
  const count = (side: Map<string, number[]>, who: string, s: number, v: number) => {
    const entry = side.get(who);
    if (!entry) {
      side.set(who, [v, s]);
    } else if (entry[1] !== s) {
      entry[0] += v;
      entry[1] = s;
    }
  };
  const nameOf = (fi: number) => (fi < 0 ? '' : functionNameOf(p, fi));
  let self = 0;
  let total = 0;
  let grandTotal = 0;
  // One sample's frames, innermost first (reused).
  let stack: Int32Array = new Int32Array(64);
  let lines: Float64Array = new Float64Array(64);
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
          stack = growInt(stack);
          lines = growFloat(lines);
        }
        stack[n] = frames.fn[f];
        lines[n++] = frames.line[f];
      }
    }
    let seen = false;
    for (let i = 0; i < n; i++) {
      const fi = stack[i];
      if (fi < 0 || !isTarget[fi]) {
        continue;
      }
      if (!seen) {
        seen = true;
        total += v;
      }
      const key = `${p.functionFilename[fi]}:${lines[i]}`;
      let row = lineRows.get(key);
      if (!row) {
        row = { file: p.strings[p.functionFilename[fi]] ?? '', line: lines[i], self: 0, total: 0, stamp: -1 };
        lineRows.set(key, row);
      }
      if (row.stamp !== s) {
        row.stamp = s;
        row.total += v;
      }
      if (i === 0) {
        self += v;
        row.self += v;
      }
      // Neighbours that are the function itself (recursion) are not callers or callees.
      if (i + 1 < n && !(stack[i + 1] >= 0 && isTarget[stack[i + 1]])) {
        count(neighbours.callers, nameOf(stack[i + 1]), s, v);
      }
      if (i > 0 && !(stack[i - 1] >= 0 && isTarget[stack[i - 1]])) {
        count(neighbours.callees, nameOf(stack[i - 1]), s, v);
      }
    }
  }
  if (total === 0) {
    return undefined;
  }
  const list = (side: Map<string, number[]>): Neighbour[] =>
    [...side.entries()]
      .map(([who, [t]]) => ({ name: who, total: t }))
      .sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : 1));
  return {
    name,
    self,
    total,
    grandTotal,
    lines: [...lineRows.values()]
      .map(({ file: f, line, self: fs, total: ft }) => ({ file: f, line, self: fs, total: ft }))
      .sort(
        (a, b) => b.self - a.self || b.total - a.total || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)
      ),
    callers: list(neighbours.callers),
    callees: list(neighbours.callees),
    file,
    startLine,
  };
}

function growInt(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
