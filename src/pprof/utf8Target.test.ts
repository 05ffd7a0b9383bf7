import { decodeUtf8 } from './wire';
import { decodesEmpty, Utf8Target } from './utf8Target';

const bytes = (...xs: Array<number | string>) =>
  Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? [...new TextEncoder().encode(x)] : [x])));
const matches = (text: string, b: Uint8Array) => new Utf8Target(text).matches(b, 0, b.length);

describe('a string table entry, as bytes, against a text', () => {
  it('matches its own UTF-8, hostile and non-ASCII text included', () => {
    for (const text of ['main', '<img src=x onerror=alert(1)>', 'π.λ 日本語', '']) {
      expect(matches(text, bytes(text))).toBe(true);
      expect(matches(text, bytes(text, 'x'))).toBe(false);
    }
  });

  it('matches bytes that decode to the text: a leading byte-order mark, invalid bytes as U+FFFD', () => {
    expect(matches('main', bytes(0xef, 0xbb, 0xbf, 'main'))).toBe(true);
    expect(matches('a\uFFFDb', bytes('a', 0xff, 'b'))).toBe(true);
    expect(matches('\uFFFD', bytes(0xff))).toBe(true);
    // A mark inside the text is kept by the decoder, so the bytes are the text's own.
    expect(matches('\uFEFFmain', bytes(0xef, 0xbb, 0xbf, 'main'))).toBe(false);
    expect(matches('\uFEFFmain', bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 'main'))).toBe(true);
  });

  it('matches nothing for a text no bytes decode to (a lone surrogate)', () => {
    expect(matches('\uD800', bytes(0xef, 0xbf, 0xbd))).toBe(false);
    expect(matches('\uD800', bytes(0xed, 0xa0, 0x80))).toBe(false);
  });

  it('agrees with the decoder on what is empty', () => {
    for (const b of [bytes(), bytes(0xef, 0xbb, 0xbf), bytes(' '), bytes(0xef, 0xbb)]) {
      expect(decodesEmpty(b, 0, b.length)).toBe(decodeUtf8(b, 0, b.length) === '');
    }
  });
});
