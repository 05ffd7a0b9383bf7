import { diffTopTable, topTable, truncationSummary } from './top';
import { NODE_TRUNCATED } from './callTree';
import { nodeAtPath } from './paths';
import { diffView } from './diffView';
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

describe('diffTopTable', () => {
  const pair = (baseline: string, comparison: string) => {
    const { left, right } = diffView(parseFolded(baseline).tree, parseFolded(comparison).tree);
    return { left, right };
  };

  it('lists each function once with its self on both sides and the change in share, largest change first', () => {
    // work: 25% of 4 → 75% of 8. idle: 75% → 25%, though its value only drops from 3 to 2.
    const { left, right } = pair('main;work 1\nmain;idle 3\n', 'main;work 6\nmain;idle 2\n');
    const rows = diffTopTable(left, right);
    expect(rows.map((r) => [r.name, r.leftSelf, r.rightSelf, +r.change.toFixed(4)])).toEqual([
      ['work', 1, 6, 0.5],
      ['idle', 3, 2, -0.5],
      ['main', 0, 0, 0],
    ]);
  });

  it('keeps functions present on one side only, and sorts by either side or by name', () => {
    const { left, right } = pair('main;gone 2\nmain;kept 2\n', 'main;kept 1\nmain;new 3\n');
    const names = (sort: Parameters<typeof diffTopTable>[2]) => diffTopTable(left, right, sort).map((r) => r.name);
    expect(names('baseline').slice(0, 2)).toEqual(['gone', 'kept']);
    expect(names('comparison').slice(0, 2)).toEqual(['new', 'kept']);
    expect(names('name')).toEqual(['gone', 'kept', 'main', 'new']);
    const gone = diffTopTable(left, right).find((r) => r.name === 'gone')!;
    expect([gone.leftShare, gone.rightShare, gone.rightSelf]).toEqual([0.5, 0, 0]);
  });

  it('does not add the two sides together (what the single table would show for a comparison)', () => {
    const { left, right } = pair('main;a 10\n', 'main;a 30\n');
    const a = diffTopTable(left, right).find((r) => r.name === 'a')!;
    expect([a.name, a.leftSelf, a.rightSelf, a.change]).toEqual(['a', 10, 30, 0]);
  });
});

describe('folded "other" nodes in the top table', () => {
  // main → a 50, b 30, other 15 (folded by the node limit), other 5 (a real function of that name).
  const t = parseFolded('main;a 50\nmain;b 30\nmain;other 15\nmain;b;other 5\n').tree;
  const folded = nodeAtPath(t, ['main', 'other']);
  t.flags[folded] = NODE_TRUNCATED;

  it('never lists a folded node as a function, and sums it apart', () => {
    const rows = topTable(t, 'self').map((r) => [r.name, r.self, r.total]);
    expect(rows).toEqual([
      ['a', 50, 50],
      ['b', 30, 35],
      ['other', 5, 5],
      ['main', 0, 100],
    ]);
    expect(truncationSummary(t)).toEqual({ share: 0.15, minShown: 5 });
  });

  it('says nothing when nothing was folded', () => {
    expect(truncationSummary(parseFolded('a 1\n').tree)).toBeUndefined();
  });
});
