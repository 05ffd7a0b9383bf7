/**
 * Browser benchmark: Flamelens' flame graph panel against Grafana's @grafana/flamegraph, rendering
 * the same frames in one headless Chromium page (see page.tsx for what each figure measures).
 *
 *   npm run bench:browser            print the figures
 *   npm run bench:browser -- --write also write them into BENCHMARKS.md
 *   npm run bench:browser -- --baseline <git ref> [--write]
 *                                    the panel of that commit against the working tree's, in the
 *                                    same page, alternating (compare.ts)
 *
 * Installs this folder's dependencies on first use (own package.json and lockfile) and builds the
 * page with webpack. The panel's module size comes from dist/ (run `npm run build` first).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { Browser, chromium, Page } from 'playwright-core';
import { machine } from '../harness';

const here = __dirname;
const root = path.resolve(here, '../..');
const write = process.argv.includes('--write');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed`);
  }
}

export function build(env: NodeJS.ProcessEnv = {}) {
  if (!fs.existsSync(path.join(here, 'node_modules', '@grafana', 'flamegraph', 'package.json'))) {
    run('npm', ['ci', '--no-audit', '--no-fund'], here);
  }
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
      '--config',
      path.join(here, 'webpack.config.cjs'),
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }
  );
  if (r.status !== 0) {
    throw new Error('webpack failed for the benchmark page');
  }
}

export function serve(): Promise<{ url: string; close: () => void }> {
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>loading</title></head><body style="margin:0"><div id="stage" style="width:1200px;height:600px"></div><div id="grafana-portal-container"></div><script src="/bench.js"></script></body></html>';
  const server = http.createServer((req, res) => {
    const file = /^\/([\w.-]+\.js)$/.exec(req.url ?? '');
    if (file && fs.existsSync(path.join(here, 'dist', file[1]))) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(fs.readFileSync(path.join(here, 'dist', file[1])));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => server.close() })
    )
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export type Which = 'flamelens' | 'grafana' | 'baseline';
export interface Figures {
  renderMs: number;
  hoverMs: number;
  hoverInDomMs: number;
  zoomMs: number;
  heapDeltaMB: number;
  longestTaskAfterRenderMs: number;
  ok: boolean;
}

export async function measure(page: Page, which: Which, runs: number, zoom = true): Promise<Figures> {
  // One render not counted: both pay their first-use costs (code compilation, fonts) there.
  await page.evaluate(
    (w) => (window as never as { flBench: { render: (w: string) => Promise<unknown> } }).flBench.render(w),
    which
  );
  const renders: number[] = [];
  const samples = process.env.BENCH_VERBOSE
    ? (label: string, xs: number[]) => console.error(which, label, xs.map((x) => x.toFixed(1)).join(' '))
    : () => undefined;
  const heaps: number[] = [];
  const hovers: number[] = [];
  const hoversInDom: number[] = [];
  const zooms: number[] = [];
  let ok = true;
  let longest = 0;
  for (let i = 0; i < runs; i++) {
    const r = await page.evaluate(
      (w) =>
        (
          window as never as {
            flBench: { render: (w: string) => Promise<{ ms: number; painted: boolean; heapDeltaMB: number }> };
          }
        ).flBench.render(w),
      which
    );
    ok &&= r.painted;
    renders.push(r.ms);
    heaps.push(r.heapDeltaMB);
    await page.evaluate(() => (window as never as { flBench: { longTasks: () => number[] } }).flBench.longTasks());
    for (const x of [0.05, 0.4, 0.8]) {
      const h = await page.evaluate(
        ([w, x]) =>
          (
            window as never as {
              flBench: { hover: (w: string, x: number) => Promise<{ ms: number; inDomMs: number; ok: boolean }> };
            }
          ).flBench.hover(w as string, x as number),
        [which, x] as const
      );
      ok &&= h.ok;
      hovers.push(h.ms);
      hoversInDom.push(h.inDomMs);
    }
    if (zoom) {
      const z = await page.evaluate(
        (w) =>
          (window as never as { flBench: { zoom: (w: string) => Promise<{ ms: number; ok: boolean }> } }).flBench.zoom(
            w
          ),
        which
      );
      ok &&= z.ok;
      zooms.push(z.ms);
    }
    const tasks = await page.evaluate(() =>
      (window as never as { flBench: { longTasks: () => number[] } }).flBench.longTasks()
    );
    longest = Math.max(longest, ...tasks, 0);
  }
  samples('render', renders);
  samples('hover', hoversInDom);
  samples('zoom', zooms);
  return {
    renderMs: median(renders),
    hoverMs: median(hovers),
    hoverInDomMs: median(hoversInDom),
    zoomMs: zooms.length ? median(zooms) : NaN,
    heapDeltaMB: median(heaps),
    longestTaskAfterRenderMs: longest,
    ok,
  };
}

function moduleSize(): { raw: number; gzip: number; files: string[] } {
  const dir = path.join(root, 'dist', 'flamelens-flamegraph-panel');
  if (!fs.existsSync(dir)) {
    return { raw: NaN, gzip: NaN, files: [] };
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = fs.readFileSync(path.join(dir, f));
    raw += b.length;
    gzip += gzipSync(b, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

/** The sizes measured: BENCH_SIZES (comma-separated node counts), 16,384 and 1,048,576 by default. */
export const benchSizes = (): number[] => (process.env.BENCH_SIZES ?? '16384,1048576').split(',').map(Number);

