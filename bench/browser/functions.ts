/**
 * The exact function table (src/pprof/functionTable.ts, the top table's rows when a flame graph is
 * truncated) from a merged pprof of over 50 MB, against pprof-format's decode alone of the same
 * bytes: same page, alternating runs.
 *
 *   npm run bench:functions             print the figures
 *   npm run bench:functions -- --write  also write them into BENCHMARKS.md
 *
 * The profile is bench/data.ts' generateMergedPprof: one sample per distinct stack, 30–90 frames
 * deep over 60,000 functions with file names, lines and inlined frames.
 */
import { withBenchPage, writeSection } from './run';

const write = process.argv.includes('--write');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = Number(process.env.BENCH_PPROF_MB ?? 52);
interface Api {
  makePprof: (mb: number) => { bytes: number };
  functionTableTiming: (runs: number) => { pprofFormatMs: number; oursMs: number; functions: number; samples: number };
}
const bench = () => (window as never as { flBench: Api }).flBench;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function main() {
  const out = await withBenchPage(async (page, log) => {
    log(
      `Same page, same bytes; medians of ${RUNS} runs, alternating. Goal: at most the time of pprof-format's decode alone.`
    );
    log('');
    log(
      '| merged pprof | samples | functions | pprof-format decode | exact function table (decode included) | ratio |'
    );
    log('|---:|---:|---:|---:|---:|---:|');
    const { bytes } = await page.evaluate((mb) => bench().makePprof(mb), MB);
    const f = await page.evaluate((r) => bench().functionTableTiming(r), RUNS);
    log(
      `| ${(bytes / 1e6).toFixed(1)} MB | ${f.samples.toLocaleString('en')} | ${f.functions.toLocaleString('en')} | ${ms(f.pprofFormatMs)} | ${ms(f.oursMs)} | **${(f.oursMs / f.pprofFormatMs).toFixed(2)}×** |`
    );
    log('');
    log(
      'The table is one pass over the decoded columns: a sample adds its value to each function on its stack once (a per-function stamp of the last sample, so recursion counts once) and to its leaf; no tree is built.'
    );
  });
  if (write) {
    writeSection(
      'functions',
      'Exact function table from a merged pprof (browser)',
      '`npm run build && npm run bench:functions -- --write`',
      out
    );
  }
}

void main();
