import { filesOf, hotLines, marginOf, splitLines } from './sourceMargin';

const row = (file: string, line: number, self: number, total: number) => ({ file, line, self, total });

describe('the source margin', () => {
  it('adds up the rows of the shown file only, and skips rows without a line number', () => {
    const m = marginOf(
      [row('a.go', 10, 5, 7), row('b.go', 10, 100, 100), row('a.go', 0, 9, 9), row('a.go', 12, 0, 3)],
      'a.go'
    );
    expect([...m.entries()]).toEqual([
      [10, { self: 5, total: 7 }],
      [12, { self: 0, total: 3 }],
    ]);
  });

  it('marks the lines with the largest self, at most three, hottest first', () => {
    const m = marginOf(
      [row('f', 1, 1, 10), row('f', 2, 50, 50), row('f', 3, 20, 60), row('f', 4, 30, 30), row('f', 5, 0, 90)],
      'f'
    );
    expect(hotLines(m)).toEqual([2, 4, 3]);
  });

  it('marks no line with less than a tenth of the hottest line, however few lines there are', () => {
    const m = marginOf([row('f', 1, 100, 100), row('f', 2, 10, 10), row('f', 3, 9, 9)], 'f');
    expect(hotLines(m)).toEqual([1, 2]);
  });

  it('lists the files of the lines, the one with the most self first', () => {
    expect(filesOf([row('b.ts', 1, 1, 5), row('a.ts', 9, 3, 3), row('b.ts', 2, 0, 4)])).toEqual([
      { file: 'a.ts', self: 3, total: 3 },
      { file: 'b.ts', self: 1, total: 9 },
    ]);
  });

  it('marks by total when no line has self time (a function that only calls others)', () => {
    const m = marginOf([row('f', 7, 0, 10), row('f', 9, 0, 40)], 'f');
    expect(hotLines(m)).toEqual([9, 7]);
  });

  it('splits any line ending and drops only the empty line after the final newline', () => {
    expect(splitLines('a\r\nb\n\nc\n')).toEqual(['a', 'b', '', 'c']);
    expect(splitLines('')).toEqual(['']);
  });
});
