import { parseFolded } from '../formats/folded';
import { nodeName, stackOf, type CallTree } from './callTree';
import { invertedOf, invertTree } from './invert';
import { topTable } from './top';

/** Every root-to-node path of a tree with its total, as text. */
function paths(tree: CallTree): string[] {
  const out: string[] = [];
  for (let i = 1; i < tree.count; i++) {
    out.push(`${stackOf(tree, i).join(';')} ${tree.total[i]}`);
  }
  return out.sort();
}

describe('the inverted call tree', () => {
  it('puts the functions with self time at the root, their callers above', () => {
    const tree = parseFolded('main;a;f 3\nmain;b;f 2\nmain 1\n').tree;
    const inv = invertTree(tree);
    expect(paths(inv)).toEqual(['f 5', 'f;a 3', 'f;a;main 3', 'f;b 2', 'f;b;main 2', 'main 1'].sort());
    expect(inv.total[0]).toBe(tree.total[0]);
  });

  it("gives each root child exactly its function's self time, recursion counted once", () => {
    const tree = parseFolded('main;f;g;f 4\nmain;f 1\nmain;g 2\n').tree;
    const inv = invertTree(tree);
    const roots = new Map<string, number>();
    for (let c = 1; c < inv.count; c = inv.end[c]) {
      roots.set(nodeName(inv, c), inv.total[c]);
    }
    const selfs = new Map(topTable(tree).map((r) => [r.name, r.self]));
    expect(roots).toEqual(new Map([...selfs].filter(([, v]) => v > 0)));
    expect(roots.get('f')).toBe(5);
    // Recursion: f's 4 units on main;f;g;f appear once under f, not twice.
    expect(paths(inv)).toContain('f;g;f;main 4');
  });

  it('keeps name ids, so colours, hover and search mean the same function', () => {
    const tree = parseFolded('x;y 1\nz 2\n').tree;
    const inv = invertTree(tree);
    expect(inv.names).toEqual(tree.names);
  });

  it('inverts a tree twice back to the same totals per stack', () => {
    const tree = parseFolded('a;b;c 3\na;b 2\na;d 1\ne 4\n').tree;
    const again = invertTree(invertTree(tree));
    expect(topTable(again).map((r) => [r.name, r.self])).toEqual(topTable(tree).map((r) => [r.name, r.self]));
  });

  it('is built once per tree: the same inverted tree on the next switch', () => {
    const tree = parseFolded('a;b 1\n').tree;
    expect(invertedOf(tree)).toBe(invertedOf(tree));
    expect(invertedOf(parseFolded('a;b 1\n').tree)).not.toBe(invertedOf(tree));
  });
});
