import { re2 } from '../regex/re2';
import fc from 'fast-check';
import { collapseRecursion, focusSubtree, hideFrames, mergeTrees } from './transform';
import { truncateTree } from './truncate';
import { sandwich } from './sandwich';
import { searchTree, stepMatch, stepToMatch } from './search';
import { diffTrees } from './diff';
import { parseFolded, printFolded } from '../formats/folded';
import { CallTree, NODE_TRUNCATED, childrenOf, nodeName, stackOf } from './callTree';
import { nestedSetFrameToTree, treeToNestedSetFrame } from '../frames/nestedSet';

const tree = (text: string) => parseFolded(text).tree;

/** Random folded profiles over a small alphabet, so paths overlap and recursion happens. */
const foldedArb = fc
  .array(
    fc.tuple(
      fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'main'), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 1, max: 1000 })
    ),
    { minLength: 1, maxLength: 30 }
  )
  .map((rows) => rows.map(([stack, n]) => `${stack.join(';')} ${n}`).join('\n'));

describe('mergeTrees', () => {
  it('adds up equal paths', () => {
    expect(printFolded(mergeTrees([tree('a;b 1\nc 2'), tree('a;b 3\nd 4')]))).toBe('a;b 4\nc 2\nd 4\n');
  });

  it('is associative and keeps totals (property)', () => {
    fc.assert(
      fc.property(foldedArb, foldedArb, foldedArb, (x, y, z) => {
        const [a, b, c] = [tree(x), tree(y), tree(z)];
        const left = mergeTrees([mergeTrees([a, b]), c]);
        const right = mergeTrees([a, mergeTrees([b, c])]);
        expect(printFolded(left)).toBe(printFolded(right));
        expect(left.total[0]).toBe(a.total[0] + b.total[0] + c.total[0]);
      }),
      { numRuns: 100 }
    );
  });
});

describe('truncateTree', () => {
  it('folds the smallest children of each parent into one "other" node', () => {
    const t = truncateTree(tree('a 60\nb 30\nc 6\nd 4'), 2);
    expect(printFolded(t)).toBe('a 60\nb 30\nother 10\n');
    const other = Array.from({ length: t.count }, (_, i) => i).find((i) => nodeName(t, i) === 'other')!;
    expect(t.flags[other] & NODE_TRUNCATED).toBe(NODE_TRUNCATED);
  });

  it('keeps every node tied at the threshold, even past the budget (Pyroscope keeps ties)', () => {
    // Totals: main 72, hot 50, warm 20, x 20, cold 2, y 1, z 1. The 3rd largest is 20: warm and x both stay.
    const t = truncateTree(tree('main;hot 50\nmain;warm;x 20\nmain;cold;y 1\nmain;cold;z 1'), 3);
    expect(printFolded(t)).toBe('main;hot 50\nmain;other 2\nmain;warm;x 20\n');
    const ties = truncateTree(tree('a 40\nb 40\nc 10\nd 10'), 3);
    expect(printFolded(ties)).toBe('a 40\nb 40\nc 10\nd 10\n');
  });

  it('folds a child named "other" into the "other" of its parent, as Pyroscope does', () => {
    const t = truncateTree(tree('main;other;x 50\nmain;y 1\nmain;z 9'), 2);
    expect(printFolded(t)).toBe('main;other 60\n');
  });

  it('keeps exactly the nodes at or above the threshold, folds the rest, keeps totals (property)', () => {
    fc.assert(
      fc.property(foldedArb, fc.integer({ min: 1, max: 20 }), (text, max) => {
        const t0 = tree(text);
        const t = truncateTree(t0, max);
        expect(t.total[0]).toBe(t0.total[0]);
        // The threshold, computed here by a plain sort of every non-root total.
        const totals = Array.from(t0.total.subarray(1)).sort((a, b) => b - a);
        const minValue = totals.length <= max ? 0 : totals[max - 1];
        const keptPaths = new Set<string>();
        for (let i = 1; i < t.count; i++) {
          if (t.flags[i] & NODE_TRUNCATED) continue;
          expect(t.total[i]).toBeGreaterThanOrEqual(minValue);
          keptPaths.add(stackOf(t, i).join(';'));
        }
        for (let i = 1; i < t0.count; i++) {
          const kept = keptPaths.has(stackOf(t0, i).join(';'));
          // foldedArb has no frame named "other", so the total alone decides.
          expect(kept).toBe(t0.total[i] >= minValue);
        }
      }),
      { numRuns: 200 }
    );
  });

  it('keeps the heaviest path to its leaf on a profile of thousands of one-sample functions', () => {
    // The shape of a real CPU profile with tens of thousands of distinct functions: 40,000 stacks of
    // one or two samples each under many libraries (sorting before the hot path, so a budget spent in
    // tree order runs out there), and a hot request path 12 frames deep with most of the samples.
    const rows: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      rows.push(`main;lib${i % 400};fn${i};leaf${i} ${1 + (i % 2)}`);
    }
    const hot = [
      'main',
      'server',
      'handle',
      'route',
      'order',
      'price',
      'quote',
      'tax',
      'round',
      'fmt',
      'write',
      'memcpy',
    ];
    rows.push(`${hot.join(';')} 500000`);
    rows.push(`${hot.slice(0, 6).join(';')};cache 200000`);
    const t0 = tree(rows.join('\n'));
    const t = truncateTree(t0, 16_384);
    let other = 0;
    let node = 0;
    for (let i = 1; i < t.count; i++) {
      if (t.flags[i] & NODE_TRUNCATED) other += t.total[i];
    }
    for (const frame of hot) {
      node = childrenOf(t, node).find((c) => nodeName(t, c) === frame) ?? -1;
      expect(node).toBeGreaterThan(0);
    }
    expect(t.total[node]).toBe(500_000);
    expect(other / t.total[0]).toBeLessThan(0.05);
    expect(t.total[0]).toBe(t0.total[0]);
  });
});

