/**
 * Fast path for SelectSeries answers in binary protobuf, exemplars included. A day of 15 s points
 * with one exemplar each is 57,600 exemplars; the generic decoder makes a message object, a BigInt
 * and a fresh string for every field of each. Here points are read straight into plain objects,
 * and exemplars into columns of time and value, their IDs and labels decoded only when read
 * (exemplarColumns.ts); label pairs and lists, which repeat, are decoded once per answer.
 *
 *   SelectSeriesResponse { series = 1 Series }
 *   Series   { labels = 1 LabelPair, points = 2 Point }
 *   Point    { value = 1 double, timestamp = 2 int64, annotations = 3 (not read), exemplars = 4 }
 *   Exemplar { timestamp = 1 int64, profile_id = 2, span_id = 3, value = 4 int64, labels = 5, trace_id = 6 }
 *   LabelPair { name = 1, value = 2 }
 */
import { WIRE_I64, WIRE_LEN, WIRE_VARINT, WireReader, decodeUtf8 } from '../pprof/wire';
import { ExemplarColumnsBuilder } from './exemplarColumns';
import type { Exemplar, LabelPair, Series, SeriesPoint } from './types';

const key = (field: number, wire: number) => (field << 3) | wire;

/**
 * Values made from byte ranges of one answer, made once per distinct bytes: the same label name,
 * label pair or list of labels is one object however often it repeats. No key strings are built:
 * ranges are hashed and compared byte for byte.
 */
class ByBytes<T> {
  private readonly byHash = new Map<number, Array<{ start: number; end: number; value: T }>>();
  constructor(private readonly buf: Uint8Array) {}

  find(start: number, end: number): T | undefined {
    const bucket = this.byHash.get(hashBytes(this.buf, start, end));
    if (bucket) {
      for (const c of bucket) {
        if (c.end - c.start === end - start && sameBytes(this.buf, c.start, start, end - start)) {
          return c.value;
        }
      }
    }
    return undefined;
  }

  add(start: number, end: number, value: T): T {
    const h = hashBytes(this.buf, start, end);
    let bucket = this.byHash.get(h);
    if (!bucket) {
      bucket = [];
      this.byHash.set(h, bucket);
    }
    bucket.push({ start, end, value });
    return value;
  }
}

function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 ^ (end - start);
  for (let i = start; i < end; i++) {
    h = Math.imul(h ^ buf[i], 0x01000193);
  }
  return h;
}

function sameBytes(buf: Uint8Array, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) {
    if (buf[a + i] !== buf[b + i]) {
      return false;
    }
  }
  return true;
}

interface Shared {
  buf: Uint8Array;
  pairs: ByBytes<LabelPair>;
  /** Label lists by their exact bytes: exemplars of one pod share one list. */
  lists: ByBytes<LabelPair[]>;
  ascii: AsciiStrings;
}

function labelPair(r: WireReader, end: number, s: Shared): LabelPair {
  const start = r.pos;
  const known = s.pairs.find(start, end);
  if (known) {
    r.pos = end;
    return known;
  }
  const pair = { name: '', value: '' };
  while (r.pos < end) {
    const k = r.key();
    if (k === key(1, WIRE_LEN)) {
      pair.name = r.string();
    } else if (k === key(2, WIRE_LEN)) {
      pair.value = r.string();
    } else {
      r.skip(k & 7);
    }
  }
  return s.pairs.add(start, end, pair);
}

/** The label fields (5) from here on, which Pyroscope writes one after another: one shared list. */
function exemplarLabels(r: WireReader, first: number, limit: number, s: Shared): LabelPair[] {
  // `first` is where the first label's key starts; find where the run of label fields ends.
  const start = first;
  let end = r.pos;
  const probe = new WireReader(s.buf, first, limit);
  while (probe.pos < limit) {
    const at = probe.pos;
    if (probe.key() !== key(5, WIRE_LEN)) {
      probe.pos = at;
      break;
    }
    probe.pos = probe.lenEnd();
    end = probe.pos;
  }
  let list = s.lists.find(start, end);
  if (!list) {
    list = [];
    r.pos = first;
    while (r.pos < end) {
      r.key();
      const lend = r.lenEnd();
      list.push(labelPair(r, lend, s));
    }
    s.lists.add(start, end, list);
  }
  r.pos = end;
  return list;
}

/**
 * ASCII strings of up to 64 bytes (profile, span and trace IDs: unique, so not worth interning)
 * made in one call from a reused array of char codes: TextDecoder's per-call cost dominated them.
 */
class AsciiStrings {
  private readonly codes: number[][] = [];
  constructor(private readonly buf: Uint8Array) {}

  get(start: number, end: number): string {
    const n = end - start;
    if (n > 64) {
      return decodeUtf8(this.buf, start, end);
    }
    const codes = (this.codes[n] ??= new Array<number>(n).fill(0));
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      const c = buf[start + i];
      if (c >= 0x80) {
        return decodeUtf8(buf, start, end);
      }
      codes[i] = c;
    }
    return String.fromCharCode.apply(null, codes);
  }
}

function text(r: WireReader, s: Shared): string {
  const end = r.lenEnd();
  const v = s.ascii.get(r.pos, end);
  r.pos = end;
  return v;
}

const NO_LABELS: LabelPair[] = [];

