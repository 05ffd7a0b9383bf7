/**
 * Gzip detection by magic bytes (never by file name) and bounded decompression: a hostile gzip
 * that claims or expands to gigabytes stops at the limit with a typed error instead of
 * exhausting memory.
 */
import { Gunzip } from 'fflate';
import { FlamelensError } from '../errors';
import { crc32 } from './crc32';

/** 1 GiB: well above any real profile, well below what would hang a browser tab. */
export const MAX_INFLATED_BYTES = 1 << 30;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Input is fed to the inflater in slices of this size, so output arrives (and the limit is checked)
 * at least every ~16 MiB (deflate expands a byte at most ~1,032 times): a bomb stops near the
 * limit instead of inflating in one piece.
 */
const SLICE_BYTES = 16 * 1024;

const u32le = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/**
 * Gunzips `bytes`, holding at most `limit` bytes of output: throws 'too-large' past it,
 * 'truncated-gzip' for a cut-off or corrupt stream, and 'bad-gzip-checksum' when a member's CRC-32
 * or length trailer does not match what it inflated to. Multi-member streams are checked member by
 * member.
 */
export function gunzipBounded(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  let memberCrc = 0;
  let memberSize = 0;
  /** Checks the member whose 8-byte trailer ends at `end` in the input against what it inflated to. */
  const checkTrailer = (end: number) => {
    if (end < 8 || u32le(bytes, end - 8) !== memberCrc || u32le(bytes, end - 4) !== memberSize % 2 ** 32) {
      throw new FlamelensError(
        'bad-gzip-checksum',
        'gzip data is corrupt: its CRC-32 or length check does not match the data (damaged in storage or transfer)'
      );
    }
    memberCrc = 0;
    memberSize = 0;
  };
  const g = new Gunzip((chunk, final) => {
    size += chunk.length;
    if (size > limit) {
      throw new FlamelensError('too-large', `gzip data inflates past ${limit} bytes: refusing to decompress further`);
    }
    memberCrc = crc32(chunk, memberCrc);
    memberSize += chunk.length;
    chunks.push(chunk);
    ended ||= final;
  });
  g.onmember = (offset) => checkTrailer(offset);
  try {
    for (let off = 0; off < bytes.length || off === 0; off += SLICE_BYTES) {
      const end = Math.min(bytes.length, off + SLICE_BYTES);
      g.push(bytes.subarray(off, end), end === bytes.length);
      if (end === bytes.length) {
        break;
      }
    }
  } catch (e) {
    if (e instanceof FlamelensError) {
      throw e;
    }
    throw new FlamelensError(
      'truncated-gzip',
      `gzip data is truncated or corrupt (${(e as Error).message}): the file was probably cut off during download or upload`
    );
  }
  if (!ended) {
    throw new FlamelensError('truncated-gzip', 'gzip data is truncated: the stream ended before its last block');
  }
  checkLastTrailer(bytes, memberCrc, memberSize);
  if (chunks.length === 1) {
    return chunks[0];
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/** A gzip header (10 bytes), the smallest deflate stream (2) and the trailer (8). */
const MIN_GZIP_BYTES = 20;

/**
 * The last member's trailer, told apart: one field intact means the trailer is there and the data
 * is damaged; the expected trailer's first bytes at the very end mean the file was cut inside it.
 */
function checkLastTrailer(bytes: Uint8Array, crc: number, size: number): void {
  const end = bytes.length;
  const expected = new Uint8Array(8);
  new DataView(expected.buffer).setUint32(0, crc, true);
  new DataView(expected.buffer).setUint32(4, size % 2 ** 32, true);
  const crcOk = end >= 8 && u32le(bytes, end - 8) === crc;
  const sizeOk = end >= 4 && u32le(bytes, end - 4) === size % 2 ** 32;
  if (crcOk && sizeOk) {
    return;
  }
  if (end >= MIN_GZIP_BYTES && (crcOk || sizeOk)) {
    throw new FlamelensError(
      'bad-gzip-checksum',
      'gzip data is corrupt: its CRC-32 or length check does not match the data (damaged in storage or transfer)'
    );
  }
  if (end < MIN_GZIP_BYTES) {
    throw new FlamelensError(
      'truncated-gzip',
      `gzip data is truncated: ${end} bytes are too few for a gzip stream (it holds at most a header): the file was probably cut off during download or upload`
    );
  }
  for (let missing = 1; missing < 8; missing++) {
    const present = 8 - missing;
    if (expected.subarray(0, present).every((b, i) => bytes[end - present + i] === b)) {
      throw new FlamelensError(
        'truncated-gzip',
        `gzip data is truncated: the last ${missing} bytes (of its 8-byte trailer) are missing: the file was probably cut off during download or upload`
      );
    }
  }
  throw new FlamelensError(
    'truncated-gzip',
    'gzip data is truncated or corrupt: its CRC-32 and length trailer do not match the data (cut off during download or upload, or damaged)'
  );
}
