/**
 * SelectMergeStacktraces with format PPROF, as Pyroscope answers it: the selected samples merged
 * into one pprof that keeps functions, file names and line numbers (src/pprof/merge.ts), not a
 * call tree written as pprof. A call site keeps only the stacks that begin with it, whole.
 */
import { PprofMerger } from '../../src/pprof/merge';
import { type MergeParams, type QueryScope, selectedSamples } from './querier';
import type { ProfileStore } from './store';

export function mergedPprof(store: ProfileStore, scope: QueryScope, q: MergeParams): Uint8Array {
  const merger = new PprofMerger(q.callSite);
  for (const s of selectedSamples(store, scope, q)) {
    merger.add(s.profile, s);
  }
  // The profile type id names the sample type and period type: name:type:unit:periodType:periodUnit.
  const [, type, unit, periodType, periodUnit] = q.profileTypeID.split(':');
  return merger.encode({
    type,
    unit,
    periodType,
    periodUnit,
    gzip: false,
    timeNanos: q.start * 1e6,
    durationNanos: (q.end - q.start) * 1e6,
  });
}
