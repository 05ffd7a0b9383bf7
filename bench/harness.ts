/** A small benchmark harness: warm up, then time repeated runs and report the median. */
import * as os from 'os';

export interface Timing {
  name: string;
  medianMs: number;
  minMs: number;
  runs: number;
}

export function time(name: string, fn: () => unknown, runs = 7, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) {
    fn();
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, medianMs: samples[Math.floor(samples.length / 2)], minMs: samples[0], runs };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function fmtMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

// The same seeded PRNG the fuzzer uses, so benchmark data is reproducible.
export { prng } from '../src/testing/fuzz';
