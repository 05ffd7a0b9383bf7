import { combinedTree, shareChanges } from './diffView';
import { diffColor } from '../layout/colors';
import { diffTrees } from './diff';
import { parseFolded } from '../formats/folded';

describe('diff colours', () => {
  const { left, right } = diffTrees(parseFolded('main;a 5\nmain;b 5\n').tree, parseFolded('main;a 9\nmain;c 1\n').tree);

  it("measures each node's change in share: grew, removed, added", () => {
    const ch = shareChanges(left, right);
    const byName = Object.fromEntries(
      Array.from({ length: left.count }, (_, i) => [left.names[left.nameId[i]], ch[i]])
    );
    expect(byName.a).toBeCloseTo(0.8);
    expect(byName.b).toBe(-1);
    expect(byName.c).toBe(1);
    expect(byName.main).toBe(0);
  });

  it('maps changes to a palette through neutral grey', () => {
    expect(diffColor(0, 'redgreen')).toBe('rgb(140, 140, 140)');
    expect(diffColor(1, 'redgreen')).toBe('rgb(214, 64, 64)');
    expect(diffColor(-1, 'colorblind')).toBe('rgb(56, 110, 220)');
  });

  it('draws nodes as wide as both sides', () => {
    expect(combinedTree(left, right).total[0]).toBe(20);
  });
});
