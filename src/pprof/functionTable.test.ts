import { functionTableOfPprof } from './functionTable';
import { decodePprof } from './decode';
import { encodeTreeAsPprof } from './encode';
import { parseFolded } from '../formats/folded';
import { exactTopRows, topTable } from '../tree/top';
import { truncateTree } from '../tree/truncate';
import { prng } from '../testing/fuzz';
import type { CallTree } from '../tree/callTree';

const asPprof = (tree: CallTree) =>
  decodePprof(
    encodeTreeAsPprof(tree, {
      type: 'cpu',
      unit: 'nanoseconds',
      periodType: 'cpu',
      periodUnit: 'nanoseconds',
      gzip: false,
    })
  );

const rowsOf = (rows: Array<{ name: string; self: number; total: number }>) =>
  Object.fromEntries(rows.map((r) => [r.name, [r.self, r.total]]));

/** Random stacks over few names, so recursion and shared functions are common. */
function randomFolded(seed: number, stacks: number): string {
  const rand = prng(seed);
  const names = ['main', 'a', 'b', 'c', 'other', '<img src=x onerror=alert(1)>', 'd e'];
  const lines: string[] = [];
  for (let i = 0; i < stacks; i++) {
    const depth = 1 + Math.floor(rand() * 8);
    const frames = Array.from({ length: depth }, () => names[Math.floor(rand() * names.length)]);
    lines.push(`${frames.join(';')} ${1 + Math.floor(rand() * 1000)}`);
  }
  return lines.join('\n');
}

describe('functionTableOfPprof', () => {
  it('counts a recursive function once per sample in its total and its leaf time as self', () => {
    const { tree } = parseFolded('a;b;a;b 4\na 1\nmain;a;a 2\n');
    const t = functionTableOfPprof(asPprof(tree), 0);
    expect(t.grandTotal).toBe(7);
    expect(rowsOf(exactTopRows(t, undefined))).toEqual({ a: [3, 7], b: [4, 4], main: [0, 2] });
  });

  it('equals the top table of the untruncated tree for random profiles, whatever the tree was cut to', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { tree } = parseFolded(randomFolded(seed, 200));
      const exact = functionTableOfPprof(asPprof(tree), 0);
      expect(rowsOf(exactTopRows(exact, tree))).toEqual(rowsOf(topTable(tree)));
      expect(exact.grandTotal).toBe(tree.total[0]);
    }
  });

  it('keeps every function a truncated graph folds away, which the graph table loses', () => {
    const { tree } = parseFolded('main;hot 1000\nmain;rare1 1\nmain;rare2 2\nmain;rare3 3\n');
    // Kept: main, hot, rare3; rare1 and rare2 fold into "other".
    const cut = truncateTree(tree, 3);
    const graphRows = rowsOf(topTable(cut));
    expect(graphRows.rare1).toBeUndefined();
    const exact = exactTopRows(functionTableOfPprof(asPprof(tree), 0), cut);
    expect(rowsOf(exact)).toEqual({
      main: [0, 1006],
      hot: [1000, 1000],
      rare1: [1, 1],
      rare2: [2, 2],
      rare3: [3, 3],
    });
    // Functions the cut tree lacks get ids of their own, never a tree node's.
    const rare = exact.filter((r) => r.name === 'rare1' || r.name === 'rare2');
    expect(rare.every((r) => r.nameId < 0)).toBe(true);
    expect(new Set(exact.map((r) => r.nameId)).size).toBe(exact.length);
    expect(exact.find((r) => r.name === 'hot')!.nameId).toBe(cut.names.indexOf('hot'));
  });

  it('rejects a sample type the profile does not have', () => {
    const { tree } = parseFolded('main 1\n');
    expect(() => functionTableOfPprof(asPprof(tree), 3)).toThrow(/sample type index 3/);
  });
});
