/**
 * A decoded pprof profile (google/pprof proto/profile.proto), held in typed arrays: samples,
 * locations and lines are columns, not objects, so a profile of millions of samples decodes
 * without millions of allocations. Strings are resolved once into `strings`.
 */
import { FlamelensError } from '../errors';

export interface ValueType {
  type: string;
  unit: string;
}

export interface PprofProfile {
  sampleTypes: ValueType[];
  /** The default_sample_type string, '' when unset. */
  defaultSampleType: string;
  periodType?: ValueType;
  period: number;
  timeNanos: number;
  durationNanos: number;
  strings: string[];
  comments: string[];
  dropFrames: string;
  keepFrames: string;

  sampleCount: number;
  /** Sample i's location ids are sampleLocIds[sampleLocStart[i] .. sampleLocStart[i+1]), leaf first. */
  sampleLocStart: Int32Array;
  sampleLocIds: Float64Array;
  /** Sample i's values are sampleValues[i * sampleTypes.length + t]. */
  sampleValues: Float64Array;
  /** Exact sums per sample type (int64 arithmetic, no float rounding). */
  totals: bigint[];
  /** Sample i's labels are label rows sampleLabelStart[i] .. sampleLabelStart[i+1]. */
  sampleLabelStart: Int32Array;
  labelKey: Int32Array;
  labelStr: Int32Array;
  labelNum: Float64Array;
  labelNumUnit: Int32Array;

  locationCount: number;
  locationId: Float64Array;
  locationMappingId: Float64Array;
  locationAddress: Float64Array;
  locationIsFolded: Uint8Array;
  /** Location i's lines are lines locationLineStart[i] .. locationLineStart[i+1], inlined callee first. */
  locationLineStart: Int32Array;
  lineFunctionId: Float64Array;
  lineNumber: Float64Array;

  functionCount: number;
  functionId: Float64Array;
  functionName: Int32Array;
  functionSystemName: Int32Array;
  functionFilename: Int32Array;
  functionStartLine: Float64Array;

  mappingCount: number;
  mappingId: Float64Array;
  mappingMemoryStart: Float64Array;
  mappingMemoryLimit: Float64Array;
  mappingFileOffset: Float64Array;
  mappingFilename: Int32Array;
  mappingBuildId: Int32Array;
}

/** The sample type index must name one of the profile's `nTypes` sample types. */
export function checkSampleTypeIndex(sampleType: number, nTypes: number): void {
  if (!Number.isInteger(sampleType) || sampleType < 0 || sampleType >= nTypes) {
    throw new FlamelensError(
      'unknown-sample-type',
      `sample type index ${sampleType} is out of range (the profile has ${nTypes})`
    );
  }
}
