/**
 * pprof decoding: gzipped or raw (told apart by magic bytes), straight from the wire into the
 * typed-array columns of PprofProfile. Input that is not a protobuf profile is rejected with a
 * typed error naming what it looks like instead (legacy text and binary pprof formats, JSON, …).
 */
import { FlamelensError } from '../errors';
import { gunzipBounded, isGzip, MAX_INFLATED_BYTES } from './gzip';
import type { PprofProfile, ValueType } from './profile';
import { WIRE_LEN, WIRE_VARINT, WireReader } from './wire';

/** A growable column of numbers. */
export class Column<T extends Float64Array | Int32Array | Uint8Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(16, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
export const f64 = (n = 16) => new Column(new Float64Array(n), (m) => new Float64Array(m));
export const i32 = (n = 16) => new Column(new Int32Array(n), (m) => new Int32Array(m));
const u8 = (n = 16) => new Column(new Uint8Array(n), (m) => new Uint8Array(m));

/** Says what non-protobuf input looks like, for the error message. */
export function sniffNonProtobuf(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 256));
  if (
    /^\s*(---\s*)?(heap profile|heap_v2\/|--- contention|--- mutex|goroutine profile|threadcreate profile|--- symbol)/i.test(
      head
    ) ||
    /^\s*heap profile:/m.test(head)
  ) {
    return 'a legacy text pprof profile (Go heap/contention text format); re-export it with `go tool pprof -proto`';
  }
  // The legacy Go CPU profile is a sequence of 64-bit words starting 0, 3, 0, period, ...
  if (bytes.length >= 16) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const le =
      dv.getUint32(0, true) === 0 &&
      dv.getUint32(4, true) === 0 &&
      dv.getUint32(8, true) === 3 &&
      dv.getUint32(12, true) === 0;
    const le32 = dv.getUint32(0, true) === 0 && dv.getUint32(4, true) === 3;
    if (le || le32) {
      return 'a legacy binary CPU profile (pre-protobuf Go/gperftools format); convert it with `go tool pprof -proto`';
    }
  }
  if (/^\s*[{[]/.test(head)) {
    return 'JSON, not a protobuf profile';
  }
  if (/^\s*<(\?xml|svg|!doctype|html)/i.test(head)) {
    return 'an XML/HTML/SVG document, not a protobuf profile';
  }
  return undefined;
}

export interface DecodeOptions {
  /** The largest uncompressed profile accepted (bytes); gzip stops inflating past it. */
  maxBytes?: number;
}

/**
 * The protobuf bytes of a profile: inflated when gzipped, refused past the size limit. Apart from
 * decoding so that a caller can count what many profiles inflate to before holding them all.
 */
export function inflatePprof(input: Uint8Array, opts: DecodeOptions = {}): Uint8Array {
  if (input.length === 0) {
    throw new FlamelensError('empty-input', 'empty input: expected a pprof profile (gzipped or raw protobuf)');
  }
  const max = opts.maxBytes ?? MAX_INFLATED_BYTES;
  const bytes = isGzip(input) ? gunzipBounded(input, max) : input;
  if (bytes.length > max) {
    throw new FlamelensError(
      'too-large',
      `the profile is ${bytes.length} bytes uncompressed, over the ${max}-byte limit`
    );
  }
  if (bytes.length === 0) {
    throw new FlamelensError('empty-input', 'the gzip stream holds no data: expected a pprof profile inside');
  }
  return bytes;
}

/** Decodes a pprof profile from gzipped or raw protobuf bytes. */
export function decodePprof(input: Uint8Array, opts: DecodeOptions = {}): PprofProfile {
  return decodeInflatedPprof(inflatePprof(input, opts));
}

/** Decodes a profile's protobuf bytes (as inflatePprof returns them). */
export function decodeInflatedPprof(bytes: Uint8Array): PprofProfile {
  rejectNonProtobuf(bytes);
  return asPprofErrors(() => decodeProfileMessage(bytes));
}

/** Throws, naming what the input looks like, when it is plainly not a protobuf profile. */
export function rejectNonProtobuf(bytes: Uint8Array): void {
  const sniffed = sniffNonProtobuf(bytes);
  if (sniffed) {
    throw new FlamelensError(
      sniffed.startsWith('a legacy') ? 'legacy-profile' : 'not-a-profile',
      `not a protobuf pprof profile: this looks like ${sniffed}`
    );
  }
}

/** Runs a reader of profile bytes, so that a wire error says the input is not a valid profile. */
export function asPprofErrors<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof FlamelensError) {
      if (e.kind === 'malformed-protobuf') {
        throw new FlamelensError(
          'malformed-protobuf',
          `${e.message}: the input is not a valid pprof profile (corrupt or truncated protobuf)`
        );
      }
      throw e;
    }
    throw e;
  }
}

