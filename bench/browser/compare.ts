/**
 * Before/after: the flame graph panel of an earlier commit against the working tree's, built into
 * the same page and measured the same way, alternating which goes first, median of 10 runs each.
 * Answers "did this change make the panel slower?" for a refactor or a feature.
 *
 *   npm run bench:browser -- --baseline <git ref> [--write]
 *
 * The commit's panel/, src/, plugin-runtime/ and types/ are extracted with `git archive` into a
 * temporary folder; its imports of installed packages resolve from this repository's node_modules.
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchSizes, Figures, measure, wideFrame, withBenchPage, writeSection, type Which } from './run';

const root = path.resolve(__dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

type Key = 'renderMs' | 'hoverInDomMs' | 'zoomMs' | 'heapDeltaMB' | 'longestTaskAfterRenderMs';
const FIGURES: Array<[Key, string, string]> = [
  ['renderMs', 'first render', 'ms'],
  ['hoverInDomMs', 'hover → tooltip in DOM (mean)', 'ms'],
  ['zoomMs', 'one-click zoom', 'ms'],
  ['heapDeltaMB', 'JS heap after render', 'MB'],
  ['longestTaskAfterRenderMs', 'longest task after first render', 'ms'],
];

function extract(ref: string): { dir: string; commit: string } {
  const commit = execSync(`git rev-parse --short ${ref}`, { cwd: root, encoding: 'utf8' }).trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `flamelens-baseline-${commit}-`));
  execSync(`git archive ${commit} panel src plugin-runtime types | tar -x -C ${dir}`, { cwd: root });
  return { dir, commit };
}

export async function compareWithBaseline(ref: string, write: boolean): Promise<void> {
  const { dir, commit } = extract(ref);
  let out: string[];
  try {
    out = await withBenchPage(
      async (page, log) => {
        log(
          `Same page, same frame; the two panels alternate which renders first; medians of ${RUNS} runs each (top table and flame graph, as the panel opens by default).`
        );
        log('');
        log('| nodes | figure | before | after | after / before |');
        log('|---:|---|---:|---:|---:|');
        let worst = 0;
        for (const size of benchSizes()) {
          const info = await wideFrame(page, size);
          const samples: Record<'baseline' | 'flamelens', Figures[]> = { baseline: [], flamelens: [] };
          for (let i = 0; i < RUNS; i++) {
            const order: Array<Which & ('baseline' | 'flamelens')> =
              i % 2 === 0 ? ['baseline', 'flamelens'] : ['flamelens', 'baseline'];
            for (const which of order) {
              samples[which].push(await measure(page, which, 1));
            }
          }
          for (const [key, name, unit] of FIGURES) {
            // Hover times are a fraction of a millisecond and Chromium's clock ticks in 0.1 ms steps:
            // their median jumps a whole step (10%), so hover compares means of the per-run medians.
            const stat = key === 'hoverInDomMs' ? mean : median;
            const before = stat(samples.baseline.map((f) => f[key]));
            const after = stat(samples.flamelens.map((f) => f[key]));
            const ratio = after / before;
            if (size === 1_048_576 && key !== 'longestTaskAfterRenderMs') {
              worst = Math.max(worst, ratio);
            }
            const digits = key === 'hoverInDomMs' ? 2 : 1;
            log(
              `| ${info.nodes.toLocaleString('en')} | ${name} | ${before.toFixed(digits)} ${unit} | ${after.toFixed(digits)} ${unit} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'} |`
            );
          }
          const ok = [...samples.baseline, ...samples.flamelens].every((f) => f.ok);
          log(`| | all pixel and tooltip checks | | | ${ok ? 'passed' : '**FAILED**'} |`);
        }
        log('');
        log(
          `Worst after/before at 1,048,576 nodes (render, hover, zoom, heap): **${worst.toFixed(2)}**. The longest task is listed but not compared: one slow frame of a shared machine moves it.`
        );
      },
      { env: { FLAMELENS_BASELINE_DIR: dir }, note: ` Baseline: commit ${commit}; after: the working tree.` }
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (write) {
    writeSection(
      'before-after',
      '# The panel before and after a change',
      '`npm run bench:browser -- --baseline <git ref> --write` (bench/browser/compare.ts)',
      out
    );
  }
}
