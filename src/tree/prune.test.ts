import { parseFolded, printFolded } from '../formats/folded';
import { diffTrees } from './diff';
import { childrenOf } from './callTree';
import { withoutEmpty } from './prune';

describe('withoutEmpty', () => {
  it("drops the other side's paths from one side of a diff, keeping the layout sound", () => {
    const { left } = diffTrees(parseFolded('main;a 5\nmain;b;c 3\n').tree, parseFolded('main;a 9\nmain;n;m 1\n').tree);
    expect(left.count).toBe(7);
    const out = withoutEmpty(left);
    expect(out.count).toBe(5);
    expect(printFolded(out)).toBe('main;a 5\nmain;b;c 3\n');
    for (let i = 0; i < out.count; i++) {
      for (const c of childrenOf(out, i)) {
        expect(out.parent[c]).toBe(i);
        expect(out.total[c]).toBeGreaterThan(0);
      }
      expect(out.end[i]).toBeGreaterThan(i);
    }
    expect(withoutEmpty(out)).toBe(out);
  });
});
