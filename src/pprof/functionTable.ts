/**
 * The exact function table of a pprof profile: self and total per function over every sample,
 * with nothing truncated. A merged flame graph is cut to a node budget and folds the rest into
 * "other"; this table is what the top table shows when it must not be misled by that.
 *
 * Frames are named as in the merged tree (src/pprof/toTree: inlined frames are functions of their
 * own). A sample adds its value to the total of each function on its stack once, however often the
 * function recurs (as src/tree/top.ts counts a tree), and to the self of its leaf.
 */
import { FlamelensError } from '../errors';
import { NameTable, ROOT_NAME } from '../tree/callTree';
import type { PprofProfile } from './profile';
import { locationFrames, locationIndex, resolveSampleType, shownSampleType } from './toTree';
import { decodePprof } from './decode';
import type { ExactFunctionTable } from '../pyroscope/exactFunctions';

/** Per function (by index into `names`): self and total, and the profile's total. */
export interface FunctionTable {
  names: readonly string[];
  self: Float64Array;
  total: Float64Array;
  /** Sum of every sample's value: the flame graph root's total. */
  grandTotal: number;
}

export function functionTableOfPprof(p: PprofProfile, sampleType: number): FunctionTable {
  const nTypes = p.sampleTypes.length;
  if (sampleType < 0 || sampleType >= nTypes) {
    throw new FlamelensError(
      'unknown-sample-type',
      `sample type index ${sampleType} is out of range (the profile has ${nTypes})`
    );
  }
  // The tree's naming, without its root: index 0 is a placeholder no frame uses.
  const table = new NameTable([ROOT_NAME]);
  const frames = locationFrames(p, table);
  const nNames = table.names.length;
  const self = new Float64Array(nNames);
  const total = new Float64Array(nNames);
  // The last sample (index + 1) that added to a function's total: recursion counts once.
  const stamp = new Int32Array(nNames);
  let grandTotal = 0;
  for (let s = 0; s < p.sampleCount; s++) {
    const value = p.sampleValues[s * nTypes + sampleType];
    if (value === 0) {
      continue;
    }
    grandTotal += value;
    const first = p.sampleLocStart[s];
    const last = p.sampleLocStart[s + 1];
    let leaf = -1;
    for (let k = first; k < last; k++) {
      const l = locationIndex(p, frames.byId, p.sampleLocIds[k]);
      for (let f = frames.start[l]; f < frames.start[l + 1]; f++) {
        const id = frames.ids[f];
        if (stamp[id] !== s + 1) {
          stamp[id] = s + 1;
          total[id] += value;
        }
      }
      if (k === first) {
        // Leaf first in the sample, inlined callee last in the frames: the innermost frame.
        leaf = frames.ids[frames.start[l + 1] - 1];
      }
    }
    if (leaf >= 0) {
      self[leaf] += value;
    }
  }
  return { names: table.names, self, total, grandTotal };
}

/**
 * The exact function table of a query's merged pprof (raw or gzipped), of the sample type its
 * profile type ID names (name:type:unit:…; the profile's own choice when it names none it has);
 * undefined for an empty profile.
 */
export function exactFunctionTableOfPprof(raw: Uint8Array, profileTypeId = ''): ExactFunctionTable | undefined {
  if (raw.length === 0) {
    return undefined;
  }
  const profile = decodePprof(raw);
  const [, type, unit] = profileTypeId.split(':');
  const sampleType = profile.sampleTypes.some((t) => t.type === type && t.unit === unit)
    ? resolveSampleType(profile, `${type}/${unit}`)
    : shownSampleType(profile);
  const table = functionTableOfPprof(profile, sampleType);
  let totalFunctions = 0;
  for (let i = 0; i < table.total.length; i++) {
    totalFunctions += table.total[i] > 0 ? 1 : 0;
  }
  return totalFunctions > 0 ? { table, source: 'profile', totalFunctions } : undefined;
}
