/**
 * Whether a string of a profile's string table, still as UTF-8 bytes, is a given text, without
 * decoding the tens of thousands of strings that are not. Equal bytes are not the whole rule, as
 * decodeUtf8 (src/pprof/wire) drops a leading byte-order mark and turns invalid bytes into U+FFFD:
 *
 *   EF BB BF 6D 61 69 6E  decodes to "main";   FF  decodes to "\uFFFD".
 *
 * So a string is decoded and compared when its bytes are the text's, or a mark and the text's, or
 * (only for a text holding U+FFFD) when it has any non-ASCII byte; no other string can decode to it.
 */
import { decodeUtf8 } from './wire';

const BOM = [0xef, 0xbb, 0xbf];

export class Utf8Target {
  /** The text as UTF-8 (a lone surrogate becomes U+FFFD's bytes, but then nothing matches it). */
  readonly bytes: Uint8Array;
  private readonly hasReplacement: boolean;

  constructor(readonly text: string) {
    this.bytes = new TextEncoder().encode(text);
    this.hasReplacement = text.includes('\uFFFD');
  }

  /** Whether buf[start, end) decodes to the text. */
  matches(buf: Uint8Array, start: number, end: number): boolean {
    const t = this.bytes;
    const len = end - start;
    let candidate = false;
    if (len === t.length) {
      candidate = equalAt(buf, start, t);
    } else if (len === t.length + 3 && startsWithBom(buf, start, end)) {
      candidate = equalAt(buf, start + 3, t);
    }
    if (!candidate && this.hasReplacement) {
      candidate = hasNonAscii(buf, start, end);
    }
    return candidate && decodeUtf8(buf, start, end) === this.text;
  }
}

/** Whether buf[start, end) decodes to '': no bytes, or a byte-order mark alone. */
export function decodesEmpty(buf: Uint8Array, start: number, end: number): boolean {
  return end === start || (end - start === 3 && startsWithBom(buf, start, end));
}

function startsWithBom(buf: Uint8Array, start: number, end: number): boolean {
  return end - start >= 3 && buf[start] === BOM[0] && buf[start + 1] === BOM[1] && buf[start + 2] === BOM[2];
}

function equalAt(buf: Uint8Array, start: number, t: Uint8Array): boolean {
  for (let i = 0; i < t.length; i++) {
    if (buf[start + i] !== t[i]) {
      return false;
    }
  }
  return true;
}

function hasNonAscii(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (buf[i] >= 0x80) {
      return true;
    }
  }
  return false;
}