describe('diff of identical inputs is zero (property)', () => {
  it('holds for random profiles', () => {
    fc.assert(
      fc.property(foldedArb, (text) => {
        const t = tree(text);
        const { left, right } = diffTrees(t, t);
        for (let i = 0; i < left.count; i++) {
          expect(right.total[i] - left.total[i]).toBe(0);
        }
      }),
      { numRuns: 100 }
    );
  });
});

describe('nested-set round trip is the identity (property)', () => {
  it('holds for random profiles', () => {
    fc.assert(
      fc.property(foldedArb, (text) => {
        const t = tree(text);
        const back = nestedSetFrameToTree(treeToNestedSetFrame(t)).tree;
        expect(printFolded(back)).toBe(printFolded(t));
        expect(Array.from(back.total)).toEqual(Array.from(t.total));
      }),
      { numRuns: 100 }
    );
  });
});

describe('hideFrames', () => {
  it('lifts the children of hidden frames and gives their self to the parent', () => {
    expect(printFolded(hideFrames(tree('main;runtime.gc;scan 5\nmain;runtime.gc 2\nmain;work 3'), /^runtime\./))).toBe(
      'main 2\nmain;scan 5\nmain;work 3\n'
    );
  });
});

describe('collapseRecursion', () => {
  it('merges direct recursion into one frame with the same totals', () => {
    const t = collapseRecursion(tree('a;a;a;b 4\na;a 1\na;c 2'));
    expect(printFolded(t)).toBe('a 1\na;b 4\na;c 2\n');
    expect(t.total[0]).toBe(7);
  });
});

describe('focusSubtree', () => {
  it('keeps the path to the node and its whole subtree', () => {
    const t: CallTree = tree('main;a;x 3\nmain;a;y 2\nmain;b 9');
    const a = Array.from({ length: t.count }, (_, i) => i).find((i) => nodeName(t, i) === 'a')!;
    expect(printFolded(focusSubtree(t, a))).toBe('main;a;x 3\nmain;a;y 2\n');
  });
});