function decodeProfileMessage(bytes: Uint8Array): PprofProfile {
  const r = new WireReader(bytes);
  // Field values of the small messages, reused for each one.
  const scratch = new Float64Array(8);
  const locationFields = new Float64Array(6);
  const strings: string[] = [];
  const sampleTypeIdx: Array<[number, number]> = [];
  let periodTypeIdx: [number, number] | undefined;
  let period = 0;
  let timeNanos = 0;
  let durationNanos = 0;
  let defaultSampleTypeIdx = 0;
  let dropFramesIdx = 0;
  let keepFramesIdx = 0;
  const commentIdx: number[] = [];

  // Samples are decoded after the whole message is scanned once for their positions, because
  // sample_type (which says how many values a sample has) may come after the samples.
  const sampleSpans = i32();

  const locationId = f64();
  const locationMappingId = f64();
  const locationAddress = f64();
  const locationIsFolded = u8();
  const locationLineStart = i32();
  const lineFunctionId = f64();
  const lineNumber = f64();

  const functionId = f64();
  const functionName = i32();
  const functionSystemName = i32();
  const functionFilename = i32();
  const functionStartLine = f64();

  const mappingId = f64();
  const mappingMemoryStart = f64();
  const mappingMemoryLimit = f64();
  const mappingFileOffset = f64();
  const mappingFilename = i32();
  const mappingBuildId = i32();

  let fields = 0;
  while (r.pos < r.end) {
    const key = r.key();
    const field = Math.floor(key / 8);
    const wt = key & 7;
    fields++;
    switch (field) {
      case 1: // sample_type
        expectLen(r, wt, 'sample_type');
        sampleTypeIdx.push(readValueType(r));
        break;
      case 2: {
        // sample: remember where it is
        expectLen(r, wt, 'sample');
        const end = r.lenEnd();
        sampleSpans.push(r.pos);
        sampleSpans.push(end);
        r.pos = end;
        break;
      }
      case 3: {
        expectLen(r, wt, 'mapping');
        const m = readVarintMessage(r, r.lenEnd(), scratch, 'mapping');
        mappingId.push(m[1]);
        mappingMemoryStart.push(m[2]);
        mappingMemoryLimit.push(m[3]);
        mappingFileOffset.push(m[4]);
        mappingFilename.push(m[5]);
        mappingBuildId.push(m[6]);
        break;
      }
      case 4: {
        expectLen(r, wt, 'location');
        locationLineStart.push(lineFunctionId.length);
        const loc = readLocation(r, locationFields, lineFunctionId, lineNumber, scratch);
        locationId.push(loc[1]);
        locationMappingId.push(loc[2]);
        locationAddress.push(loc[3]);
        locationIsFolded.push(loc[5] ? 1 : 0);
        break;
      }
      case 5: {
        expectLen(r, wt, 'function');
        const fn = readVarintMessage(r, r.lenEnd(), scratch, 'function');
        functionId.push(fn[1]);
        functionName.push(fn[2]);
        functionSystemName.push(fn[3]);
        functionFilename.push(fn[4]);
        functionStartLine.push(fn[5]);
        break;
      }
      case 6:
        expectLen(r, wt, 'string_table');
        strings.push(r.string());
        break;
      case 7:
        dropFramesIdx = readVarintField(r, wt, 'drop_frames');
        break;
      case 8:
        keepFramesIdx = readVarintField(r, wt, 'keep_frames');
        break;
      case 9:
        timeNanos = readVarintField(r, wt, 'time_nanos');
        break;
      case 10:
        durationNanos = readVarintField(r, wt, 'duration_nanos');
        break;
      case 11:
        expectLen(r, wt, 'period_type');
        periodTypeIdx = readValueType(r);
        break;
      case 12:
        period = readVarintField(r, wt, 'period');
        break;
      case 13:
        r.repeatedVarint(wt, (v) => commentIdx.push(v));
        break;
      case 14:
        defaultSampleTypeIdx = readVarintField(r, wt, 'default_sample_type');
        break;
      default:
        if (field === 0) {
          r.fail('field number 0');
        }
        r.skip(wt);
    }
  }
  checkProfileShape(fields, strings.length, strings[0]);
  const str = (i: number, what: string): string => {
    checkStringIndex(i, strings.length, what);
    return strings[i];
  };
  const sampleTypes: ValueType[] = sampleTypeIdx.map(([t, u], i) => ({
    type: str(t, `sample_type ${i}`),
    unit: str(u, `sample_type ${i}`),
  }));

  // Second pass over the samples, now that the number of values per sample is known.
  const nTypes = sampleTypes.length;
  const spans = sampleSpans.done();
  const sampleCount = spans.length / 2;
  const sampleLocStart = new Int32Array(sampleCount + 1);
  const sampleLocIds = f64(Math.max(16, sampleCount * 8));
  const sampleValues = new Float64Array(sampleCount * nTypes);
  const sampleLabelStart = new Int32Array(sampleCount + 1);
  const labelKey = i32();
  const labelStr = i32();
  const labelNum = f64();
  const labelNumUnit = i32();
  const totals: bigint[] = sampleTypes.map(() => 0n);
  const safeTotals = new Float64Array(nTypes);
  for (let s = 0; s < sampleCount; s++) {
    const sr = new WireReader(bytes, spans[2 * s], spans[2 * s + 1]);
    sampleLocStart[s] = sampleLocIds.length;
    sampleLabelStart[s] = labelKey.length;
    let v = 0;
    while (sr.pos < sr.end) {
      const k = sr.key();
      const f = Math.floor(k / 8);
      const w = k & 7;
      if (f === 1) {
        sr.repeatedVarint(w, (id) => sampleLocIds.push(id));
      } else if (f === 2) {
        if (w === WIRE_LEN) {
          const end = sr.lenEnd();
          while (sr.pos < end) {
            v = readSampleValue(sr, sampleValues, s, nTypes, v, totals, safeTotals);
          }
          checkEnd(sr, end, 'sample values');
        } else if (w === WIRE_VARINT) {
          v = readSampleValue(sr, sampleValues, s, nTypes, v, totals, safeTotals);
        } else {
          sr.fail(`wire type ${w} for sample values`);
        }
      } else if (f === 3 && w === WIRE_LEN) {
        const label = readVarintMessage(sr, sr.lenEnd(), scratch, 'label');
        labelKey.push(label[1]);
        labelStr.push(label[2]);
        labelNum.push(label[3]);
        labelNumUnit.push(label[4]);
      } else {
        sr.skip(w);
      }
    }
    checkSampleValueCount(s, v, nTypes);
  }
  sampleLocStart[sampleCount] = sampleLocIds.length;
  sampleLabelStart[sampleCount] = labelKey.length;
  for (let t = 0; t < nTypes; t++) {
    totals[t] += BigInt(safeTotals[t]);
  }
  locationLineStart.push(lineFunctionId.length);

  return {
    sampleTypes,
    defaultSampleType: str(defaultSampleTypeIdx, 'default_sample_type'),
    periodType: periodTypeIdx
      ? { type: str(periodTypeIdx[0], 'period_type'), unit: str(periodTypeIdx[1], 'period_type') }
      : undefined,
    period,
    timeNanos,
    durationNanos,
    strings,
    comments: commentIdx.map((i) => str(i, 'comment')),
    dropFrames: str(dropFramesIdx, 'drop_frames'),
    keepFrames: str(keepFramesIdx, 'keep_frames'),
    sampleCount,
    sampleLocStart,
    sampleLocIds: sampleLocIds.done(),
    sampleValues,
    totals,
    sampleLabelStart,
    labelKey: labelKey.done(),
    labelStr: labelStr.done(),
    labelNum: labelNum.done(),
    labelNumUnit: labelNumUnit.done(),
    locationCount: locationId.length,
    locationId: locationId.done(),
    locationMappingId: locationMappingId.done(),
    locationAddress: locationAddress.done(),
    locationIsFolded: locationIsFolded.done(),
    locationLineStart: locationLineStart.done(),
    lineFunctionId: lineFunctionId.done(),
    lineNumber: lineNumber.done(),
    functionCount: functionId.length,
    functionId: functionId.done(),
    functionName: functionName.done(),
    functionSystemName: functionSystemName.done(),
    functionFilename: functionFilename.done(),
    functionStartLine: functionStartLine.done(),
    mappingCount: mappingId.length,
    mappingId: mappingId.done(),
    mappingMemoryStart: mappingMemoryStart.done(),
    mappingMemoryLimit: mappingMemoryLimit.done(),
    mappingFileOffset: mappingFileOffset.done(),
    mappingFilename: mappingFilename.done(),
    mappingBuildId: mappingBuildId.done(),
  };
}

