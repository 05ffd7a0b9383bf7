/**
 * The margin of a source file in the function details: each line's self and total from the
 * function's line table, and which lines to mark as the hottest.
 */
import type { LineRow } from '../src/pprof/functionDetails';

export interface LineCost {
  self: number;
  total: number;
}

/** Lines marked hot: at most this many, the largest self first (total when no line has self). */
export const HOT_LINES = 3;
/** …each with at least 1/HOT_FLOOR of the hottest line's cost. */
const HOT_FLOOR = 10;

/** A file of a function and the cost of its lines there. */
export interface FileCost extends LineCost {
  file: string;
}

/** The files of a function's lines, the one with the most self first (then total, then name). */
export function filesOf(lines: readonly LineRow[]): FileCost[] {
  const byFile = new Map<string, FileCost>();
  for (const r of lines) {
    const f = byFile.get(r.file) ?? { file: r.file, self: 0, total: 0 };
    f.self += r.self;
    f.total += r.total;
    byFile.set(r.file, f);
  }
  return [...byFile.values()].sort(
    (a, b) => b.self - a.self || b.total - a.total || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

/** Per line number, the cost of the rows of the line table that are in `file`. */
export function marginOf(lines: readonly LineRow[], file: string): Map<number, LineCost> {
  const margin = new Map<number, LineCost>();
  for (const r of lines) {
    if (r.file !== file || r.line <= 0) {
      continue;
    }
    const m = margin.get(r.line) ?? { self: 0, total: 0 };
    m.self += r.self;
    m.total += r.total;
    margin.set(r.line, m);
  }
  return margin;
}

/** The hottest lines, hottest first: by self, or by total when no line has self of its own. */
export function hotLines(margin: ReadonlyMap<number, LineCost>, count = HOT_LINES): number[] {
  const rows = [...margin.entries()];
  const bySelf = rows.some(([, c]) => c.self > 0);
  const cost = (c: LineCost) => (bySelf ? c.self : c.total);
  const ranked = rows
    .filter(([, c]) => cost(c) > 0)
    .sort(([la, a], [lb, b]) => (bySelf ? b.self - a.self : 0) || b.total - a.total || la - lb);
  // A line with a sliver of the hottest one's cost is not "hot", however few lines there are.
  const floor = ranked.length ? cost(ranked[0][1]) / HOT_FLOOR : 0;
  return ranked
    .filter(([, c]) => cost(c) >= floor)
    .slice(0, count)
    .map(([line]) => line);
}

/** A file's text as lines (any line ending), without the empty line after a final newline. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}
