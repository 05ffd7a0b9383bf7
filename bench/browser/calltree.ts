/**
 * Call tree and inverted flame graph in the browser: Flamelens' call tree against the Call Tree
 * pane of @grafana/flamegraph 13.0.1 (its new UI), on the same frame in the same page, and
 * Flamelens' inverted (bottom-up) graph against its normal one.
 *
 *   npm run bench:calltree             print the figures
 *   npm run bench:calltree -- --write  also write them into BENCHMARKS.md
 *
 * Figures (page.tsx: showCallTree, expandOne, render):
 * - to call tree: from a mounted graph, the click on the view switch → the call tree's rows are in
 *   the DOM, and → the next animation frame (the mount itself is not counted, for either);
 * - open one row: click on a closed row's expander → its children in the DOM, and → the next frame
 *   (Chromium paces frames at 60 Hz even headless: the first figure is the work);
 * - inverted render: the panel's first render with the inverted option, against the normal one.
 */
import type { Page } from 'playwright-core';
import { benchSizes, wideFrame, withBenchPage, writeSection } from './run';

const write = process.argv.includes('--write');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIMEOUT_MS = 60000;
type Which = 'flamelens' | 'grafana';
interface Api {
  makeFrame: (k: string, n: number) => { nodes: number };
  baseline: () => Promise<number>;
  setLayout: (l: string) => void;
  setInverted: (on: boolean) => void;
  setNewUI: (on: boolean) => void;
  render: (w: string, t?: number) => Promise<{ ms: number; painted: boolean }>;
  showCallTree: (w: string, t?: number) => Promise<{ ms: number; inDomMs: number; ok: boolean; rows: number }>;
  expandOne: (w: string, t?: number) => Promise<{ ms: number; inDomMs: number; ok: boolean; added: number }>;
}
/** The page's API; page.evaluate callbacks run in the page, where `bench` is a global (page.tsx). */
const bench = () => (window as never as { bench: () => Api }).bench();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
/** The work (event → result in the DOM), then (→ the next frame); or that it never finished. */
const fmt = (xs: Array<{ ms: number; inDomMs: number }>, ok: boolean) =>
  ok && xs.length
    ? `${ms(median(xs.map((x) => x.inDomMs)))} (→ next frame ${ms(median(xs.map((x) => x.ms)))})`
    : `did not finish in ${TIMEOUT_MS / 1000} s`;

async function callTreeFigures(page: Page, which: Which, runs: number) {
  const show: Array<{ ms: number; inDomMs: number }> = [];
  const expand: Array<{ ms: number; inDomMs: number }> = [];
  let ok = true;
  let expandOk = true;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    // Mounted first, not timed: both start from their graph with its table, as they open.
    await page.evaluate(([w, t]) => bench().render(w as string, t as number), [which, TIMEOUT_MS] as const);
    const s = await page.evaluate(([w, t]) => bench().showCallTree(w as string, t as number), [
      which,
      TIMEOUT_MS,
    ] as const);
    ok &&= s.ok;
    rows = s.rows;
    if (!s.ok) {
      break;
    }
    show.push(s);
    const e = await page.evaluate(([w, t]) => bench().expandOne(w as string, t as number), [
      which,
      TIMEOUT_MS,
    ] as const);
    expandOk &&= e.ok;
    if (e.ok) {
      expand.push(e);
    }
  }
  return { show, expand, ok, expandOk, rows };
}

async function main() {
  const out = await withBenchPage(async (page, log) => {
    log(
      `Same page, same frame, one after the other; medians of ${RUNS} runs. Grafana's graph runs with \`enableNewUI\` (its Call Tree pane); each is mounted with its table first, not timed.`
    );
    log('');
    log(
      '| nodes | | to call tree: click → rows in the DOM (→ next frame) | open one row: click → its children in the DOM (→ next frame) | rows in the DOM |'
    );
    log('|---:|---|---:|---:|---:|');
    await page.evaluate(() => bench().setNewUI(true));
    await page.evaluate(() => bench().setLayout('both'));
    for (const size of benchSizes()) {
      const info = await wideFrame(page, size);
      for (const which of ['grafana', 'flamelens'] as Which[]) {
        const f = await callTreeFigures(page, which, size > 100_000 ? Math.min(RUNS, 3) : RUNS);
        const name = which === 'grafana' ? '@grafana/flamegraph 13.0.1' : '**Flamelens**';
        log(
          `| ${info.nodes.toLocaleString('en')} | ${name} | ${fmt(f.show, f.ok)} | ${f.ok ? fmt(f.expand, f.expandOk) : '—'} | ${f.rows.toLocaleString('en')} |`
        );
      }
    }
    await page.evaluate(() => bench().setNewUI(false));
    log('');
    log(
      "**Opening on the call tree**, Flamelens (call tree beside the flame graph): mount → the graph's root label drawn → the next frame. Grafana's graph opens on its flame graph; its figure is its mount plus the switch above."
    );
    log('');
    log('| nodes | first render, call tree view |');
    log('|---:|---:|');
    await page.evaluate(() => bench().setLayout('calltree'));
    for (const size of benchSizes()) {
      const info = await wideFrame(page, size);
      const times: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const r = await page.evaluate((t) => bench().render('flamelens', t), TIMEOUT_MS);
        if (i > 0) {
          times.push(r.painted ? r.ms : NaN);
        }
      }
      log(`| ${info.nodes.toLocaleString('en')} | ${median(times).toFixed(0)} ms |`);
    }
    log('');
    log('**Inverted (bottom-up) flame graph**, Flamelens, first render with the flame graph only:');
    log('');
    log('| nodes | normal | inverted |');
    log('|---:|---:|---:|');
    await page.evaluate(() => bench().setLayout('graph'));
    for (const size of benchSizes()) {
      const info = await wideFrame(page, size);
      const times: Record<string, number[]> = { normal: [], inverted: [] };
      for (let i = 0; i < RUNS + 1; i++) {
        for (const mode of ['normal', 'inverted']) {
          await page.evaluate((on) => bench().setInverted(on), mode === 'inverted');
          const r = await page.evaluate((t) => bench().render('flamelens', t), TIMEOUT_MS);
          if (i > 0) {
            // The first round pays first-use costs for both.
            times[mode].push(r.painted ? r.ms : NaN);
          }
        }
      }
      await page.evaluate(() => bench().setInverted(false));
      log(
        `| ${info.nodes.toLocaleString('en')} | ${median(times.normal).toFixed(0)} ms | ${median(times.inverted).toFixed(0)} ms |`
      );
    }
  });
  if (write) {
    writeSection(
      'calltree',
      '# Call tree and inverted flame graph in the browser vs @grafana/flamegraph',
      '`npm run build && npm run bench:calltree -- --write` (bench/browser/calltree.ts says what each figure measures)',
      out
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
