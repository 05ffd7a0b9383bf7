/**
 * The exact function table of a query, whatever the server: Pyroscope's own
 * (PROFILE_FORMAT_FUNCTIONS) where it has the functionProjections flag, else computed here from the
 * merged pprof, which holds every stack. Either way no function is lost to the flame graph's node
 * budget, and the answer says which it is.
 */
import { decodePprof } from '../pprof/decode';
import { functionTableOfPprof, type FunctionTable } from '../pprof/functionTable';
import { resolveSampleType, shownSampleType } from '../pprof/toTree';
import type { PprofProfile } from '../pprof/profile';
import { ConnectError, type PyroscopeClient } from './client';
import type { SelectMergeStacktracesParams } from './types';

export interface ExactFunctionTable {
  table: FunctionTable;
  /** 'server': the server's function table; 'profile': computed from the merged pprof. */
  source: 'server' | 'profile';
  /** Functions in the profile: more than the table's rows when the server answered only the first. */
  totalFunctions: number;
}

/** Rows asked of a server: enough for any table a person reads, bounded for the wire. */
export const SERVER_FUNCTION_ROWS = 50_000;

export async function exactFunctionTable(
  client: PyroscopeClient,
  params: SelectMergeStacktracesParams,
  serverHasTables: boolean
): Promise<ExactFunctionTable | undefined> {
  if (serverHasTables) {
    try {
      const t = await client.selectFunctions(params, SERVER_FUNCTION_ROWS);
      return t.names.length > 0 ? { table: t, source: 'server', totalFunctions: t.totalFunctions } : undefined;
    } catch (e) {
      // A flag on in front of a server that does not serve the format (a mixed deployment).
      if (!(e instanceof ConnectError && e.code === 'unimplemented')) {
        throw e;
      }
    }
  }
  const raw = await client.selectMergeProfile(params);
  if (!raw || raw.length === 0) {
    return undefined;
  }
  const profile = decodePprof(raw);
  const table = functionTableOfPprof(profile, sampleTypeOf(profile, params.profileTypeID));
  let totalFunctions = 0;
  for (let i = 0; i < table.total.length; i++) {
    totalFunctions += table.total[i] > 0 ? 1 : 0;
  }
  return totalFunctions > 0 ? { table, source: 'profile', totalFunctions } : undefined;
}

/** The sample type a profile type ID names (name:type:unit:…), else the profile's own choice. */
function sampleTypeOf(p: PprofProfile, profileTypeId: string): number {
  const [, type, unit] = profileTypeId.split(':');
  return p.sampleTypes.some((t) => t.type === type && t.unit === unit)
    ? resolveSampleType(p, `${type}/${unit}`)
    : shownSampleType(p);
}
