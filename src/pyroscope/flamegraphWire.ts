/**
 * Fast path for the flame graph answers (SelectMergeStacktraces, Diff) in binary protobuf: reads
 * the levels' packed int64 values straight into Float64Arrays, with no message object per level
 * and no BigInt per value, then hands them to the flame bearer decoder.
 *
 *   SelectMergeStacktracesResponse { flamegraph = 1 FlameGraph, pprof = 5 { profile = 1 bytes } }
 *   DiffResponse                   { flamegraph = 1 FlameGraphDiff }
 *   FlameGraph{Diff}               { names = 1, levels = 2 { values = 1 packed int64 }, total = 3,
 *                                    max_self = 4, leftTicks = 5, rightTicks = 6 }
 */
import { WIRE_LEN, WireReader } from '../pprof/wire';

export interface WireFlameGraph {
  names: string[];
  levels: Float64Array[];
  total: number;
  maxSelf: number;
  leftTicks: number;
  rightTicks: number;
}

export interface WireMergeResponse {
  flamegraph?: WireFlameGraph;
  /** Raw pprof bytes when the request asked for format PPROF. */
  pprof?: Uint8Array;
}

function readLevel(r: WireReader, end: number): Float64Array {
  // A packed run of n varints takes at least n bytes, so the byte length bounds the count.
  let out = new Float64Array(Math.min(64, end - r.pos));
  let n = 0;
  while (r.pos < end) {
    const k = r.key();
    if (k === (1 << 3) + WIRE_LEN) {
      const vend = r.lenEnd();
      if (out.length - n < vend - r.pos) {
        const bigger = new Float64Array(n + (vend - r.pos));
        bigger.set(out.subarray(0, n));
        out = bigger;
      }
      n = r.packedInto(out, n, vend);
    } else if (k === 1 << 3) {
      if (n === out.length) {
        const bigger = new Float64Array(Math.max(16, n * 2));
        bigger.set(out);
        out = bigger;
      }
      out[n++] = r.varint();
    } else {
      r.skip(k & 7);
    }
  }
  return out.subarray(0, n);
}

function readFlameGraph(r: WireReader, end: number): WireFlameGraph {
  const fg: WireFlameGraph = { names: [], levels: [], total: 0, maxSelf: 0, leftTicks: 0, rightTicks: 0 };
  while (r.pos < end) {
    const k = r.key();
    const field = Math.floor(k / 8);
    const wt = k & 7;
    if (field === 1 && wt === WIRE_LEN) {
      fg.names.push(r.string());
    } else if (field === 2 && wt === WIRE_LEN) {
      const lend = r.lenEnd();
      fg.levels.push(readLevel(r, lend));
      r.pos = lend;
    } else if (field >= 3 && field <= 6 && wt === 0) {
      const v = r.varint();
      if (field === 3) fg.total = v;
      else if (field === 4) fg.maxSelf = v;
      else if (field === 5) fg.leftTicks = v;
      else fg.rightTicks = v;
    } else {
      r.skip(wt);
    }
  }
  if (r.pos !== end) {
    r.fail('flame graph overruns its length');
  }
  return fg;
}

/** Decodes a binary SelectMergeStacktracesResponse or DiffResponse. */
export function decodeMergeResponse(bytes: Uint8Array): WireMergeResponse {
  const r = new WireReader(bytes);
  const out: WireMergeResponse = {};
  while (r.pos < r.end) {
    const k = r.key();
    const field = Math.floor(k / 8);
    const wt = k & 7;
    if (field === 1 && wt === WIRE_LEN) {
      const end = r.lenEnd();
      out.flamegraph = readFlameGraph(r, end);
    } else if (field === 5 && wt === WIRE_LEN) {
      const end = r.lenEnd();
      while (r.pos < end) {
        const pk = r.key();
        if (pk === (1 << 3) + WIRE_LEN) {
          const pend = r.lenEnd();
          out.pprof = bytes.subarray(r.pos, pend);
          r.pos = pend;
        } else {
          r.skip(pk & 7);
        }
      }
    } else {
      r.skip(wt);
    }
  }
  return out;
}