/** A generated frame of `size` nodes in the page, and the heap recorded with only it alive. */
export async function wideFrame(page: Page, size: number): Promise<{ nodes: number }> {
  const info = await page.evaluate(
    (n) =>
      (window as never as { flBench: { makeFrame: (k: string, n: number) => { nodes: number } } }).flBench.makeFrame(
        'wide',
        n
      ),
    size
  );
  await page.evaluate(() => (window as never as { flBench: { baseline: () => Promise<number> } }).flBench.baseline());
  return info;
}

/**
 * Builds the page (with `env` for its webpack build), serves it, opens it in Chromium, logs the
 * machine line, runs `body`, and closes everything; returns the lines logged.
 */
export async function withBenchPage(
  body: (page: Page, log: (line: string) => void) => Promise<void>,
  opts: { env?: NodeJS.ProcessEnv; note?: string } = {}
): Promise<string[]> {
  build(opts.env);
  const server = await serve();
  const browser = await launch();
  const { out, log } = recorder();
  try {
    const page = await openPage(browser, server.url);
    log(`${await machineLine(browser)}${opts.note ?? ''}`);
    log('');
    await body(page, log);
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

async function main() {
  const out = await withBenchPage(async (page, log) => {
    log(
      'Same page, same frame, one after the other; medians of ' +
        RUNS +
        ' renders (hover: 3 points per render). Times run from the call or event to the next animation frame after the result is on screen.'
    );
    log('');
    for (const layout of ['both', 'graph'] as const) {
      await page.evaluate(
        (l) => (window as never as { flBench: { setLayout: (l: string) => void } }).flBench.setLayout(l),
        layout
      );
      log('');
      log(
        layout === 'both'
          ? '**Top table and flame graph** (as each opens by default):'
          : "**Flame graph only** (Grafana's `showFlameGraphOnly`, which has no node menu and so no zoom):"
      );
      log('');
      log(
        '| nodes | | first render | hover → tooltip in DOM | → next frame | one-click zoom | JS heap after render (over the frame alone) | longest task after first render | all checks |'
      );
      log('|---:|---|---:|---:|---:|---:|---:|---:|---|');
      for (const size of benchSizes()) {
        const info = await wideFrame(page, size);
        const runs = size > 100_000 ? Math.max(3, Math.min(RUNS, 3)) : RUNS;
        const g = await measure(page, 'grafana', runs, layout === 'both');
        const f = await measure(page, 'flamelens', runs);
        const zoom = (x: Figures) => (layout === 'graph' && x === g ? 'n/a' : `${x.zoomMs.toFixed(1)} ms`);
        const row = (name: string, x: Figures) =>
          `| ${info.nodes.toLocaleString('en')} | ${name} | ${x.renderMs.toFixed(0)} ms | ${x.hoverInDomMs.toFixed(2)} ms | ${x.hoverMs.toFixed(1)} ms | ${zoom(x)} | ${x.heapDeltaMB.toFixed(1)} MB | ${x.longestTaskAfterRenderMs.toFixed(0)} ms | ${x.ok || (layout === 'graph' && x === g) ? 'yes' : 'NO'} |`;
        log(row('@grafana/flamegraph 13.0.1', g));
        log(row('**Flamelens**', f));
        log(
          `| | ratio | **${(g.renderMs / f.renderMs).toFixed(1)}× faster** | **${(f.hoverInDomMs / g.hoverInDomMs).toFixed(2)}** of its time | ${(f.hoverMs / g.hoverMs).toFixed(2)} | ${layout === 'graph' ? '' : `${(g.zoomMs / f.zoomMs).toFixed(1)}× faster`} | | | |`
        );
      }
    }
    log('');
    log('Reading the figures:');
    log('');
    log(
      "- Frames: `bench/data.ts` (seeded; realistic shape, 16,384 or 1,048,576 nodes, Go- and Java-like names), encoded by the datasource's own frame writer; both graphs get the same frame object."
    );
    log(
      '- Zoom in Grafana\'s graph is two clicks (the node, then "Focus block" in its menu); both are timed from the first click.'
    );
    log(
      '- "→ next frame": Chromium paces animation frames at 60 Hz even headless, so whatever changes on screen lands on the next 16.7 ms boundary, for both alike. The work each does for a hover is the "tooltip in DOM" time, and that is what the ratio compares.'
    );
    log(
      '- Heap: used JS heap after the render and a forced GC, minus the heap with only the frame alive (also after GC).'
    );
    log(
      "- Flame graph only, 16,384 nodes: here both mount a toolbar of Grafana UI components, and mounting them (React, emotion styles, layout) is most of either's time; the profile work dominates at 1,048,576 nodes. With the top table, as both open by default, Grafana's table renders every row and ours only those in view."
    );
    log('');
    const deep = await page.evaluate(() =>
      (
        window as never as { flBench: { makeFrame: (k: string, n: number) => { nodes: number; maxDepth: number } } }
      ).flBench.makeFrame('deep', 10_000)
    );
    log(`Deepest stack: ${deep.maxDepth.toLocaleString('en')} levels (${deep.nodes.toLocaleString('en')} nodes).`);
    log('');
    log('| | first render | deepest row painted | canvas height (device px) | scroll height (CSS px) |');
    log('|---|---:|---|---:|---:|');
    for (const which of ['grafana', 'flamelens'] as Which[]) {
      // Gives up on a root row that never shows after 20 s.
      const r = await page.evaluate(
        (w) =>
          (
            window as never as {
              flBench: { render: (w: string, t: number) => Promise<{ ms: number; painted: boolean }> };
            }
          ).flBench.render(w, 20000),
        which
      );
      const d = await page.evaluate(
        (w) =>
          (
            window as never as {
              flBench: {
                deepestPainted: (
                  w: string
                ) => Promise<{ painted: boolean; canvasHeightPx: number; scrollHeightPx: number }>;
              };
            }
          ).flBench.deepestPainted(w),
        which
      );
      log(
        `| ${which === 'grafana' ? '@grafana/flamegraph 13.0.1' : '**Flamelens**'} | ${r.painted ? `${r.ms.toFixed(0)} ms` : `nothing drawn after ${(r.ms / 1000).toFixed(0)} s`} | ${d.painted ? 'yes' : '**no** (blank)'} | ${d.canvasHeightPx.toLocaleString('en')} | ${d.scrollHeightPx.toLocaleString('en')} |`
      );
    }
    const m = moduleSize();
    log('');
    log(
      `Panel module: ${m.files.join(' + ') || '(not built)'}: ${(m.raw / 1024).toFixed(0)} KB, **${(m.gzip / 1024).toFixed(1)} KB gzip** (lazy chunks included; React, @grafana/* and emotion are Grafana's, external).`
    );
  });
  if (write) {
    writeSection(
      'browser',
      '# Flame graph panel in the browser vs @grafana/flamegraph',
      '`npm run build && npm run bench:browser -- --write` (bench/browser: own package.json and lockfile; page.tsx says what each figure measures)',
      out
    );
  }
}

/** Lines printed and kept, to write into BENCHMARKS.md afterwards. */
/** Machine, browser and date, for the first line of a section. */
export async function machineLine(browser: Browser): Promise<string> {
  return `Machine: ${machine()}, ${await browser.version()} headless (software rendering). Date: ${new Date().toISOString().slice(0, 10)}.`;
}

export function recorder(): { out: string[]; log: (line: string) => void } {
  const out: string[] = [];
  return {
    out,
    log: (line: string) => {
      console.log(line);
      out.push(line);
    },
  };
}

/** The benchmark page, ready (its flBench API installed). */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');
  return page;
}

/** Replaces (or appends) the `<!-- name:begin -->…<!-- name:end -->` section of BENCHMARKS.md. */
export function writeSection(name: string, title: string, rerun: string, lines: string[]): void {
  const file = path.join(root, 'BENCHMARKS.md');
  const current = fs.readFileSync(file, 'utf8');
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${begin}\n${title}\n\nRerun: ${rerun}\n\n${lines.join('\n')}\n${end}`;
  const next = current.includes(begin)
    ? current.replace(new RegExp(`${begin}[\\s\\S]*${end}`), section)
    : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
    ],
  });
}

if (require.main === module) {
  const baseline = process.argv.indexOf('--baseline');
  const job =
    baseline >= 0
      ? import('./compare').then((c) => c.compareWithBaseline(process.argv[baseline + 1] ?? 'HEAD', write))
      : main();
  job.catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
