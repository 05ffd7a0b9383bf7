/**
 * The exact function table of a query: every function's self and total, nothing lost to the flame
 * graph's node budget. Pyroscope answers it itself (PROFILE_FORMAT_FUNCTIONS) where it has the
 * functionProjections flag; elsewhere the panel computes it from the query's merged pprof
 * (src/pprof/functionTable.ts `exactFunctionTableOfPprof`), so the datasource's bundle does not
 * carry a pprof decoder.
 */
import type { FunctionTable } from '../pprof/functionTable';
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

/**
 * The server's function table, or undefined when it has none: no functionProjections flag, or a
 * flag on in front of a server that answers Unimplemented (a mixed deployment), or no data.
 */
export async function serverFunctionTable(
  client: PyroscopeClient,
  params: SelectMergeStacktracesParams,
  serverHasTables: boolean
): Promise<ExactFunctionTable | undefined> {
  if (!serverHasTables) {
    return undefined;
  }
  try {
    const t = await client.selectFunctions(params, SERVER_FUNCTION_ROWS);
    return t.names.length > 0 ? { table: t, source: 'server', totalFunctions: t.totalFunctions } : undefined;
  } catch (e) {
    if (e instanceof ConnectError && e.code === 'unimplemented') {
      return undefined;
    }
    throw e;
  }
}
