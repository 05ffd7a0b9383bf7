/** A small protobuf wire-format writer, enough to write pprof profiles. */
/** 2^63: the first double past int64's range (int64 max, 2^63 − 1, is not a double). */
const INT64_MAX_AS_NUMBER = 2 ** 63;

export class WireWriter {
  private buf = new Uint8Array(1024);
  private len = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.len;
  }

  private ensure(n: number): void {
    if (this.len + n > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < this.len + n) {
        cap *= 2;
      }
      const b = new Uint8Array(cap);
      b.set(this.buf.subarray(0, this.len));
      this.buf = b;
    }
  }

  /**
   * Writes an int64: a non-negative integer, or a negative one as ten two's-complement bytes. Past
   * int64's range (a sum of huge values) it writes the nearest int64, never bits that would read
   * back with the other sign; NaN writes 0.
   */
  varint(v: number): this {
    this.ensure(10);
    if (Number.isNaN(v)) {
      v = 0;
    }
    if (v >= INT64_MAX_AS_NUMBER) {
      // int64 max, 2^63 − 1: 63 one-bits.
      this.buf.fill(0xff, this.len, this.len + 8);
      this.len += 8;
      this.buf[this.len++] = 0x7f;
      return this;
    }
    v = Math.max(v, -INT64_MAX_AS_NUMBER);
    if (v < 0) {
      let big = BigInt.asUintN(64, BigInt(v));
      while (big >= 0x80n) {
        this.buf[this.len++] = Number(big & 0x7fn) | 0x80;
        big >>= 7n;
      }
      this.buf[this.len++] = Number(big);
      return this;
    }
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.len++] = v;
    return this;
  }

  tag(field: number, wireType: number): this {
    return this.varint(field * 8 + wireType);
  }

  uintField(field: number, v: number): this {
    return v === 0 ? this : this.tag(field, 0).varint(v);
  }

  bytesField(field: number, bytes: Uint8Array): this {
    this.tag(field, 2).varint(bytes.length);
    this.ensure(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
    return this;
  }

  stringField(field: number, s: string): this {
    return this.bytesField(field, new TextEncoder().encode(s));
  }

  packedField(field: number, values: ArrayLike<number>): this {
    if (values.length === 0) {
      return this;
    }
    const inner = new WireWriter();
    for (let i = 0; i < values.length; i++) {
      inner.varint(values[i]);
    }
    return this.bytesField(field, inner.finish());
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
