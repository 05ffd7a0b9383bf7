import { combinedTree, describeShareChange as describe_, shareChanges } from './diffView';
import type { CallTree } from './callTree';
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

describe('describeShareChange', () => {
  const pair = (l: string, r: string) => diffTrees(parseFolded(l).tree, parseFolded(r).tree);
  const nodeNamed = (t: CallTree, name: string) => t.nameId.findIndex((id) => t.names[id] === name);

  it('says the share change in points and relative to the baseline share, unclamped', () => {
    // work: 27.74% of the baseline, 66.29% of the comparison.
    const { left, right } = pair('main;work 2774\nmain;rest 7226\n', 'main;work 6629\nmain;rest 3371\n');
    expect(describe_(left, right, nodeNamed(left, 'work'))).toBe('+38.55 pp (+139%)');
    expect(describe_(left, right, nodeNamed(left, 'rest'))).toBe('−38.55 pp (−53%)');
    expect(describe_(left, right, nodeNamed(left, 'main'))).toBe('+0.00 pp (+0.0%)');
  });

  it('names added and removed frames, with their share', () => {
    const { left, right } = pair('main;old 1\nmain;x 99\n', 'main;new 3\nmain;x 97\n');
    expect(describe_(left, right, nodeNamed(left, 'new'))).toBe('added (+3.00 pp)');
    expect(describe_(left, right, nodeNamed(left, 'old'))).toBe('removed (−1.00 pp)');
  });
});
