/**
 * The Flamelens datasource behind a panel's first query, when there is one: the panel asks it for
 * the full merged pprof (exports), a comparison side over another range, or a truncated subtree in
 * full detail (src/contract/datasource.ts). Other datasources (Grafana's built-in Pyroscope one
 * included) return undefined and the panel works from the frames it has.
 */
import type { DataFrame, PanelData } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import {
  FlameGraphPatch,
  hasFunctionTables,
  hasLabelGroups,
  hasSources,
  hasTimelines,
  isFlamelensDataSource,
  LabelGrouping,
} from '../src/contract/datasource';
import type { ExactFunctionTable } from '../src/pyroscope/exactFunctions';
import { DEFAULT_QUERY } from '../src/contract/query';
import type { TimeRangeMs } from '../src/pyroscope/types';
import type { TimelineAnswer, TimelineRequest } from '../src/contract/timeline';
import type { SourceAnswer, SourceRequest } from '../src/contract/functionDetails';

export interface ProfilesSource {
  /** The query's whole range (ms). */
  range: TimeRangeMs;
  /** The query's node limit (the datasource's default when it sets none). */
  maxNodes: number;
  /** The query's profile type ID as written (may hold a variable): names the pprof's sample type. */
  profileTypeId: string;
  /** The merged pprof, of the stacks through a call site when one is given. */
  downloadProfile(callSite?: string[]): Promise<Uint8Array | undefined>;
  fetchFlameGraph(range: TimeRangeMs, patch: FlameGraphPatch): Promise<DataFrame | undefined>;
  /** The server's exact function table, when the datasource can ask for it and the server has one. */
  functionTable?: () => Promise<ExactFunctionTable | undefined>;
  /** The metric with exemplars, or a heatmap, over the query's range (a Flamelens that has them). */
  timeline?: (request: TimelineRequest) => Promise<TimelineAnswer>;
  /** A function's source (a Flamelens that has it). */
  source?: (request: SourceRequest) => Promise<SourceAnswer>;
  /** Set when the datasource can group by label (an older Flamelens cannot). */
  grouping?: {
    labelNames(): Promise<string[]>;
    fetchGroups(grouping: LabelGrouping): Promise<DataFrame | undefined>;
  };
}

export async function profilesSource(data: PanelData): Promise<ProfilesSource | undefined> {
  const request = data.request;
  const target = request?.targets?.[0];
  if (!request || !target) {
    return undefined;
  }
  let ds: unknown;
  try {
    ds = await getDataSourceSrv().get(target.datasource);
  } catch {
    return undefined;
  }
  if (!isFlamelensDataSource(ds)) {
    return undefined;
  }
  const range = { start: request.range.from.valueOf(), end: request.range.to.valueOf() };
  // The dashboard's ad hoc filters narrow these fetches as they narrowed the panel's query.
  const filters = request.filters ?? [];
  const asked = (target as { maxNodes?: unknown }).maxNodes;
  const typeId = (target as { profileTypeId?: unknown }).profileTypeId;
  return {
    range,
    maxNodes: typeof asked === 'number' && asked > 0 ? asked : (DEFAULT_QUERY.maxNodes ?? 16_384),
    profileTypeId: typeof typeId === 'string' ? typeId : '',
    downloadProfile: (callSite) => ds.downloadProfile(target, range, request.scopedVars, filters, callSite),
    fetchFlameGraph: (r, patch) => ds.fetchFlameGraph(target, r, request.scopedVars, patch, filters),
    functionTable: hasFunctionTables(ds)
      ? () => ds.fetchFunctionTable(target, range, request.scopedVars, filters)
      : undefined,
    timeline: hasTimelines(ds) ? (req) => ds.fetchTimeline(target, range, request.scopedVars, req, filters) : undefined,
    source: hasSources(ds) ? (req) => ds.fetchSource(target, range, request.scopedVars, req, filters) : undefined,
    grouping: hasLabelGroups(ds)
      ? {
          labelNames: () => ds.labelNamesOf(target, range, request.scopedVars, filters),
          fetchGroups: (g) => ds.fetchLabelGroups(target, range, request.scopedVars, g, filters),
        }
      : undefined,
  };
}
