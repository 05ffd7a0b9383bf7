/**
 * The standalone fuzzer: at least 100,000 mutated real inputs thrown at the pprof, flame bearer
 * and folded decoders and the selector parser. Fails on any untyped error, any input taking over
 * 1 s, or an input that makes the heap grow by more than 256 MiB.
 *
 *   npx tsx scripts/fuzz.ts [--iterations N] [--seed S]
 */
import * as fs from 'fs';
import * as path from 'path';
import { runFuzz } from '../src/testing/fuzz';
import { fuzzSeeds } from '../src/testing/fuzzSeeds';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const iterations = opt('--iterations', 100000);
const seed = opt('--seed', Date.now() % 2 ** 31);
const seeds = fuzzSeeds();
const memBefore = process.memoryUsage();
const t0 = Date.now();
const report = runFuzz(seeds, iterations, seed, 1000, () => performance.now());
const memAfter = process.memoryUsage();
const secs = (Date.now() - t0) / 1000;
const growthMiB = (memAfter.heapUsed + memAfter.arrayBuffers - memBefore.heapUsed - memBefore.arrayBuffers) / 2 ** 20;
console.log(`fuzz: ${report.runs} cases, seed ${seed}, ${seeds.length} seeds, ${secs.toFixed(1)} s`);
console.log(`per target: ${JSON.stringify(report.perTarget)}`);
console.log(`slowest case: ${report.slowest.ms.toFixed(1)} ms (${report.slowest.target} #${report.slowest.iteration})`);
console.log(`heap + array buffers after the run: ${growthMiB.toFixed(1)} MiB over the start`);
let failed = report.findings.length > 0 || growthMiB > 256;
if (report.findings.length > 0) {
  const dir = path.join(__dirname, '..', 'test-results', 'fuzz');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of report.findings.slice(0, 20)) {
    const file = path.join(dir, `${f.target}-${seed}-${f.iteration}.bin`);
    fs.writeFileSync(file, f.input);
    console.error(
      `FINDING ${f.target} #${f.iteration}: ${f.problem} (input saved to ${path.relative(process.cwd(), file)})`
    );
  }
}
if (growthMiB > 256) {
  console.error('FINDING: memory grew by more than 256 MiB');
  failed = true;
}
console.log(failed ? 'fuzz: FAILED' : 'fuzz: no findings');
process.exit(failed ? 1 : 0);
