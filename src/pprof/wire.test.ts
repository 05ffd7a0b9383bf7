import { WireReader } from './wire';

/** Encodes a signed 64-bit integer as a protobuf varint (two's complement for negatives). */
function encodeVarint(v: bigint): Uint8Array {
  let u = BigInt.asUintN(64, v);
  const out: number[] = [];
  do {
    let byte = Number(u & 0x7fn);
    u >>= 7n;
    if (u > 0n) {
      byte |= 0x80;
    }
    out.push(byte);
  } while (u > 0n);
  return Uint8Array.from(out);
}

describe('WireReader.varint', () => {
  it.each([
    0n,
    1n,
    127n,
    128n,
    300n,
    2n ** 31n,
    2n ** 32n + 5n,
    2n ** 53n - 1n,
    -1n,
    -5n,
    -1234567890123n,
    -(2n ** 53n) + 1n,
  ])('reads %s exactly', (v) => {
    const r = new WireReader(encodeVarint(v));
    expect(r.varint()).toBe(Number(v));
    const rb = new WireReader(encodeVarint(v));
    expect(rb.varintBig()).toBe(v);
  });

  it('fails on a truncated varint and on one longer than ten bytes', () => {
    expect(() => new WireReader(Uint8Array.of(0x80, 0x80)).varint()).toThrow(/truncated varint/);
    expect(() => new WireReader(new Uint8Array(11).fill(0xff)).varint()).toThrow(/longer than 10 bytes/);
  });

  it('refuses a length prefix that runs past the end', () => {
    expect(() => new WireReader(Uint8Array.of(0x05, 1, 2)).lenEnd()).toThrow(/runs past the end/);
  });
});

describe('WireReader.packedInto', () => {
  it('reads packed varints of every length, as varint() reads them one by one', () => {
    const values = [0n, 1n, 127n, 128n, 16383n, 16384n, 2n ** 21n - 1n, 2n ** 21n, 2n ** 28n + 3n, -1n, 2n ** 53n - 1n];
    const parts = values.map(encodeVarint);
    // Non-minimal encodings of 0 (two and three bytes) read as 0 too.
    parts.push(Uint8Array.of(0x80, 0x00), Uint8Array.of(0x80, 0x80, 0x00));
    const bytes = Uint8Array.from(parts.flatMap((p) => [...p]));
    const out = new Float64Array(bytes.length);
    const r = new WireReader(bytes);
    expect(r.packedInto(out, 0, bytes.length)).toBe(values.length + 2);
    expect([...out.subarray(0, values.length + 2)]).toEqual([...values.map(Number), 0, 0]);
    expect(r.pos).toBe(bytes.length);
  });

  it('fails on a varint that runs past the packed field', () => {
    // 0x80 0x80 0x01 is one three-byte varint; the field claims only its first two bytes.
    const r = new WireReader(Uint8Array.of(0x80, 0x80, 0x01));
    expect(() => r.packedInto(new Float64Array(3), 0, 2)).toThrow(/overruns its length/);
  });
});
