import { diffTrees, functionDeltas } from './diff';
import { parseFolded } from '../formats/folded';
import { stackOf } from './callTree';

describe('diffTrees', () => {
  const base = parseFolded('main;a 4\nmain;b 6\n').tree;
  const comp = parseFolded('main;a 9\nmain;c 1\n').tree;

  it('aligns both sides on the union of their stack paths', () => {
    const { left, right } = diffTrees(base, comp);
    expect(left.count).toBe(right.count);
    const rows = Array.from({ length: left.count }, (_, i) => [
      stackOf(left, i).join(';'),
      left.self[i],
      right.self[i],
    ]);
    expect(rows).toEqual([
      ['', 0, 0],
      ['main', 0, 0],
      ['main;a', 4, 9],
      ['main;b', 6, 0],
      ['main;c', 0, 1],
    ]);
    expect(left.total[0]).toBe(10);
    expect(right.total[0]).toBe(10);
  });

  it('is all zeros between identical inputs', () => {
    const { left, right } = diffTrees(base, base);
    expect(Array.from(left.self)).toEqual(Array.from(right.self));
    expect(functionDeltas(base, base).every((d) => d.delta === 0)).toBe(true);
  });

  it("normalises deltas by each side's total", () => {
    // Same shape, comparison twice as busy: no function changed its share.
    const doubled = parseFolded('main;a 8\nmain;b 12\n').tree;
    expect(functionDeltas(base, doubled).every((d) => Math.abs(d.delta) < 1e-12)).toBe(true);
    const d = functionDeltas(base, comp);
    expect(d[0]).toMatchObject({ name: 'b', delta: -0.6 });
    expect(d.find((x) => x.name === 'a')!.delta).toBeCloseTo(0.5);
  });
});
