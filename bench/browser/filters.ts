/**
 * Frame filter presets in the browser: applying a preset to a tree against decoding that tree's
 * frame (the work every panel render starts from), same page, same frame, one after the other.
 *
 *   npm run bench:filters             print the figures
 *   npm run bench:filters -- --write  also write them into BENCHMARKS.md
 *
 * The frame is bench/data.ts' generated one (Go- and Java-like names, one in eight in package
 * runtime); page.tsx filterTiming says what is timed.
 */
import { benchSizes, wideFrame, withBenchPage, writeSection } from './run';

const write = process.argv.includes('--write');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
interface Api {
  filterTiming: (
    presets: string[],
    runs: number
  ) => { decodeMs: number; applyMs: number; hidden: number; nodesAfter: number };
}
const bench = () => (window as never as { flBench: Api }).flBench;
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

async function main() {
  const out = await withBenchPage(async (page, log) => {
    log(`Same page, same frame; medians of ${RUNS} runs. Goal: a preset costs at most half the decode.`);
    log('');
    log('| nodes | filters | decode the frame | apply the filters | ratio | functions hidden | nodes after |');
    log('|---:|---|---:|---:|---:|---:|---:|');
    const cases: Array<[string, string[]]> = [
      ['Go runtime preset', ['go']],
      ['all five presets', ['nodejs', 'go', 'jvm', 'python', 'native']],
    ];
    for (const size of benchSizes()) {
      const info = await wideFrame(page, size);
      for (const [label, presets] of cases) {
        const f = await page.evaluate(([p, r]) => bench().filterTiming(p as string[], r as number), [
          presets,
          RUNS,
        ] as const);
        log(
          `| ${info.nodes.toLocaleString('en')} | ${label} | ${ms(f.decodeMs)} | ${ms(f.applyMs)} | ${(f.applyMs / f.decodeMs).toFixed(2)}× | ${f.hidden.toLocaleString('en')} | ${f.nodesAfter.toLocaleString('en')} |`
        );
      }
    }
    log('');
    log(
      "Goal not met: about 3.5× the decode at a million nodes, not 0.5×. Decoding is a straight copy of the frame's columns; hiding must also merge the lifted frames with their new siblings (a lookup per child of every node that receives lifted frames — one node in six here, where one function in eight is hidden, scattered at every depth) and re-sort those siblings by name. Where it went: names are tested once each behind literal prefilters (src/regex/prefilter.ts: the presets are prefixes and never run RE2), and src/tree/hide.ts appends every other node as it is. The first version (one RE2 program over every name, a (parent, name) hash for every node) took 320 ms (8.7×) at a million nodes and 20 ms at 16,384."
    );
  });
  if (write) {
    writeSection(
      'filters',
      'Frame filter presets (browser)',
      '`npm run build && npm run bench:filters -- --write`',
      out
    );
  }
}

void main();
