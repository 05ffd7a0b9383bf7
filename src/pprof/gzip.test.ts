import { gzipSync } from 'fflate';
import { gunzipBounded } from './gzip';
import { crc32 } from './crc32';

const text = new TextEncoder().encode('main;work 10\n'.repeat(1000));

describe('gunzipBounded', () => {
  it('round-trips single- and multi-member gzip', () => {
    expect(gunzipBounded(gzipSync(text))).toEqual(text);
    const two = new Uint8Array([...gzipSync(text.subarray(0, 100)), ...gzipSync(text.subarray(100))]);
    expect(gunzipBounded(two)).toEqual(text);
  });

  it('rejects a wrong CRC-32 or length trailer, in any member', () => {
    const z = gzipSync(text);
    const badCrc = z.slice();
    badCrc[badCrc.length - 8] ^= 1;
    expect(() => gunzipBounded(badCrc)).toThrow(expect.objectContaining({ kind: 'bad-gzip-checksum' }));
    const badLength = z.slice();
    badLength[badLength.length - 1] ^= 1;
    expect(() => gunzipBounded(badLength)).toThrow(expect.objectContaining({ kind: 'bad-gzip-checksum' }));
    const first = gzipSync(text.subarray(0, 100));
    first[first.length - 5] ^= 1;
    const two = new Uint8Array([...first, ...gzipSync(text.subarray(100))]);
    expect(() => gunzipBounded(two)).toThrow(expect.objectContaining({ kind: 'bad-gzip-checksum' }));
  });

  it.each([
    [10, /truncated: 10 bytes are too few for a gzip stream/],
    [-1, /truncated: the last 1 bytes \(of its 8-byte trailer\) are missing/],
    [-5, /truncated: the last 5 bytes \(of its 8-byte trailer\) are missing/],
    [-8, /truncated or corrupt: its CRC-32 and length trailer do not match/],
  ])('says a stream cut at %i bytes is truncated, not that its checksum is wrong', (cut, message) => {
    const z = gzipSync(text);
    const cutOff = z.subarray(0, cut > 0 ? cut : z.length + cut);
    expect(() => gunzipBounded(cutOff)).toThrow(
      expect.objectContaining({ kind: 'truncated-gzip', message: expect.stringMatching(message) })
    );
  });

  it('stops a decompression bomb near the limit, not after inflating it whole', () => {
    // 64 MiB of zeros compress to ~64 KiB; with a 1 MiB limit, the heap must not grow by the 64 MiB.
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 0);
    expect(() => gunzipBounded(bomb, 1024 * 1024)).toThrow(expect.objectContaining({ kind: 'too-large' }));
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    expect(peak - before).toBeLessThan(48 * 1024 * 1024);
  });

  it('computes the CRC-32 of the check value "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('56789'), crc32(new TextEncoder().encode('1234')))).toBe(0xcbf43926);
  });
});
