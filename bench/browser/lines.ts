/**
 * One function's line table (with its self, total, callers and callees: src/pprof/functionDetails)
 * straight from the bytes of a merged pprof of over 50 MB, against pprof-format's decode alone of
 * the same bytes: same page, alternating runs.
 *
 *   npm run bench:lines             print the figures
 *   npm run bench:lines -- --write  also write them into BENCHMARKS.md
 *
 * The profile is bench/data.ts' generateMergedPprof, as bench:functions reads it.
 */
import { withBenchPage, writeSection } from './run';

const write = process.argv.includes('--write');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = Number(process.env.BENCH_PPROF_MB ?? 52);
interface Picked {
  name: string;
  share: number;
  /** Line rows, and callers plus callees, of the answer. */
  rows: number;
  neighbours: number;
}
interface Api {
  makePprof: (mb: number) => { bytes: number };
  linesTiming: (runs: number) => {
    pprofFormatMs: number;
    middlingMs: number;
    hottestMs: number;
    middling: Picked & { rank: number };
    hottest: Picked;
    functionsWithSamples: number;
    samples: number;
    same: boolean;
  };
}
const bench = () => (window as never as { flBench: Api }).flBench;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const pct = (x: number) => `${(100 * x).toFixed(x < 0.01 ? 3 : 1)}%`;

async function main() {
  const out = await withBenchPage(async (page, log) => {
    log(`Same page, same bytes; medians of ${RUNS} runs, alternating. Goal: at most 0.5× pprof-format's decode alone.`);
    log('');
    const { bytes } = await page.evaluate((mb) => bench().makePprof(mb), MB);
    const f = await page.evaluate((r) => bench().linesTiming(r), RUNS);
    log(
      '| merged pprof | samples | function (share of the total) | lines, callers + callees | pprof-format decode | line table from the bytes | ratio |'
    );
    log('|---:|---:|---|---:|---:|---:|---:|');
    const row = (label: string, p: Picked, oursMs: number) =>
      log(
        `| ${(bytes / 1e6).toFixed(1)} MB | ${f.samples.toLocaleString('en')} | ${label} \`${p.name}\` (${pct(p.share)}) | ${p.rows}, ${p.neighbours.toLocaleString('en')} | ${ms(f.pprofFormatMs)} | ${ms(oursMs)} | **${(oursMs / f.pprofFormatMs).toFixed(2)}×** |`
      );
    row(
      `middling: rank ${f.middling.rank.toLocaleString('en')} of ${f.functionsWithSamples.toLocaleString('en')} by total,`,
      f.middling,
      f.middlingMs
    );
    row('hottest:', f.hottest, f.hottestMs);
    log('');
    log(
      `Both answers equal functionDetailsOfPprof over the fully decoded profile: ${f.same ? 'yes' : '**NO**'}. ` +
        'The line table is read from the protobuf wire in two passes, with no full decode: the first reads ' +
        'the function and location tables and keeps strings as byte ranges (names are compared as UTF-8 ' +
        'bytes; only the names and files shown are decoded); the second reads each sample’s location ids ' +
        'into one reused buffer and keeps only its value of the sample type, so a sample without the ' +
        'function costs a byte lookup per location id, and one with it is expanded into frames around ' +
        'its locations only. The hottest function, under a large share of the stacks, has the most ' +
        'callers and callees, each named and sorted: the worst case here. Each timed call follows a ' +
        'forced GC; pprof-format only decodes (its objects are not walked).'
    );
  });
  if (!out.some((l) => l.includes('equal functionDetailsOfPprof') && l.includes(': yes.'))) {
    console.error('the answers differ from the decoded profile’s: not written');
    process.exit(1);
  }
  if (write) {
    writeSection(
      'lines',
      'One function’s line table from a merged pprof’s bytes (browser)',
      '`npm run bench:lines -- --write`',
      out
    );
  }
}

void main();
