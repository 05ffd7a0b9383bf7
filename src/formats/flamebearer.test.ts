import {
  treeFromDiffFlamebearer,
  treeFromFlamebearer,
  treesFromDiffFlamebearer,
  treeToFlamebearer,
} from './flamebearer';
import { NODE_TRUNCATED, stackOf } from '../tree/callTree';
import { parseFolded } from './folded';
import { readSharedFixture, sharedFixturesAvailable } from '../testing/fixtures';

describe('flame bearer decoding', () => {
  // total(10) → a(6, self 1) → c(5); total → b(4, self 4)
  const names = ['total', 'a', 'b', 'c'];
  const levels = [
    [0, 10, 0, 0],
    [0, 6, 1, 1, 0, 4, 4, 2],
    [0, 5, 5, 3],
  ];

  it('resolves delta-encoded offsets and parents by containment', () => {
    const tree = treeFromFlamebearer(names, levels);
    expect(tree.count).toBe(4);
    expect(stackOf(tree, 2)).toEqual(['a', 'c']);
    expect(stackOf(tree, 3)).toEqual(['b']);
    expect(Array.from(tree.total)).toEqual([10, 6, 5, 4]);
  });

  it('accepts int64 values as strings, as Connect JSON sends them', () => {
    const tree = treeFromFlamebearer(
      names,
      levels.map((l) => l.map(String))
    );
    expect(tree.total[0]).toBe(10);
  });

  it('places a child after a gap under the right parent', () => {
    // a spans 0..6, b 6..10; x starts at 7 (delta 7 from row start) → child of b.
    const t = treeFromFlamebearer(
      ['total', 'a', 'b', 'x'],
      [
        [0, 10, 0, 0],
        [0, 6, 6, 1, 0, 4, 1, 2],
        [7, 3, 3, 3],
      ]
    );
    expect(stackOf(t, 3)).toEqual(['b', 'x']);
  });

  it('flags "other" nodes as truncated', () => {
    const t = treeFromFlamebearer(
      ['total', 'other'],
      [
        [0, 5, 0, 0],
        [0, 5, 5, 1],
      ]
    );
    expect(t.flags[1] & NODE_TRUNCATED).toBe(NODE_TRUNCATED);
  });

  it('rejects rows of the wrong width, bad name indexes and orphan nodes', () => {
    expect(() => treeFromFlamebearer(names, [[0, 10, 0]])).toThrow(/multiple of 4/);
    expect(() => treeFromFlamebearer(names, [[0, 10, 0, 9]])).toThrow(/name index/);
    expect(() =>
      treeFromFlamebearer(names, [
        [0, 10, 0, 0],
        [20, 1, 1, 1],
      ])
    ).toThrow(/outside/);
  });

  it('decodes both sides of a diff flame bearer', () => {
    const diffLevels = [
      [0, 10, 0, 0, 12, 0, 0],
      [0, 10, 10, 0, 12, 12, 1],
    ];
    expect(treeFromDiffFlamebearer(['total', 'a'], diffLevels, 'left').total[1]).toBe(10);
    expect(treeFromDiffFlamebearer(['total', 'a'], diffLevels, 'right').total[1]).toBe(12);
  });

  it('encodes a tree back to the same flame bearer', () => {
    const { tree } = parseFolded('a;c 5\na 1\nb 4\n');
    const fb = treeToFlamebearer(tree);
    expect(fb.levels).toEqual([
      [0, 10, 0, 0],
      [0, 6, 1, 1, 0, 4, 4, 3],
      [0, 5, 5, 2],
    ]);
    expect(treeFromFlamebearer(fb.names, fb.levels).total).toEqual(tree.total);
  });

  (sharedFixturesAvailable() ? it : it.skip)('decodes the recorded SelectMergeStacktraces response', () => {
    const body = JSON.parse(readSharedFixture('api/pyroscope-SelectMergeStacktraces-flamegraph.json').toString('utf8'));
    const fg = body.flamegraph;
    const tree = treeFromFlamebearer(
      fg.names,
      fg.levels.map((l: { values: string[] }) => l.values)
    );
    expect(tree.count).toBe(2110);
    expect(tree.total[0]).toBe(Number(fg.total));
    let selfSum = 0;
    for (let i = 0; i < tree.count; i++) {
      selfSum += tree.self[i];
    }
    expect(selfSum).toBe(Number(fg.total));
  });
});

describe('diff flame bearer with nodes on one side only', () => {
  it('keeps both sides on one structure, even where a node has zero width on a side', () => {
    // total → a (left 4, right 0) → x ; total → b (left 0, right 6). Offsets are per side.
    const names = ['total', 'a', 'b', 'x'];
    const levels = [
      [0, 4, 0, 0, 6, 0, 0],
      [0, 4, 0, 0, 0, 0, 1, 0, 0, 0, 0, 6, 6, 2],
      [0, 4, 4, 0, 0, 0, 3],
    ];
    const { left, right } = treesFromDiffFlamebearer(names, levels);
    expect(left.count).toBe(right.count);
    expect(Array.from(left.parent)).toEqual(Array.from(right.parent));
    const x = Array.from({ length: left.count }, (_, i) => i).find((i) => names[left.nameId[i]] === 'x')!;
    expect(stackOf(left, x)).toEqual(['a', 'x']);
    expect(left.total[x]).toBe(4);
    expect(right.total[x]).toBe(0);
  });
});
