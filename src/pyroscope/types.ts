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

export interface SeriesPoint {
  value: number;
  timestamp: number;
}

export interface Series {
  labels: LabelPair[];
  points: SeriesPoint[];
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
}
