/**
 * The Flamelens datasource behind a panel's first query, when there is one: the panel asks it for
 * the full merged pprof (exports), a comparison side over another range, or a truncated subtree in
 * full detail. Other datasources (Grafana's built-in Pyroscope one included) return undefined and
 * the panel works from the frames it has.
 */
import type { DataFrame, PanelData, ScopedVars } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';

type Range = { start: number; end: number };

interface FlamelensMethods {
  downloadProfile(q: unknown, range: Range, scopedVars: ScopedVars): Promise<Uint8Array | undefined>;
  fetchFlameGraph(
    q: unknown,
    range: Range,
    scopedVars: ScopedVars,
    patch: { labelSelector?: string; stackTraceSelector?: string[]; maxNodes?: number }
  ): Promise<DataFrame | undefined>;
}

export interface ProfilesSource {
  /** The query's whole range (ms). */
  range: Range;
  downloadProfile(): Promise<Uint8Array | undefined>;
  fetchFlameGraph(
    range: Range,
    patch: { labelSelector?: string; stackTraceSelector?: string[]; maxNodes?: number }
  ): Promise<DataFrame | undefined>;
}

export async function profilesSource(data: PanelData): Promise<ProfilesSource | undefined> {
  const request = data.request;
  const target = request?.targets?.[0] as ({ datasource?: { uid?: string } } & Record<string, unknown>) | undefined;
  if (!request || !target) {
    return undefined;
  }
  let ds: Partial<FlamelensMethods>;
  try {
    ds = (await getDataSourceSrv().get(target.datasource)) as unknown as Partial<FlamelensMethods>;
  } catch {
    return undefined;
  }
  const download = ds.downloadProfile;
  const fetch = ds.fetchFlameGraph;
  if (typeof download !== 'function' || typeof fetch !== 'function') {
    return undefined;
  }
  const range = { start: request.range.from.valueOf(), end: request.range.to.valueOf() };
  return {
    range,
    downloadProfile: () => download.call(ds, target, range, request.scopedVars),
    fetchFlameGraph: (r, patch) => fetch.call(ds, target, r, request.scopedVars, patch),
  };
}