describe('sandwich', () => {
  it('merges every occurrence into callers and callees', () => {
    const s = sandwich(tree('main;f;x 3\nmain;g;f;y 2\nmain;g 1'), 'f');
    expect(printFolded(s.callers)).toBe('g;main 2\nmain 3\n');
    expect(printFolded(s.callees)).toBe('x 3\ny 2\n');
    expect(s.callers.total[0]).toBe(5);
    expect(nodeName(s.callers, 0)).toBe('f');
  });

  it('counts recursion once', () => {
    const s = sandwich(tree('main;f;g;f;x 4'), 'f');
    expect(s.callees.total[0]).toBe(4);
    expect(s.callers.total[0]).toBe(4);
    expect(printFolded(s.callees)).toBe('g;f;x 4\n');
  });

  it('is empty for an unknown function', () => {
    expect(sandwich(tree('a 1'), 'zzz').callers.total[0]).toBe(0);
  });
});

describe('searchTree', () => {
  const t = tree('main;net.Read 3\nmain;net.Write;net.Read 2\nmain;calc 5');

  it('reports matches and the matched share without double counting nested matches', () => {
    const r = searchTree(t, 'net.');
    expect(r.count).toBe(3);
    expect(r.matchedTotal).toBe(5);
    expect(r.share).toBe(0.5);
  });

  it('supports regex and case options, and reports an invalid regex', () => {
    expect(searchTree(t, '^NET', { regex: re2 }).count).toBe(3);
    expect(searchTree(t, '^NET', { regex: re2, caseSensitive: true }).count).toBe(0);
    expect(searchTree(t, 'CALC').count).toBe(1);
    expect(searchTree(t, '(', { regex: re2 }).error).toMatch(/invalid regular expression/);
  });

  it("matches a sandwich half's root, which is the function itself, but never a tree's synthetic total", () => {
    const s = sandwich(tree('main;handle;db 2\nmain;calc 1'), 'handle');
    expect(Array.from(searchTree(s.callees, 'handle', { rootIsFrame: true }).matched)).toEqual([1, 0]);
    expect(Array.from(searchTree(s.callers, 'handle', { rootIsFrame: true }).matched)).toEqual([1, 0]);
    expect(searchTree(tree('main 1'), 'total').count).toBe(0);
  });
});

describe('hideFrames with a predicate', () => {
  it('hides exactly the names the predicate picks, keeping the total', () => {
    const t = parseFolded('main;a;b 2\nmain;c 3\n').tree;
    const hidden = hideFrames(t, (n) => n === 'a');
    expect(printFolded(hidden)).toBe('main;b 2\nmain;c 3\n');
    expect(hidden.total[0]).toBe(5);
  });
});

describe('stepMatch', () => {
  it('steps forward and back through matches in drawing order, wrapping around', () => {
    const m = Uint8Array.from([0, 1, 0, 0, 1, 0]);
    expect(stepMatch(m, -1, 1)).toBe(1);
    expect(stepMatch(m, 1, 1)).toBe(4);
    expect(stepMatch(m, 4, 1)).toBe(1);
    expect(stepMatch(m, 1, -1)).toBe(4);
    expect(stepMatch(new Uint8Array(3), 0, 1)).toBe(-1);
  });
});

describe('stepToMatch', () => {
  // total 1000 → a 990 → b 10 → m 6;  total → c 10 (holds the other match, 10 wide).
  const t = tree('a;b;m 6\na;b 4\na 980\nc;m 10\n');
  const m = searchTree(t, 'm').matched;
  const node = (path: string) => {
    let n = 0;
    for (const name of path.split(';')) n = childrenOf(t, n).find((c) => nodeName(t, c) === name)!;
    return n;
  };

  it('zooms to the shallowest ancestor where the match is at least 24 px wide', () => {
    const to = stepToMatch(t, m, -1, 0, 1000, 1);
    expect(to.selected).toBe(node('a;b;m'));
    expect(to.zoomTo).toBe(node('a;b'));
  });

  it('keeps the zoom when the match is already wide enough in it', () => {
    expect(stepToMatch(t, m, node('a;b;m'), 0, 10_000, 1)).toEqual({ selected: node('c;m') });
  });

  it('zooms to the match itself when no ancestor shows it wide enough', () => {
    expect(stepToMatch(t, m, -1, 0, 30, 1).zoomTo).toBe(node('a;b;m'));
  });
});
