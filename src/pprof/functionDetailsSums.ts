/**
 * The per-sample sums behind FunctionDetails, shared by the two entry points (a decoded profile,
 * src/pprof/functionDetails; raw bytes, src/pprof/functionDetailsOfBytes) so that both count alike.
 *
 * A caller hands over each sample's frames innermost first, as indexes into a frame table. Rows and
 * neighbours get a slot when first met, and only then is a file or function name asked for: a
 * reader of raw bytes decodes just the strings the answer shows. Worked through on the stack
 * (innermost first) [hot:45, hot:45, handle:21, main:12] with value 7, target `hot`:
 *
 *   total +7 once (a stamp per sample), row h.go:45 total +7 once and self +7 (frame 0 is the leaf),
 *   callers: handle +7 (hot → hot is recursion, not a caller), callees: none.
 */
import type { FunctionDetails, LineRow, Neighbour } from './functionDetails';

/** What the sums need to know of a profile's frames and strings. */
export interface DetailsFrames {
  /** Per frame: its function's index, -1 when its line names no function of the profile. */
  readonly fn: Int32Array;
  /** Per frame: its line number, 0 when the profile has none. */
  readonly line: Float64Array;
  /** Per function: 1 when it is the function asked for. */
  readonly isTarget: Uint8Array;
  /** A function's file as a string index: rows are keyed by it, not by the file's text. */
  fileIndexOf(fi: number): number;
  /** A string of the table, '' when the index is outside it. */
  stringAt(i: number): string;
  /** A function's frame name (src/pprof/toTree functionNameOf's rule). */
  nameOf(fi: number): string;
}

/** Neighbour totals on one side (callers or callees), by name slot. */
interface Side {
  total: number[];
  /** The last sample counted, so a neighbour counts once per sample; -1 when never met. */
  stamp: number[];
}

export class FunctionDetailsSums {
  private self = 0;
  private total = 0;
  /** Stamp of the sample being added. */
  private sample = -1;

  /** Per frame: 1 when its function is the one asked for (one lookup instead of two per frame). */
  private readonly frameIsTarget: Uint8Array;
  /** Per frame: its row slot, -1 until met (a row is a file index and line). */
  private readonly frameRow: Int32Array;
  private readonly rowOfKey = new Map<string, number>();
  private readonly rowFile: number[] = [];
  private readonly rowLine: number[] = [];
  private readonly rowSelf: number[] = [];
  private readonly rowTotal: number[] = [];
  private readonly rowStamp: number[] = [];

  /** Per function: its name slot, -1 until met; frames of no function share `noFunctionSlot`. */
  private readonly fnSlot: Int32Array;
  private noFunctionSlot = -1;
  private readonly slotOfName = new Map<string, number>();
  private readonly slotName: string[] = [];
  private readonly callers: Side = { total: [], stamp: [] };
  private readonly callees: Side = { total: [], stamp: [] };

  constructor(
    private readonly frames: DetailsFrames,
    frameCount: number,
    functionCount: number
  ) {
    this.frameIsTarget = new Uint8Array(frameCount);
    for (let f = 0; f < frameCount; f++) {
      const fi = frames.fn[f];
      this.frameIsTarget[f] = fi >= 0 ? frames.isTarget[fi] : 0;
    }
    this.frameRow = new Int32Array(frameCount).fill(-1);
    this.fnSlot = new Int32Array(functionCount).fill(-1);
  }