/** A message with no field, or a string table that does not start with '', is no profile. */
export function checkProfileShape(fields: number, stringCount: number, firstString: string | undefined): void {
  if (fields === 0) {
    throw new FlamelensError('empty-input', 'the protobuf message is empty: no pprof profile fields');
  }
  if (stringCount === 0 || firstString !== '') {
    throw new FlamelensError(
      'not-a-profile',
      "not a pprof profile: its string table must start with the empty string (profile.proto's rule)"
    );
  }
}

/** A reference into the string table (by `what`) must name one of its `stringCount` strings. */
export function checkStringIndex(i: number, stringCount: number, what: string): void {
  if (i < 0 || i >= stringCount || !Number.isInteger(i)) {
    throw new FlamelensError(
      'malformed-protobuf',
      `malformed pprof profile: ${what} refers to string ${i}, but the table has ${stringCount}`
    );
  }
}

/** A sample has one value per sample type. */
export function checkSampleValueCount(s: number, values: number, nTypes: number): void {
  if (values !== nTypes) {
    throw new FlamelensError(
      'malformed-protobuf',
      `malformed pprof profile: sample ${s} has ${values} values but the profile declares ${nTypes} sample types`
    );
  }
}

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Reads one sample value. Values and running sums stay in plain numbers while exact; a value or
 * sum beyond 2^53 moves into the BigInt total, so totals are exact int64 sums.
 */
