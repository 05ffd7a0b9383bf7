/**
 * What the panel may ask of a Flamelens datasource beyond Grafana's query(): the datasource class
 * implements this interface and the panel checks for it, so both sides compile against one
 * declaration. Other datasources (Grafana's built-in Pyroscope one included) do not have these
 * methods; the panel then works from the frames it was given.
 */
import type { AdHocVariableFilter, DataFrame, DataQuery, ScopedVars } from '@grafana/data';
import type { TimeRangeMs } from '../pyroscope/types';
import type { ServerCapabilities } from './capabilities';
import type { ExactFunctionTable } from '../pyroscope/exactFunctions';
import type { TimelineAnswer, TimelineRequest } from './timeline';
import type { SourceAnswer, SourceRequest } from './functionDetails';

/** Changes to a query when the panel asks for another part of the same profile. */
export interface FlameGraphPatch {
  /** Another selector (a comparison side's). */
  labelSelector?: string;
  /** Only the stacks through this call site (frames from the root), rooted there. */
  stackTraceSelector?: string[];
  /** A node budget of its own. */
  maxNodes?: number;
  /** Cancels the request (it then fails with code "canceled"). */
  signal?: AbortSignal;
  /** One profile (an exemplar's), or one span's samples, instead of the query's merge. */
  profileIdSelector?: string[];
  spanSelector?: string[];
}

export interface FlamelensDataSourceApi<Q extends DataQuery = DataQuery> {
  /** What the server can do (asked once per datasource instance; an older server reports nothing). */
  capabilities(): Promise<ServerCapabilities>;
  /**
   * The exact merged pprof (uncompressed) of a query over a range: every stack, not the truncated
   * tree; only the stacks through a call site (frames from the root) when one is given.
   */
  downloadProfile(
    q: Q,
    range: TimeRangeMs,
    scopedVars: ScopedVars,
    filters: readonly AdHocVariableFilter[],
    callSite?: string[]
  ): Promise<Uint8Array | undefined>;
  /** A flame graph frame of a query over a range, with a patch applied; undefined when there is no data. */
  fetchFlameGraph(
    q: Q,
    range: TimeRangeMs,
    scopedVars: ScopedVars,
    patch: FlameGraphPatch,
    filters: readonly AdHocVariableFilter[]
  ): Promise<DataFrame | undefined>;
}

/** A flame graph grouped by a label's top values (src/pyroscope/labelGroups, src/tree/groupTrees). */
export interface LabelGrouping {
  label: string;
  /** Values with a group of their own; the others make one more group. */
  limit: number;
}

/** Methods later versions added: the panel checks for each before use. */
export interface FlamelensDataSourceExtras<Q extends DataQuery = DataQuery> {
  /** Label names of the query's profiles over a range (no __ names). */
  labelNamesOf(
    q: Q,
    range: TimeRangeMs,
    scopedVars: ScopedVars,
    filters: readonly AdHocVariableFilter[]
  ): Promise<string[]>;
  /** The query's flame graph grouped by a label; undefined when there is no data. */
  fetchLabelGroups(
    q: Q,
    range: TimeRangeMs,
    scopedVars: ScopedVars,
    grouping: LabelGrouping,
    filters: readonly AdHocVariableFilter[]
  ): Promise<DataFrame | undefined>;
}

export function hasLabelGroups(ds: FlamelensDataSourceApi): ds is FlamelensDataSourceApi & FlamelensDataSourceExtras {
  const d = ds as Partial<FlamelensDataSourceExtras>;
  return typeof d.fetchLabelGroups === 'function' && typeof d.labelNamesOf === 'function';
}

/** Added with exact function tables: the panel checks for it before use. */
export interface FlamelensFunctionTables<Q extends DataQuery = DataQuery> {
  /**
   * The server's exact function table over a range (every function's self and total); undefined
   * when the server has none or no data: the panel then computes it from downloadProfile's pprof.
   */
  fetchFunctionTable(
    q: Q,
    range: TimeRangeMs,
    scopedVars: ScopedVars,
    filters: readonly AdHocVariableFilter[]
  ): Promise<ExactFunctionTable | undefined>;
}

export function hasFunctionTables(ds: FlamelensDataSourceApi): ds is FlamelensDataSourceApi & FlamelensFunctionTables {
  return typeof (ds as Partial<FlamelensFunctionTables>).fetchFunctionTable === 'function';
}

/** Added with exemplars and heatmaps: the panel checks for it before drawing a timeline. */
export interface FlamelensTimelines<Q extends DataQuery = DataQuery> {
  fetchTimeline(
    q: Q,
    range: TimeRangeMs,
    scopedVars: ScopedVars,
    request: TimelineRequest,
    filters: readonly AdHocVariableFilter[]
  ): Promise<TimelineAnswer>;
}

export function hasTimelines(ds: FlamelensDataSourceApi): ds is FlamelensDataSourceApi & FlamelensTimelines {
  return typeof (ds as Partial<FlamelensTimelines>).fetchTimeline === 'function';
}

/**
 * Added with function details: the panel reads a function's lines from downloadProfile's pprof of
 * its call site, and asks for its source here (the checks for it before offering details).
 */
export interface FlamelensSources<Q extends DataQuery = DataQuery> {
  /** The function's source file and commit, or what would make them available (never a rejection for a missing source). */
  fetchSource(
    q: Q,
    range: TimeRangeMs,
    scopedVars: ScopedVars,
    request: SourceRequest,
    filters: readonly AdHocVariableFilter[]
  ): Promise<SourceAnswer>;
}

export function hasSources(ds: FlamelensDataSourceApi): ds is FlamelensDataSourceApi & FlamelensSources {
  return typeof (ds as Partial<FlamelensSources>).fetchSource === 'function';
}

/** Whether a datasource instance is a Flamelens datasource the panel can ask for more. */
export function isFlamelensDataSource(ds: unknown): ds is FlamelensDataSourceApi {
  const d = ds as Partial<FlamelensDataSourceApi> | null | undefined;
  return (
    typeof d?.downloadProfile === 'function' &&
    typeof d?.fetchFlameGraph === 'function' &&
    typeof d?.capabilities === 'function'
  );
}
