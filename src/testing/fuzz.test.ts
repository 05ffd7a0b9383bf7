import { mutate, prng, runFuzz } from './fuzz';
import { fuzzSeeds } from './fuzzSeeds';

describe('fuzzing the decoders (seeded, small)', () => {
  it('mutates deterministically from a seed', () => {
    const input = Uint8Array.from({ length: 64 }, (_, i) => i);
    expect(Array.from(mutate(input, prng(7)))).toEqual(Array.from(mutate(input, prng(7))));
  });

  it('gets only typed errors from every decoder on 3,000 mutated real inputs', () => {
    const seeds = fuzzSeeds(16 * 1024);
    const report = runFuzz(seeds, 3000, 20261122);
    // eslint-disable-next-line no-console
    console.log(
      `fuzz: ${report.runs} cases over ${seeds.length} seeds; per target ${JSON.stringify(report.perTarget)}`
    );
    expect(report.findings.map((f) => `${f.target} #${f.iteration}: ${f.problem}`)).toEqual([]);
    expect(Object.keys(report.perTarget).sort()).toEqual([
      'flamebearer-json',
      'flamegraph-proto',
      'folded',
      'pprof',
      'pprof-gzip',
      'selector',
    ]);
  });
});