  /**
   * Adds one sample of value `v` (non-zero) whose frames, innermost first, are `stack[0 .. n)`. A
   * sample without the function may be added too: it changes nothing. Frames may be left out, as
   * long as each frame of the function keeps those on either side (so none becomes the leaf).
   */
  add(stack: Int32Array, n: number, v: number): void {
    const fn = this.frames.fn;
    const isTarget = this.frameIsTarget;
    const s = ++this.sample;
    let seen = false;
    for (let i = 0; i < n; i++) {
      if (!isTarget[stack[i]]) {
        continue;
      }
      if (!seen) {
        seen = true;
        this.total += v;
      }
      const row = this.rowOf(stack[i]);
      if (this.rowStamp[row] !== s) {
        this.rowStamp[row] = s;
        this.rowTotal[row] += v;
      }
      if (i === 0) {
        this.self += v;
        this.rowSelf[row] += v;
      }
      // Neighbours that are the function itself (recursion) are not callers or callees.
      if (i + 1 < n && !isTarget[stack[i + 1]]) {
        this.count(this.callers, this.slotOf(fn[stack[i + 1]]), s, v);
      }
      if (i > 0 && !isTarget[stack[i - 1]]) {
        this.count(this.callees, this.slotOf(fn[stack[i - 1]]), s, v);
      }
    }
  }

  /** The details, or undefined when no sample held the function (or its values sum to 0). */
  result(name: string, grandTotal: number, file: string, startLine: number): FunctionDetails | undefined {
    if (this.total === 0) {
      return undefined;
    }
    const lines: LineRow[] = [];
    // Rows in the order first met: the sort is stable, and a decoded profile's rows tie in that order.
    for (let r = 0; r < this.rowFile.length; r++) {
      lines.push({
        file: this.frames.stringAt(this.rowFile[r]),
        line: this.rowLine[r],
        self: this.rowSelf[r],
        total: this.rowTotal[r],
      });
    }
    lines.sort(
      (a, b) => b.self - a.self || b.total - a.total || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)
    );
    return {
      name,
      self: this.self,
      total: this.total,
      grandTotal,
      lines,
      callers: this.list(this.callers),
      callees: this.list(this.callees),
      file,
      startLine,
    };
  }

  private rowOf(frame: number): number {
    let row = this.frameRow[frame];
    if (row < 0) {
      const fileIndex = this.frames.fileIndexOf(this.frames.fn[frame]);
      const line = this.frames.line[frame];
      const key = `${fileIndex}:${line}`;
      row = this.rowOfKey.get(key) ?? -1;
      if (row < 0) {
        row = this.rowFile.length;
        this.rowOfKey.set(key, row);
        this.rowFile.push(fileIndex);
        this.rowLine.push(line);
        this.rowSelf.push(0);
        this.rowTotal.push(0);
        this.rowStamp.push(-1);
      }
      this.frameRow[frame] = row;
    }
    return row;
  }

  /** The name slot of function `fi` (-1: no function, named ''); two functions of one name share it. */
  private slotOf(fi: number): number {
    const known = fi < 0 ? this.noFunctionSlot : this.fnSlot[fi];
    // Small enough to inline: the first meeting, which names the function, is apart.
    return known >= 0 ? known : this.newSlot(fi);
  }

  private newSlot(fi: number): number {
    const name = fi < 0 ? '' : this.frames.nameOf(fi);
    let slot = this.slotOfName.get(name);
    if (slot === undefined) {
      slot = this.slotName.length;
      this.slotOfName.set(name, slot);
      this.slotName.push(name);
      this.callers.total.push(0);
      this.callers.stamp.push(-1);
      this.callees.total.push(0);
      this.callees.stamp.push(-1);
    }
    if (fi < 0) {
      this.noFunctionSlot = slot;
    } else {
      this.fnSlot[fi] = slot;
    }
    return slot;
  }

  private count(side: Side, slot: number, s: number, v: number): void {
    if (side.stamp[slot] !== s) {
      side.stamp[slot] = s;
      side.total[slot] += v;
    }
  }

  private list(side: Side): Neighbour[] {
    const out: Neighbour[] = [];
    for (let slot = 0; slot < this.slotName.length; slot++) {
      if (side.stamp[slot] >= 0) {
        out.push({ name: this.slotName[slot], total: side.total[slot] });
      }
    }
    return out.sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : 1));
  }
}
