/**
 * The samples of a pprof, read straight from its protobuf bytes: each sample's location ids (leaf
 * first) and one of its values, given to a visitor in a reused buffer, so millions of samples make
 * no array each. Labels are checked and skipped. A sample is checked as decodeInflatedPprof checks
 * it (wire types, lengths, one value per sample type) and throws what it would.
 */
import { checkEnd, checkSampleValueCount, readVarintMessage } from './decode';
import { WIRE_LEN, WIRE_VARINT, WireReader } from './wire';

/**
 * `ids[0 .. n)`: the sample's location ids, leaf first (valid only during the call); `value`: its
 * value of the sample type asked for.
 */
export type SampleVisitor = (ids: Float64Array, n: number, value: number) => void;

const SAFE = Number.MAX_SAFE_INTEGER;

/** Visits every sample of a profile whose tables readPprofTables has read (and so checked). */
export function forEachSample(bytes: Uint8Array, nTypes: number, valueIndex: number, visit: SampleVisitor): void {
  const r = new WireReader(bytes);
  const scratch = new Float64Array(8);
  let ids: Float64Array = new Float64Array(256);
  let s = 0;
  while (r.pos < r.end) {
    const key = r.key();
    if (Math.floor(key / 8) !== 2) {
      r.skip(key & 7);
      continue;
    }
    const end = r.lenEnd();
    const sr = new WireReader(bytes, r.pos, end);
    r.pos = end;
    let n = 0;
    let count = 0;
    let value = 0;
    while (sr.pos < sr.end) {
      const k = sr.key();
      const f = Math.floor(k / 8);
      const w = k & 7;
      if (f === 1) {
        if (w === WIRE_LEN) {
          const idsEnd = sr.lenEnd();
          // Each id takes a byte at least: room for as many as the field has bytes.
          if (n + idsEnd - sr.pos > ids.length) {
            ids = grow(ids, n + idsEnd - sr.pos);
          }
          n = sr.packedInto(ids, n, idsEnd);
        } else if (w === WIRE_VARINT) {
          if (n === ids.length) {
            ids = grow(ids, n + 1);
          }
          ids[n++] = sr.varint();
        } else {
          sr.fail(`wire type ${w} for a varint field`);
        }
      } else if (f === 2) {
        if (w === WIRE_LEN) {
          const valuesEnd = sr.lenEnd();
          while (sr.pos < valuesEnd) {
            const x = readValue(sr, s, count++, nTypes);
            if (count - 1 === valueIndex) {
              value = x;
            }
          }
          checkEnd(sr, valuesEnd, 'sample values');
        } else if (w === WIRE_VARINT) {
          const x = readValue(sr, s, count++, nTypes);
          if (count - 1 === valueIndex) {
            value = x;
          }
        } else {
          sr.fail(`wire type ${w} for sample values`);
        }
      } else if (f === 3 && w === WIRE_LEN) {
        readVarintMessage(sr, sr.lenEnd(), scratch, 'label');
      } else {
        sr.skip(w);
      }
    }
    checkSampleValueCount(s, count, nTypes);
    visit(ids, n, value);
    s++;
  }
}

/** Value number `v` of sample `s`: exact to 2^53, the nearest double of the int64 past that. */
function readValue(r: WireReader, s: number, v: number, nTypes: number): number {
  if (v >= nTypes) {
    r.fail(`sample ${s} has more values than the ${nTypes} sample types`);
  }
  const start = r.pos;
  const x = r.varint();
  if (x > SAFE || x < -SAFE) {
    // As decodeInflatedPprof reads it: through BigInt, rounded once.
    r.pos = start;
    return Number(r.varintBig());
  }
  return x;
}

function grow(a: Float64Array, atLeast: number): Float64Array {
  const b = new Float64Array(Math.max(atLeast, a.length * 2));
  b.set(a);
  return b;
}
