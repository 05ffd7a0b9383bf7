/**
 * The query model, shared by the datasource (which runs it) and the panel (which asks the
 * datasource for more of the same query). Field names and meanings match Grafana's built-in
 * Pyroscope datasource (`grafana-pyroscope-datasource`), so a dashboard can switch between the two
 * without losing anything; fields only Flamelens reads are additive.
 */
import type { DataQuery } from '@grafana/data';

/**
 * profile, metrics and both are Grafana's built-in Pyroscope datasource's; comparison, diff and
 * tagBreakdown are Flamelens additions.
 */
export type QueryType = 'profile' | 'metrics' | 'both' | 'comparison' | 'diff' | 'tagBreakdown';

/** What a heatmap counts, as Grafana's built-in datasource names it. */
export type HeatmapType = 'individual' | 'span';

export interface FlamelensQuery extends DataQuery {
  queryType: QueryType;
  profileTypeId: string;
  labelSelector: string;
  groupBy: string[];
  limit?: number;
  maxNodes?: number;
  spanSelector?: string[];
  traceIdSelector?: string[];
  profileIdSelector?: string[];
  annotations?: boolean;
  /** Metrics: each point's largest profile as an exemplar (Grafana's built-in name). */
  includeExemplars?: boolean;
  /** Metrics: a heatmap of per-profile (or per-span) totals instead of the sum (Pyroscope 2). */
  includeHeatmap?: boolean;
  heatmapType?: HeatmapType;

  // Flamelens additions, ignored by Grafana's built-in datasource.
  /** Baseline of a comparison or diff: its own selector (default: labelSelector). */
  baselineSelector?: string;
  /** Baseline of a comparison or diff: the range shifted back by this duration (e.g. "1h", "1d", "1w"). */
  baselineShift?: string;
  /** The label whose values a tag breakdown compares. */
  breakdownLabel?: string;
  /** Call-site frames (root first): only stacks through them, in full detail (opens up "other"). */
  stackTraceSelector?: string[];
}

export const DEFAULT_QUERY: Partial<FlamelensQuery> = {
  queryType: 'profile',
  labelSelector: '{}',
  groupBy: [],
  maxNodes: 16384,
};

/** A dashboard variable query, shaped like Grafana's Pyroscope datasource's. */
export type VariableQuery =
  | { refId: string; type: 'profileType' }
  | { refId: string; type: 'label'; profileTypeId?: string; labelSelector?: string }
  | { refId: string; type: 'labelValue'; profileTypeId?: string; labelSelector?: string; labelName: string };
