/**
 * A pprof's tables read straight from its protobuf bytes, leaving the samples where they are:
 * functions and locations with their lines as typed-array columns (as in PprofProfile), strings as
 * byte ranges, so that a reader decodes only the strings it shows. Mappings, comments and the
 * other scalar fields are checked as decodeInflatedPprof checks them, and not kept.
 *
 * pprof does not order its fields: samples may come before the tables they refer to, so this is
 * the first of two passes, and the samples are read by a second (src/pprof/pprofSamples).
 */
import {
  checkProfileShape,
  checkStringIndex,
  expectLen,
  f64,
  i32,
  readLocation,
  readValueType,
  readVarintField,
  readVarintMessage,
} from './decode';
import { decodeUtf8, WireReader } from './wire';
import type { PprofProfile } from './profile';

/** The function and location columns as a decoded profile has them; strings stay in the bytes. */
export interface PprofTables extends Pick<
  PprofProfile,
  | 'functionCount'
  | 'functionId'
  | 'functionName'
  | 'functionSystemName'
  | 'functionFilename'
  | 'functionStartLine'
  | 'locationCount'
  | 'locationId'
  | 'locationLineStart'
  | 'lineFunctionId'
  | 'lineNumber'
> {
  bytes: Uint8Array;
  sampleTypeCount: number;

  /** String i is bytes[stringStart[i], stringEnd[i]) as UTF-8. */
  stringCount: number;
  stringStart: Int32Array;
  stringEnd: Int32Array;
}

/** Reads the tables of a profile's protobuf bytes; throws what decodeInflatedPprof would. */
export function readPprofTables(bytes: Uint8Array): PprofTables {
  const r = new WireReader(bytes);
  const scratch = new Float64Array(8);
  const locationFields = new Float64Array(6);
  const stringStart = i32();
  const stringEnd = i32();
  let sampleTypeCount = 0;
  // String references of the scalar fields, checked once the table's size is known.
  const refs: Array<[number, string]> = [];
  // Singular fields: protobuf keeps the last of several, and so does decodeInflatedPprof.
  const last: Record<string, readonly number[]> = {};

  const locationId = f64();
  const locationLineStart = i32();
  const lineFunctionId = f64();
  const lineNumber = f64();

  const functionId = f64();
  const functionName = i32();
  const functionSystemName = i32();
  const functionFilename = i32();
  const functionStartLine = f64();

  let fields = 0;
  while (r.pos < r.end) {
    const key = r.key();
    const field = Math.floor(key / 8);
    const wt = key & 7;
    fields++;
    switch (field) {
      case 1: {
        expectLen(r, wt, 'sample_type');
        const [type, unit] = readValueType(r);
        refs.push([type, `sample_type ${sampleTypeCount}`], [unit, `sample_type ${sampleTypeCount}`]);
        sampleTypeCount++;
        break;
      }
      case 2:
        expectLen(r, wt, 'sample');
        r.pos = r.lenEnd();
        break;
      case 3:
        expectLen(r, wt, 'mapping');
        readVarintMessage(r, r.lenEnd(), scratch, 'mapping');
        break;
      case 4: {
        expectLen(r, wt, 'location');
        locationLineStart.push(lineFunctionId.length);
        locationId.push(readLocation(r, locationFields, lineFunctionId, lineNumber, scratch)[1]);
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
      case 6: {
        expectLen(r, wt, 'string_table');
        const end = r.lenEnd();
        stringStart.push(r.pos);
        stringEnd.push(end);
        r.pos = end;
        break;
      }
      case 7:
        last.drop_frames = [readVarintField(r, wt, 'drop_frames')];
        break;
      case 8:
        last.keep_frames = [readVarintField(r, wt, 'keep_frames')];
        break;
      case 9:
        readVarintField(r, wt, 'time_nanos');
        break;
      case 10:
        readVarintField(r, wt, 'duration_nanos');
        break;
      case 11: {
        expectLen(r, wt, 'period_type');
        last.period_type = readValueType(r);
        break;
      }
      case 12:
        readVarintField(r, wt, 'period');
        break;
      case 13:
        r.repeatedVarint(wt, (v) => refs.push([v, 'comment']));
        break;
      case 14:
        last.default_sample_type = [readVarintField(r, wt, 'default_sample_type')];
        break;
      default:
        if (field === 0) {
          r.fail('field number 0');
        }
        r.skip(wt);
    }
  }
  for (const [what, indexes] of Object.entries(last)) {
    indexes.forEach((i) => refs.push([i, what]));
  }
  const stringCount = stringStart.length;
  checkProfileShape(
    fields,
    stringCount,
    stringCount ? decodeUtf8(bytes, stringStart.data[0], stringEnd.data[0]) : undefined
  );
  for (const [i, what] of refs) {
    checkStringIndex(i, stringCount, what);
  }
  locationLineStart.push(lineFunctionId.length);
  return {
    bytes,
    sampleTypeCount,
    stringCount,
    stringStart: stringStart.done(),
    stringEnd: stringEnd.done(),
    functionCount: functionId.length,
    functionId: functionId.done(),
    functionName: functionName.done(),
    functionSystemName: functionSystemName.done(),
    functionFilename: functionFilename.done(),
    functionStartLine: functionStartLine.done(),
    locationCount: locationId.length,
    locationId: locationId.done(),
    locationLineStart: locationLineStart.done(),
    lineFunctionId: lineFunctionId.done(),
    lineNumber: lineNumber.done(),
  };
}
