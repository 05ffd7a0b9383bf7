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
  return rows
    .filter(([, c]) => (bySelf ? c.self : c.total) > 0)
    .sort(([la, a], [lb, b]) => (bySelf ? b.self - a.self : 0) || b.total - a.total || la - lb)
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
