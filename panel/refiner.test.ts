import { Refiner, REFINE_PER_VIEW } from './refiner';
import { parseFolded, printFolded } from '../src/formats/folded';
import { truncateTree } from '../src/tree/truncate';
import { answerForCallSite } from '../src/testing/callSites';
import type { CallTree } from '../src/tree/callTree';

/** A fetch whose answers (cut to the node limit asked) the test releases one by one. */
function controlledServer(full: CallTree) {
  const calls: Array<{ path: string[]; signal: AbortSignal; maxNodes: number; release: () => void }> = [];
  const fetch = (path: string[], signal: AbortSignal, maxNodes: number) =>
    new Promise<CallTree | undefined>((resolve) => {
      calls.push({ path, signal, maxNodes, release: () => resolve(answerForCallSite(full, path, maxNodes)) });
    });
  return { calls, fetch };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** 40 call sites each with a tail of 30 small functions (distinct values: no ties at the cut). */
function wideProfile(): CallTree {
  const lines: string[] = [];
  for (let s = 0; s < 40; s++) {
    lines.push(`main;s${s};big 1000`);
    for (let k = 0; k < 30; k++) {
      lines.push(`main;s${s};tiny${k} ${1 + s * 30 + k}`);
    }
  }
  return parseFolded(lines.join('\n')).tree;
}

describe('Refiner', () => {
  it('asks two call sites at a time, shallowest first, and grafts each answer until the view is refined', async () => {
    const full = parseFolded('main;a;x 500\nmain;a;y 30\nmain;a;z 20\nmain;b 400\nmain;c 30\nmain;d 20\n').tree;
    const server = controlledServer(full);
    const refiner = new Refiner(server.fetch, 1000, truncateTree(full, 4), () => undefined);
    // Cut to main, a, x, b: both main and a hold an "other".
    let status = refiner.plan([], 1000, 'v1');
    expect(server.calls.map((c) => c.path)).toEqual([['main'], ['main', 'a']]);
    expect(status).toEqual(expect.objectContaining({ waiting: 2, answered: 0 }));
    expect(status.marked).toHaveLength(2);
    server.calls[0].release();
    await flush();
    status = refiner.plan([], 1000, 'v1');
    expect(status).toEqual(expect.objectContaining({ waiting: 1, answered: 1 }));
    server.calls[1].release();
    await flush();
    status = refiner.plan([], 1000, 'v1');
    expect(status).toEqual(expect.objectContaining({ answered: 2, waiting: 0, overBudget: 0, stuck: 0, marked: [] }));
    expect(server.calls).toHaveLength(2);
    expect(printFolded(refiner.tree)).toBe(printFolded(full));
  });

  it('spends at most 16 requests per view, cancels in-flight ones when the view changes, and asks them again', async () => {
    const full = wideProfile();
    const server = controlledServer(full);
    const refiner = new Refiner(server.fetch, 1000, truncateTree(full, 100), () => undefined);
    refiner.plan([], 100_000, 'v1');
    expect(server.calls).toHaveLength(2);
    const limits = new Set<number>();
    for (let i = 0; i < 40 && server.calls.some((c) => !c.signal.aborted); i++) {
      // Both answers land before the next plan: neither call site is asked again.
      for (const c of server.calls.splice(0)) {
        limits.add(c.maxNodes);
        c.release();
      }
      await flush();
      refiner.plan([], 100_000, 'v1');
    }
    const status = refiner.plan([], 100_000, 'v1');
    expect(status.answered).toBe(REFINE_PER_VIEW);
    expect([...limits]).toEqual([1000]);
    expect(status.overBudget).toBeGreaterThan(0);
    // A new view: a new budget. Its first two requests are cancelled by the next view change.
    refiner.plan([], 100_000, 'v2');
    const inFlight = server.calls.splice(0);
    expect(inFlight).toHaveLength(2);
    refiner.plan([], 100_000, 'v3');
    expect(inFlight.every((c) => c.signal.aborted)).toBe(true);
    // The cancelled call sites are asked again in the new view.
    expect(server.calls.map((c) => c.path)).toEqual(inFlight.map((c) => c.path));
  });

  it('asks a call site again with 4x the node limit while its answer folds frames under it, twice at most', async () => {
    // main has 60 children of distinct values: a 5-node answer folds most of them again.
    const full = parseFolded(Array.from({ length: 60 }, (_, i) => `main;f${i} ${100 + i}`).join('\n')).tree;
    const server = controlledServer(full);
    const refiner = new Refiner(server.fetch, 5, truncateTree(full, 5), () => undefined);
    const limits: number[] = [];
    for (let round = 0; round < 5; round++) {
      refiner.plan([], 1e6, 'v1');
      const c = server.calls.shift();
      if (!c) {
        break;
      }
      limits.push(c.maxNodes);
      c.release();
      await flush();
    }
    // 5 folds main's children again, 20 too, 80 holds them all.
    expect(limits).toEqual([5, 20, 80]);
    expect(printFolded(refiner.tree)).toBe(printFolded(full));
    const r2 = new Refiner(server.fetch, 2, truncateTree(full, 2), () => undefined);
    for (let round = 0; round < 5; round++) {
      r2.plan([], 1e6, 'v1');
      const c = server.calls.shift();
      if (!c) {
        break;
      }
      c.release();
      await flush();
    }
    // 2, 8 and 32 nodes all fold main's 60 children: the "other" stays, said as stuck.
    expect(r2.plan([], 1e6, 'v1')).toEqual(expect.objectContaining({ waiting: 0, stuck: 1, answered: 3 }));
  });

  it('reports a failed call site once and does not ask it again', async () => {
    const full = parseFolded('main;a 500\nmain;b 30\nmain;c 20\n').tree;
    let answers = 0;
    const refiner = new Refiner(
      () => Promise.reject(new Error('HTTP 503: unavailable')),
      1000,
      truncateTree(full, 2),
      () => answers++
    );
    refiner.plan([], 1000, 'v1');
    await flush();
    expect(answers).toBe(1);
    expect(refiner.plan([], 1000, 'v1')).toEqual(
      expect.objectContaining({ failed: 'HTTP 503: unavailable', waiting: 0, answered: 0, stuck: 1 })
    );
    expect(refiner.plan([], 1000, 'v1').failed).toBeUndefined();
  });
});
