/**
 * Mutation fuzzing of the decoders that take untrusted input: pprof (raw and gzipped), flame
 * bearer JSON, folded stacks and label selectors. Each case mutates a real input; the decoder must
 * either succeed or throw a FlamelensError. Anything else (TypeError, RangeError, a hang, an
 * allocation far beyond the input) is a finding.
 */
import { gzipSync } from 'fflate';
import { FlamelensError } from '../errors';
import { decodePprof } from '../pprof/decode';
import { pprofToTree } from '../pprof/toTree';
import { loadProfile } from '../formats/load';
import { parseFolded } from '../formats/folded';
import { parseSelector } from '../selector/selector';
import { decodeMergeResponse } from '../pyroscope/flamegraphWire';
import { treeFromFlamebearer } from '../formats/flamebearer';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_VARINTS = [
  [0xff, 0xff, 0xff, 0xff, 0x0f],
  [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
  [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80],
  [0xfe, 0xff, 0xff, 0x7f],
];

/** Applies 1-4 random mutations to a copy of `input`. */
export function mutate(input: Uint8Array, rand: () => number): Uint8Array {
  let out = input.slice();
  const n = 1 + Math.floor(rand() * 4);
  for (let m = 0; m < n; m++) {
    const pos = Math.floor(rand() * Math.max(1, out.length));
    switch (Math.floor(rand() * 7)) {
      case 0: // flip a bit
        if (out.length) out[pos] ^= 1 << Math.floor(rand() * 8);
        break;
      case 1: // set a random byte
        if (out.length) out[pos] = Math.floor(rand() * 256);
        break;
      case 2: // truncate
        out = out.slice(0, pos);
        break;
      case 3: {
        // insert a hostile length prefix / varint
        const v = HOSTILE_VARINTS[Math.floor(rand() * HOSTILE_VARINTS.length)];
        const b = new Uint8Array(out.length + v.length);
        b.set(out.subarray(0, pos));
        b.set(v, pos);
        b.set(out.subarray(pos), pos + v.length);
        out = b;
        break;
      }
      case 4: {
        // duplicate a chunk
        const len = Math.floor(rand() * 64);
        const chunk = out.slice(pos, pos + len);
        const b = new Uint8Array(out.length + chunk.length);
        b.set(out.subarray(0, pos));
        b.set(chunk, pos);
        b.set(out.subarray(pos), pos + chunk.length);
        out = b;
        break;
      }
      case 5: // delete a chunk
        out = Uint8Array.from([...out.subarray(0, pos), ...out.subarray(pos + Math.floor(rand() * 32))]);
        break;
      default: {
        // insert ASCII punctuation that matters to text formats
        const chars = ';{}[]"\\\n\r,=~!0123456789-. \u0000';
        const c = chars.charCodeAt(Math.floor(rand() * chars.length)) & 0xff;
        const b = new Uint8Array(out.length + 1);
        b.set(out.subarray(0, pos));
        b[pos] = c;
        b.set(out.subarray(pos), pos + 1);
        out = b;
      }
    }
  }
  return out;
}

export type Target = 'pprof' | 'pprof-gzip' | 'flamebearer-json' | 'flamegraph-proto' | 'folded' | 'selector';

/** Runs one decoder on one input; returns undefined if it behaved, else a description. */
export function runTarget(target: Target, input: Uint8Array): string | undefined {
  try {
    switch (target) {
      case 'pprof':
      case 'pprof-gzip': {
        const p = decodePprof(input);
        if (p.sampleTypes.length > 0) {
          pprofToTree(p, { sampleType: 0 });
        }
        break;
      }
      case 'flamebearer-json':
        loadProfile(input);
        break;
      case 'flamegraph-proto': {
        const fg = decodeMergeResponse(input).flamegraph;
        if (fg && fg.levels.length > 0) {
          treeFromFlamebearer(fg.names, fg.levels);
        }
        break;
      }
      case 'folded':
        parseFolded(new TextDecoder().decode(input));
        break;
      case 'selector':
        parseSelector(new TextDecoder().decode(input));
        break;
    }
    return undefined;
  } catch (e) {
    if (e instanceof FlamelensError) {
      return undefined;
    }
    return `${(e as Error)?.name ?? typeof e}: ${(e as Error)?.message ?? String(e)}`;
  }
}

export interface Seed {
  target: Target;
  bytes: Uint8Array;
}

export interface FuzzFinding {
  target: Target;
  iteration: number;
  problem: string;
  input: Uint8Array;
}

export interface FuzzReport {
  runs: number;
  findings: FuzzFinding[];
  slowest: { ms: number; target: Target; iteration: number };
  perTarget: Record<string, number>;
}

/**
 * Runs `iterations` mutated cases round-robin over the seeds. `maxMs` marks a case as a finding
 * when it takes longer (pass Infinity in unit tests: no timing assertions there).
 */
export function runFuzz(
  seeds: Seed[],
  iterations: number,
  seed: number,
  maxMs = Infinity,
  now: () => number = () => Date.now()
): FuzzReport {
  const rand = prng(seed);
  const findings: FuzzFinding[] = [];
  const perTarget: Record<string, number> = {};
  let slowest = { ms: 0, target: seeds[0].target, iteration: 0 };
  for (let i = 0; i < iterations; i++) {
    const s = seeds[i % seeds.length];
    let input = mutate(s.bytes, rand);
    if (s.target === 'pprof-gzip') {
      // Mutate inside the gzip too, half the time, so the decoder sees valid gzip of broken protobuf.
      input = rand() < 0.5 ? gzipSync(mutate(s.bytes, rand)) : input;
    }
    const t0 = now();
    const problem = runTarget(s.target, input);
    const ms = now() - t0;
    perTarget[s.target] = (perTarget[s.target] ?? 0) + 1;
    if (ms > slowest.ms) {
      slowest = { ms, target: s.target, iteration: i };
    }
    if (problem || ms > maxMs) {
      findings.push({ target: s.target, iteration: i, problem: problem ?? `took ${ms} ms`, input });
    }
  }
  return { runs: iterations, findings, slowest, perTarget };
}
