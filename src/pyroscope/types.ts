/** Pyroscope querier.v1 messages as Connect JSON carries them (int64 as strings). */
export interface ProfileType {
  ID: string;
  name: string;
  sampleType: string;
  sampleUnit: string;
  periodType: string;
  periodUnit: string;
}

export interface LabelPair {
  name: string;
  value: string;
}

/**
 * One profile (or one span) behind a point or a heatmap cell: Pyroscope picks the largest. Empty
 * strings where the server has nothing (span exemplars have no profile ID; individual ones no span).
 */
export interface Exemplar {
  /** Milliseconds since the epoch. */
  timestamp: number;
  profileId: string;
  spanId: string;
  traceId: string;
  /** The profile's (or span's) total, in the profile type's sample unit. */
  value: number;
  /** The profile's labels that are not the series' own (the series holds those). */
  labels: LabelPair[];
}

export interface SeriesPoint {
  value: number;
  timestamp: number;
}

/**
 * A series' exemplars column by column (at most one per point from Pyroscope): a day of 15 s
 * points is 5,760 of them per series. Times and values are read with the answer (markers need
 * them); each exemplar's IDs and labels when first asked for (see exemplarColumns.ts).
 */
export interface ExemplarColumns {
  readonly length: number;
  readonly timestamp: Float64Array;
  readonly value: Float64Array;
  /** Exemplar i whole: its IDs and labels decoded on first read. */
  at(i: number): Exemplar;
}

/** What a heatmap counts: each profile's total, or each span's (its samples labelled span_id). */
export type HeatmapKind = 'individual' | 'span';

/** One column of a heatmap: the slot (timestamp − step, timestamp]. */
export interface HeatmapSlot {
  /** The slot's right edge, ms. */
  timestamp: number;
  /** Lower bound of each y bucket (the same buckets in every slot of an answer). */
  yMin: number[];
  counts: number[];
  /** At most one per non-empty bucket. */
  exemplars: Exemplar[];
}

export interface HeatmapSeries {
  labels: LabelPair[];
  slots: HeatmapSlot[];
}

export interface Series {
  labels: LabelPair[];
  points: SeriesPoint[];
  /** Only when asked for (SelectSeriesParams.exemplars). */
  exemplars?: ExemplarColumns;
}

export interface TimeRangeMs {
  start: number;
  end: number;
}

export interface SelectMergeStacktracesParams extends TimeRangeMs {
  profileTypeID: string;
  labelSelector: string;
  maxNodes?: number;
  spanSelector?: string[];
  profileIdSelector?: string[];
  traceIdSelector?: string[];
  /** Call-site frames (root first) to focus on: Pyroscope returns only stacks through them. */
  stackTraceSelector?: string[];
}

export interface SelectSeriesParams extends TimeRangeMs {
  profileTypeID: string;
  labelSelector: string;
  /** Seconds. */
  step: number;
  groupBy?: string[];
  limit?: number;
  aggregation?: 'sum' | 'average';
  /** Ask for each point's largest profile (Pyroscope 2; an older server ignores it). */
  exemplars?: boolean;
}

export interface SelectHeatmapParams extends TimeRangeMs {
  profileTypeID: string;
  labelSelector: string;
  /** Seconds. */
  step: number;
  kind: HeatmapKind;
  /** Each cell's largest profile or span. */
  exemplars: boolean;
  groupBy?: string[];
  limit?: number;
}