/** An exemplar's message whole (when one is read). */
function readExemplar(s: Shared, start: number, end: number): Exemplar {
  const r = new WireReader(s.buf, start, end);
  const e: Exemplar = { timestamp: 0, profileId: '', spanId: '', traceId: '', value: 0, labels: NO_LABELS };
  while (r.pos < end) {
    const at = r.pos;
    const k = r.key();
    if (k === key(1, WIRE_VARINT)) {
      e.timestamp = r.varint();
    } else if (k === key(2, WIRE_LEN)) {
      e.profileId = text(r, s);
    } else if (k === key(3, WIRE_LEN)) {
      e.spanId = text(r, s);
    } else if (k === key(4, WIRE_VARINT)) {
      e.value = r.varint();
    } else if (k === key(5, WIRE_LEN)) {
      const more = exemplarLabels(r, at, end, s);
      e.labels = e.labels.length === 0 ? more : [...e.labels, ...more];
    } else if (k === key(6, WIRE_LEN)) {
      e.traceId = text(r, s);
    } else {
      r.skip(k & 7);
    }
  }
  return e;
}

/**
 * An exemplar as the answer is read: its time and value, and where its bytes are for the rest.
 * Scanned inline (one-byte keys, varints, lengths) rather than through WireReader's methods: it
 * runs once per point, and skipping the IDs and labels is all it does besides.
 */
function exemplar(r: WireReader, end: number, out: ExemplarColumnsBuilder): void {
  const buf = r.buf;
  const start = r.pos;
  let pos = start;
  let timestamp = 0;
  let value = 0;
  while (pos < end) {
    const k = buf[pos++];
    const wire = k & 7;
    if (k >= 0x80 || (wire !== WIRE_VARINT && wire !== WIRE_LEN)) {
      // A key or wire type this scan does not expect: the careful path.
      r.pos = pos - 1;
      r.key();
      r.skip(wire);
      pos = r.pos;
      continue;
    }
    // A varint: the value itself, or a length to skip. Up to 2^53 exactly (times, totals).
    let n = 0;
    let scale = 1;
    let b: number;
    do {
      if (pos >= end) {
        r.pos = pos;
        r.fail('truncated exemplar');
      }
      b = buf[pos++];
      n += (b & 0x7f) * scale;
      scale *= 128;
    } while (b >= 0x80);
    if (wire === WIRE_LEN) {
      pos += n;
    } else if (k === key(1, WIRE_VARINT)) {
      timestamp = n;
    } else if (k === key(4, WIRE_VARINT)) {
      // A negative int64 (ten bytes) would read huge: read it exactly, as WireReader does.
      value = n < 2 ** 53 ? n : readVarintAt(r, pos, end);
    }
  }
  if (pos !== end) {
    r.pos = pos;
    r.fail('exemplar overruns its length');
  }
  r.pos = end;
  out.add(timestamp, value, start, end);
}

/** The int64 varint that ends at `after`, read exactly (negative values included). */
function readVarintAt(r: WireReader, after: number, end: number): number {
  let begin = after - 1;
  while (begin > 0 && r.buf[begin - 1] >= 0x80) {
    begin--;
  }
  const probe = new WireReader(r.buf, begin, end);
  return probe.varint();
}

function point(r: WireReader, end: number, exemplars: () => ExemplarColumnsBuilder): SeriesPoint {
  let value = 0;
  let timestamp = 0;
  while (r.pos < end) {
    const k = r.key();
    if (k === key(1, WIRE_I64)) {
      value = r.double();
    } else if (k === key(2, WIRE_VARINT)) {
      timestamp = r.varint();
    } else if (k === key(4, WIRE_LEN)) {
      const eend = r.lenEnd();
      exemplar(r, eend, exemplars());
      r.pos = eend;
    } else {
      r.skip(k & 7);
    }
  }
  return { value, timestamp };
}

export function decodeSeriesResponse(bytes: Uint8Array): Series[] {
  const r = new WireReader(bytes);
  const s: Shared = {
    buf: bytes,
    pairs: new ByBytes(bytes),
    lists: new ByBytes(bytes),
    ascii: new AsciiStrings(bytes),
  };
  const out: Series[] = [];
  while (r.pos < r.end) {
    const k = r.key();
    if (k !== key(1, WIRE_LEN)) {
      r.skip(k & 7);
      continue;
    }
    const send = r.lenEnd();
    const series: Series = { labels: [], points: [] };
    let exemplars: ExemplarColumnsBuilder | undefined;
    const builder = () => (exemplars ??= new ExemplarColumnsBuilder());
    while (r.pos < send) {
      const sk = r.key();
      if (sk === key(1, WIRE_LEN)) {
        const lend = r.lenEnd();
        series.labels.push(labelPair(r, lend, s));
        r.pos = lend;
      } else if (sk === key(2, WIRE_LEN)) {
        const pend = r.lenEnd();
        series.points.push(point(r, pend, builder));
        r.pos = pend;
      } else {
        r.skip(sk & 7);
      }
    }
    if (r.pos !== send) {
      r.fail('series overruns its length');
    }
    if (exemplars) {
      series.exemplars = exemplars.build((a, b) => readExemplar(s, a, b));
    }
    out.push(series);
  }
  return out;
}
