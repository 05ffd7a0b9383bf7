import { topTable } from './top';
import { parseFolded } from '../formats/folded';

describe('topTable', () => {
  it('sums self and total per function', () => {
    const { tree } = parseFolded('main;work 3\nmain;calc;work 2\nmain 1\n');
    const rows = topTable(tree, 'self');
    expect(rows.map((r) => [r.name, r.self, r.total])).toEqual([
      ['work', 5, 5],
      ['main', 1, 6],
      ['calc', 0, 2],
    ]);
  });

  it('counts recursion once in the total', () => {
    const { tree } = parseFolded('a;b;a;b 4\na 1\n');
    const byName = Object.fromEntries(topTable(tree).map((r) => [r.name, r]));
    expect(byName.a.total).toBe(5);
    expect(byName.b.total).toBe(4);
    expect(byName.b.self).toBe(4);
  });
});
