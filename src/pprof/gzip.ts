/**
 * Gzip detection by magic bytes (never by file name) and bounded decompression: a hostile gzip
 * that claims or expands to gigabytes stops at the limit with a typed error instead of
 * exhausting memory.
 */
import { Gunzip } from 'fflate';
import { FlamelensError } from '../errors';

/** 1 GiB: well above any real profile, well below what would hang a browser tab. */
export const MAX_INFLATED_BYTES = 1 << 30;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips `bytes`; throws 'truncated-gzip' for a cut-off or corrupt stream. */
export function gunzipBounded(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const g = new Gunzip((chunk, final) => {
    size += chunk.length;
    if (size > limit) {
      throw new FlamelensError('too-large', `gzip data inflates past ${limit} bytes: refusing to decompress further`);
    }
    chunks.push(chunk);
    ended ||= final;
  });
  try {
    g.push(bytes, true);
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
