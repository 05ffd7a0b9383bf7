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
