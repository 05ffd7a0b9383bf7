/**
 * The store's log format and its recovery. Each record carries a magic number, its lengths and a
 * CRC-32 of its contents, so a reader can tell an intact record from damage anywhere in the file
 * and find the next intact record after it:
 *
 *   record = "FLR2" | u32 headerLength | u32 bodyLength | u32 crc32(header ‖ body) | header JSON | body
 *
 * Recovery keeps every intact record and returns the damaged byte ranges — a corrupt length or
 * payload byte in the middle, a torn write or zero-filled or garbage tail after a power loss — for
 * the caller to set aside rather than delete. Logs written before the checksum (version 1:
 * `u32 headerLength | header | u32 bodyLength | body`) are read too, so the store can rewrite them.
 *
 *   [rec][rec][ damaged ][rec][rec][ zero tail ]   →   intact: 4 records; damaged: 2 ranges
 */
import { crc32 } from '../../src/pprof/crc32';

const MAGIC = Buffer.from('FLR2', 'latin1');
const PREFIX_BYTES = 16;
/** Bigger headers are not ours: a length field this large means damage. */
const MAX_HEADER_BYTES = 1 << 20;

export interface LogRecord<H> {
  header: H;
  /** Where the record starts and ends in the file, and where its body is. */
  start: number;
  end: number;
  bodyStart: number;
  bodyLength: number;
}

export interface LogScan<H> {
  records: Array<LogRecord<H>>;
  /** Byte ranges [start, end) that hold no intact record. */
  damaged: Array<[number, number]>;
  /** The file is in the format without checksums. */
  legacy: boolean;
}

export function encodeRecord(header: unknown, body: Uint8Array): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const out = Buffer.alloc(PREFIX_BYTES + headerBytes.length + body.length);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(headerBytes.length, 4);
  out.writeUInt32LE(body.length, 8);
  out.writeUInt32LE(crc32(body, crc32(headerBytes)), 12);
  headerBytes.copy(out, PREFIX_BYTES);
  Buffer.from(body.buffer, body.byteOffset, body.length).copy(out, PREFIX_BYTES + headerBytes.length);
  return out;
}

/** The intact record starting at `at`, or undefined. */
function recordAt<H>(data: Buffer, at: number, valid: (h: unknown) => h is H): LogRecord<H> | undefined {
  if (at + PREFIX_BYTES > data.length || data.compare(MAGIC, 0, 4, at, at + 4) !== 0) {
    return undefined;
  }
  const hl = data.readUInt32LE(at + 4);
  const bl = data.readUInt32LE(at + 8);
  const bodyStart = at + PREFIX_BYTES + hl;
  const end = bodyStart + bl;
  if (hl > MAX_HEADER_BYTES || end > data.length) {
    return undefined;
  }
  const headerBytes = data.subarray(at + PREFIX_BYTES, bodyStart);
  if (crc32(data.subarray(bodyStart, end), crc32(headerBytes)) !== data.readUInt32LE(at + 12)) {
    return undefined;
  }
  let header: unknown;
  try {
    header = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    return undefined;
  }
  return valid(header) ? { header, start: at, end, bodyStart, bodyLength: bl } : undefined;
}

export function scanLog<H>(data: Buffer, valid: (h: unknown) => h is H): LogScan<H> {
  if (data.length >= 4 && data.compare(MAGIC, 0, 4, 0, 4) !== 0 && data.indexOf(MAGIC) < 0) {
    return scanLegacy(data, valid);
  }
  const records: Array<LogRecord<H>> = [];
  const damaged: Array<[number, number]> = [];
  let off = 0;
  while (off < data.length) {
    const r = recordAt(data, off, valid);
    if (r) {
      records.push(r);
      off = r.end;
      continue;
    }
    // Damage: resume at the next magic number that starts an intact record.
    let next = data.indexOf(MAGIC, off + 1);
    while (next >= 0 && !recordAt(data, next, valid)) {
      next = data.indexOf(MAGIC, next + 1);
    }
    const resume = next < 0 ? data.length : next;
    damaged.push([off, resume]);
    off = resume;
  }
  return { records, damaged, legacy: false };
}

/** Version 1, without magic or checksum: records are read in order until one does not fit. */
function scanLegacy<H>(data: Buffer, valid: (h: unknown) => h is H): LogScan<H> {
  const records: Array<LogRecord<H>> = [];
  let off = 0;
  while (off + 4 <= data.length) {
    const hl = data.readUInt32LE(off);
    if (off + 8 + hl > data.length) {
      break;
    }
    const bl = data.readUInt32LE(off + 4 + hl);
    const end = off + 8 + hl + bl;
    let header: unknown;
    try {
      header = JSON.parse(data.subarray(off + 4, off + 4 + hl).toString('utf8'));
    } catch {
      break;
    }
    if (end > data.length || !valid(header)) {
      break;
    }
    records.push({ header, start: off, end, bodyStart: off + 8 + hl, bodyLength: bl });
    off = end;
  }
  return { records, damaged: off < data.length ? [[off, data.length]] : [], legacy: true };
}
