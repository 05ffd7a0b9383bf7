import { callSiteKey, graftCallSite, refineTargets } from './refine';
import { parseFolded, printFolded } from '../formats/folded';
import { truncateTree } from './truncate';
import { NODE_TRUNCATED, stackOf, type CallTree } from './callTree';
import { findPath } from './paths';
import { prng } from '../testing/fuzz';
import { answerForCallSite } from '../testing/callSites';

const sorted = (folded: string) => folded.trim().split('\n').sort().join('\n');

function randomProfile(seed: number): CallTree {
  const rand = prng(seed);
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    const depth = 1 + Math.floor(rand() * 6);
    const frames = Array.from({ length: depth }, () => `f${Math.floor(rand() * 12)}`);
    lines.push(`${frames.join(';')} ${1 + Math.floor(rand() * 100)}`);
  }
  return parseFolded(lines.join('\n')).tree;
}

describe('graftCallSite', () => {
  it('replaces the "other" under a call site with the real frames of the answer', () => {
    const full = parseFolded('main;api 50\nmain;db 3\nmain;cache 2\nlib 45\n').tree;
    const cut = truncateTree(full, 3);
    expect(sorted(printFolded(cut))).toBe(sorted('main;api 50\nmain;other 5\nlib 45'));
    const grafted = graftCallSite(cut, ['main'], answerForCallSite(full, ['main'], 100));
    expect(sorted(printFolded(grafted))).toBe(sorted(printFolded(full)));
    expect(grafted.total[0]).toBe(100);
    expect(Array.from(grafted.flags).some((f) => f & NODE_TRUNCATED)).toBe(false);
  });

  /** Refines every "other" once, shallowest first, answering each call site with `budget` nodes. */
  function refineAll(full: CallTree, budget: number, check: (tree: CallTree) => void): CallTree {
    let tree = truncateTree(full, 20);
    const asked = new Set<string>();
    for (let round = 0; round < 500; round++) {
      // Every "other" is visible on a canvas this wide.
      const [next] = refineTargets(tree, 0, 1e12, 0, asked);
      if (!next) {
        break;
      }
      asked.add(callSiteKey(next.path));
      tree = graftCallSite(tree, next.path, answerForCallSite(full, next.path, budget));
      check(tree);
    }
    return tree;
  }

  const foldedTotal = (tree: CallTree) =>
    Array.from(tree.flags).reduce((sum, f, i) => sum + (f & NODE_TRUNCATED ? tree.total[i] : 0), 0);

  it('refines random truncated profiles back to the whole profile when each answer is whole', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const full = randomProfile(seed);
      const tree = refineAll(full, 0, (t) => expect(t.total[0]).toBe(full.total[0]));
      expect(sorted(printFolded(tree))).toBe(sorted(printFolded(full)));
    }
  });

  it('with truncated answers, only ever shows real frames with their exact totals and folds less each time', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const full = randomProfile(seed);
      const fullTotals = new Map<string, number>();
      for (let i = 1; i < full.count; i++) {
        fullTotals.set(stackOf(full, i).join(';'), full.total[i]);
      }
      let folded = foldedTotal(truncateTree(full, 20));
      refineAll(full, 20, (t) => {
        const wrong: string[] = [];
        for (let i = 1; i < t.count; i++) {
          const stack = stackOf(t, i).join(';');
          if ((t.flags[i] & NODE_TRUNCATED) === 0 && t.total[i] !== fullTotals.get(stack)) {
            wrong.push(stack);
          }
        }
        expect(wrong).toEqual([]);
        const now = foldedTotal(t);
        expect(now).toBeLessThanOrEqual(folded);
        folded = now;
      });
    }
  });

  it('leaves the tree as it is when either side lacks the call site', () => {
    const tree = parseFolded('main;a 1\n').tree;
    expect(graftCallSite(tree, ['gone'], tree)).toBe(tree);
    expect(graftCallSite(tree, ['main'], parseFolded('other;x 1\n').tree)).toBe(tree);
  });

  it('keeps the nodes after the call site with their parents', () => {
    const full = parseFolded('a;x 10\na;y 1\na;z 2\nb;c;d 5\nb;e 4\n').tree;
    const cut = truncateTree(full, 5);
    const grafted = graftCallSite(cut, ['a'], answerForCallSite(full, ['a'], 100));
    // b's own "other" stays: only a's call site was answered.
    expect(sorted(printFolded(grafted))).toBe(sorted('a;x 10\na;y 1\na;z 2\nb;c;d 5\nb;other 4'));
    expect(grafted.total[findPath(grafted, ['b', 'c', 'd'])]).toBe(5);
  });
});

describe('refineTargets', () => {
  // total 1000: main 600 (api 560, other 40), lib 400 (other 4)
  const tree = truncateTree(parseFolded('main;api 560\nmain;a 20\nmain;b 20\nlib;x 396\nlib;c 2\nlib;d 2\n').tree, 4);

  it('lists the "other" nodes at least the bound wide, shallowest then widest, by call site', () => {
    const targets = refineTargets(tree, 0, 1000, 8, new Set());
    expect(targets.map((t) => [t.path, t.px])).toEqual([[['main'], 40]]);
    expect(refineTargets(tree, 0, 2000, 8, new Set()).map((t) => t.path)).toEqual([['main'], ['lib']]);
  });

  it('measures widths in the zoomed view and skips call sites already asked for', () => {
    const lib = findPath(tree, ['lib']);
    expect(refineTargets(tree, lib, 1000, 8, new Set()).map((t) => [t.path, t.px])).toEqual([[['lib'], 10]]);
    expect(refineTargets(tree, lib, 1000, 8, new Set([callSiteKey(['lib'])]))).toEqual([]);
  });
});
