/**
 * A minimal protobuf wire-format reader for the hot paths (pprof samples and locations, flame graph
 * levels): it reads varints straight into numbers and typed arrays, without an object per message
 * or a BigInt per int64. Every length is checked against the buffer, so a hostile length prefix
 * cannot make it read past the end or allocate more than the input's size.
 */
import { FlamelensError } from '../errors';

export const WIRE_VARINT = 0;
export const WIRE_I64 = 1;
export const WIRE_LEN = 2;
export const WIRE_I32 = 5;

const TWO_32 = 4294967296;

export class WireReader {
  pos: number;
  readonly end: number;
  private view?: DataView;
  constructor(
    readonly buf: Uint8Array,
    start = 0,
    end = buf.length
  ) {
    this.pos = start;
    this.end = end;
  }

  fail(what: string): never {
    throw new FlamelensError('malformed-protobuf', `malformed protobuf: ${what} at byte ${this.pos}`);
  }

  /**
   * Reads a varint as a number. Exact up to 2^53; int64 values with the sign bit set (ten-byte
   * varints) come back negative. Larger magnitudes lose precision: callers that need exact sums
   * use `varintBig`.
   */
  varint(): number {
    const buf = this.buf;
    let pos = this.pos;
    if (pos >= this.end) {
      this.fail('truncated varint');
    }
    let b = buf[pos++];
    if (b < 0x80) {
      this.pos = pos;
      return b;
    }
    // Split into the low and high 32 bits (as pprof's int64 needs two's complement for negatives).
    let lo = b & 0x7f;
    let hi = 0;
    for (let shift = 7; shift < 28; shift += 7) {
      if (pos >= this.end) {
        this.pos = pos;
        this.fail('truncated varint');
      }
      b = buf[pos++];
      lo |= (b & 0x7f) << shift;
      if (b < 0x80) {
        this.pos = pos;
        return lo >>> 0;
      }
    }
    // Byte 5 straddles the halves: 4 bits to lo, 3 bits to hi.
    if (pos >= this.end) {
      this.pos = pos;
      this.fail('truncated varint');
    }
    b = buf[pos++];
    lo = (lo | ((b & 0x0f) << 28)) >>> 0;
    hi = (b & 0x70) >> 4;
    if (b >= 0x80) {
      let shift = 3;
      for (;;) {
        if (shift > 31) {
          this.pos = pos;
          this.fail('varint longer than 10 bytes');
        }
        if (pos >= this.end) {
          this.pos = pos;
          this.fail('truncated varint');
        }
        b = buf[pos++];
        hi = (hi | ((b & 0x7f) << shift)) >>> 0;
        if (b < 0x80) {
          break;
        }
        shift += 7;
      }
    }
    this.pos = pos;
    if (hi & 0x80000000) {
      // Negative int64: negate the two's complement exactly, then convert.
      const nlo = (~lo + 1) >>> 0;
      let nhi = ~hi >>> 0;
      if (nlo === 0) {
        nhi = (nhi + 1) >>> 0;
      }
      return -(nhi * TWO_32 + nlo);
    }
    return hi * TWO_32 + lo;
  }

  /**
   * Reads packed varints up to `end` into `out` from index `n`; returns the new count. The one-
   * to three-byte cases (most flame graph numbers after delta encoding, location ids under 2^21)
   * are handled inline, the rest through varint(). `out` must have room for end - pos values (each
   * takes at least a byte).
   */
  packedInto(out: Float64Array, n: number, end: number): number {
    const buf = this.buf;
    let pos = this.pos;
    while (pos < end) {
      const b0 = buf[pos];
      if (b0 < 0x80) {
        out[n++] = b0;
        pos++;
        continue;
      }
      if (pos + 1 < end) {
        const b1 = buf[pos + 1];
        if (b1 < 0x80) {
          out[n++] = (b0 & 0x7f) | (b1 << 7);
          pos += 2;
          continue;
        }
        if (pos + 2 < end) {
          const b2 = buf[pos + 2];
          if (b2 < 0x80) {
            out[n++] = (b0 & 0x7f) | ((b1 & 0x7f) << 7) | (b2 << 14);
            pos += 3;
            continue;
          }
        }
      }
      this.pos = pos;
      out[n++] = this.varint();
      pos = this.pos;
    }
    if (pos !== end) {
      this.pos = pos;
      this.fail('packed field overruns its length');
    }
    this.pos = pos;
    return n;
  }

  /** Reads a varint exactly as a signed 64-bit BigInt (for totals that must not round). */
  varintBig(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) {
        this.fail('truncated varint');
      }
      const b = this.buf[this.pos++];
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) {
        return BigInt.asIntN(64, result);
      }
      shift += 7n;
    }
    this.fail('varint longer than 10 bytes');
  }

  /** Reads a tag; returns field number * 8 + wire type (the raw key). */
  key(): number {
    return this.varint();
  }

  /** Reads a length prefix and returns the end offset of the payload, checked against the buffer. */
  lenEnd(): number {
    const len = this.varint();
    const end = this.pos + len;
    if (len < 0 || end > this.end) {
      this.fail(`length ${len} runs past the end of the message`);
    }
    return end;
  }

  string(): string {
    const end = this.lenEnd();
    const s = decodeUtf8(this.buf, this.pos, end);
    this.pos = end;
    return s;
  }

  double(): number {
    if (this.pos + 8 > this.end) {
      this.fail('truncated double');
    }
    // One view per reader: a DataView per value made series of doubles allocation-bound.
    this.view ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** Skips a field of the given wire type. */
  skip(wireType: number): void {
    switch (wireType) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_I64:
        this.pos += 8;
        break;
      case WIRE_LEN:
        this.pos = this.lenEnd();
        return;
      case WIRE_I32:
        this.pos += 4;
        break;
      default:
        this.fail(`unsupported wire type ${wireType}`);
    }
    if (this.pos > this.end) {
      this.fail('truncated field');
    }
  }

  /**
   * Reads a repeated varint field (packed or not) into `out`, starting at `at`; returns the new
   * length. Grows `out` through `grow` when full.
   */
  repeatedVarint(wireType: number, push: (v: number) => void): void {
    if (wireType === WIRE_LEN) {
      const end = this.lenEnd();
      while (this.pos < end) {
        push(this.varint());
      }
      if (this.pos !== end) {
        this.fail('packed field overruns its length');
      }
    } else if (wireType === WIRE_VARINT) {
      push(this.varint());
    } else {
      this.fail(`wire type ${wireType} for a varint field`);
    }
  }
}

const utf8 = new TextDecoder('utf-8');

/** UTF-8 decode; invalid sequences become U+FFFD, as protobuf's JSON and Go's pprof show them. */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  // Short ASCII strings (most function names) are faster by hand than through TextDecoder.
  if (end - start < 24) {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c >= 0x80) {
        return utf8.decode(buf.subarray(start, end));
      }
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(buf.subarray(start, end));
}