function readSampleValue(
  r: WireReader,
  values: Float64Array,
  s: number,
  nTypes: number,
  v: number,
  totals: bigint[],
  safeTotals: Float64Array
): number {
  if (v >= nTypes) {
    r.fail(`sample ${s} has more values than the ${nTypes} sample types`);
  }
  const start = r.pos;
  const x = r.varint();
  if (x > SAFE || x < -SAFE) {
    r.pos = start;
    const big = r.varintBig();
    totals[v] += big;
    values[s * nTypes + v] = Number(big);
    return v + 1;
  }
  values[s * nTypes + v] = x;
  const sum = safeTotals[v] + x;
  if (sum > SAFE || sum < -SAFE) {
    totals[v] += BigInt(safeTotals[v]) + BigInt(x);
    safeTotals[v] = 0;
  } else {
    safeTotals[v] = sum;
  }
  return v + 1;
}

/**
 * Reads one location message (the reader at its length): its lines, inlined callee first, appended
 * to the line columns; its varint fields (id 1, mapping id 2, address 3, is_folded 5) into
 * `fields[fieldNumber]`, returned.
 */
export function readLocation(
  r: WireReader,
  fields: Float64Array,
  lineFunctionId: Column<Float64Array>,
  lineNumber: Column<Float64Array>,
  scratch: Float64Array
): Float64Array {
  const end = r.lenEnd();
  fields.fill(0);
  while (r.pos < end) {
    const k = r.key();
    const f = Math.floor(k / 8);
    const w = k & 7;
    if (f === 4 && w === WIRE_LEN) {
      const line = readVarintMessage(r, r.lenEnd(), scratch, 'line');
      lineFunctionId.push(line[1]);
      lineNumber.push(line[2]);
    } else if (w === WIRE_VARINT) {
      const v = r.varint();
      if (f < fields.length) {
        fields[f] = v;
      }
    } else {
      r.skip(w);
    }
  }
  checkEnd(r, end, 'location');
  return fields;
}

/**
 * Reads a message made only of varint fields (mapping, function, line, label, value type) into
 * `fields[fieldNumber]`; unknown and non-varint fields are skipped.
 */
export function readVarintMessage(r: WireReader, end: number, fields: Float64Array, what: string): Float64Array {
  fields.fill(0);
  while (r.pos < end) {
    const k = r.key();
    const f = Math.floor(k / 8);
    if ((k & 7) !== WIRE_VARINT) {
      r.skip(k & 7);
      continue;
    }
    const v = r.varint();
    if (f < fields.length) {
      fields[f] = v;
    }
  }
  checkEnd(r, end, what);
  return fields;
}

export function expectLen(r: WireReader, wt: number, what: string): void {
  if (wt !== WIRE_LEN) {
    r.fail(`${what} has wire type ${wt}, expected a length-delimited message`);
  }
}

export function readVarintField(r: WireReader, wt: number, what: string): number {
  if (wt !== WIRE_VARINT) {
    r.fail(`${what} has wire type ${wt}, expected a varint`);
  }
  return r.varint();
}

export function checkEnd(r: WireReader, end: number, what: string): void {
  if (r.pos !== end) {
    r.fail(`${what} overruns its length`);
  }
}

export function readValueType(r: WireReader): [number, number] {
  const vt = readVarintMessage(r, r.lenEnd(), new Float64Array(3), 'value type');
  return [vt[1], vt[2]];
}
