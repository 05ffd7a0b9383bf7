import fc from 'fast-check';
import { parseFolded, printFolded } from '../formats/folded';
import { childrenOf, type CallTree } from './callTree';
import { hideByName } from './hide';

const tree = (text: string) => parseFolded(text).tree;
const hide = (t: CallTree, names: string[]) =>
  hideByName(
    t,
    Uint8Array.from(t.names, (n) => (names.includes(n) ? 1 : 0))
  );

/** The same profile with the hidden frames dropped from every stack, parsed again: an independent answer. */
function reference(folded: string, hidden: string[]): string {
  const lines = folded
    .trim()
    .split('\n')
    .map((l) => {
      const cut = l.lastIndexOf(' ');
      const stack = l
        .slice(0, cut)
        .split(';')
        .filter((f) => !hidden.includes(f));
      return `${stack.join(';')} ${l.slice(cut + 1)}`;
    });
  return printFolded(tree(lines.join('\n')));
}

/** Pre-order, parents, depths, ends and totals agree; children unique and in name order. */
function checkLayout(t: CallTree): void {
  for (let i = 0; i < t.count; i++) {
    const kids = childrenOf(t, i);
    let sum = t.self[i];
    for (let k = 0; k < kids.length; k++) {
      const c = kids[k];
      expect(t.parent[c]).toBe(i);
      expect(t.depth[c]).toBe(t.depth[i] + 1);
      sum += t.total[c];
      if (k > 0) {
        expect(t.names[t.nameId[kids[k - 1]]] < t.names[t.nameId[c]]).toBe(true);
      }
    }
    expect(t.total[i]).toBeCloseTo(sum, 6);
    expect(t.end[i]).toBe(kids.length ? t.end[kids[kids.length - 1]] : i + 1);
  }
}

describe('hideByName', () => {
  it('lifts children into the nearest shown ancestor, merging siblings of one name', () => {
    const t = tree('main;a;x 1\nmain;rt;a;y 2\nmain;rt;rt;a;x 3\nmain;rt 4\nmain;b 5\n');
    const out = hide(t, ['rt']);
    expect(printFolded(out)).toBe('main 4\nmain;a;x 4\nmain;a;y 2\nmain;b 5\n');
    checkLayout(out);
    expect(out.names).toBe(t.names);
  });

  it('merges into a node that was created before the lifted frames arrived, and after', () => {
    // a's subtree first, then a hidden frame bringing a again; then the other way round.
    const before = hide(tree('m;a;k;z 1\nm;h;a;k;y 2\n'), ['h']);
    expect(printFolded(before)).toBe('m;a;k;y 2\nm;a;k;z 1\n');
    const after = hide(tree('m;h;a;k;y 2\nm;a;k;z 1\nm;h2;a;k;w 3\n'), ['h', 'h2']);
    expect(printFolded(after)).toBe('m;a;k;w 3\nm;a;k;y 2\nm;a;k;z 1\n');
    checkLayout(after);
  });

  it('equals dropping the frames from every stack (property)', () => {
    const frame = fc.constantFrom('a', 'b', 'c', 'd', 'rt');
    const arb = fc.array(fc.tuple(fc.array(frame, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 9 })), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(arb, fc.subarray(['a', 'b', 'c', 'd', 'rt']), (rows, hidden) => {
        const folded = rows.map(([s, n]) => `main;${s.join(';')} ${n}`).join('\n');
        const out = hide(tree(folded), hidden);
        expect(printFolded(out)).toBe(reference(folded, hidden));
        checkLayout(out);
      }),
      { numRuns: 300 }
    );
  });

  it('walks a 20,000-frame chain without recursion', () => {
    const deep = Array.from({ length: 20000 }, (_, i) => (i % 2 ? 'h' : `f${i}`)).join(';');
    const out = hide(tree(`${deep} 1\n`), ['h']);
    expect(out.maxDepth).toBe(10000);
    expect(out.total[0]).toBe(1);
  });
});
