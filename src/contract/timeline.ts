/**
 * The timeline a panel draws above its flame graph, as the datasource answers it: the query's
 * profile metric with each point's largest profile (exemplars), or a heatmap of every profile's or
 * span's total over time. One series: the timeline is of the whole query, not of its groups.
 */
import type { Exemplar, HeatmapKind, HeatmapSlot } from '../pyroscope/types';

export type TimelineKind = 'series' | HeatmapKind;

export interface TimelineRequest {
  kind: TimelineKind;
  /** At most this many steps over the range (the step is also at least the datasource's minimum). */
  columns: number;
  /** Grafana's interval for the panel (ms): the step is never finer. */
  intervalMs?: number;
  signal?: AbortSignal;
}

/** Where "Open trace" goes: a tracing datasource (Tempo, Jaeger, …) an admin picked in the config. */
export interface TracesTarget {
  uid: string;
  name: string;
  type: string;
}

interface TimelineCommon {
  /** Seconds per step (a heatmap's slot). */
  stepSeconds: number;
  /** The profile type's sample unit (Grafana's name): exemplar and heatmap values are in it. */
  sampleUnit: string;
  traces?: TracesTarget;
}

export interface SeriesTimeline extends TimelineCommon {
  kind: 'series';
  times: number[];
  /** Rates for cumulative types (cores, B/s), in `unit`, as the metrics query shows them. */
  values: number[];
  unit: string;
  exemplars: Exemplar[];
}

export interface HeatmapTimeline extends TimelineCommon {
  kind: HeatmapKind;
  /** Sorted by time; only slots with data. */
  slots: HeatmapSlot[];
}

/** The server cannot draw this kind (a heatmap without Pyroscope 2 storage): said, not failed. */
export interface UnsupportedTimeline {
  kind: 'unsupported';
  requested: TimelineKind;
  reason: string;
}

export type TimelineAnswer = SeriesTimeline | HeatmapTimeline | UnsupportedTimeline;

/** The step of a timeline: Grafana's rule for heatmaps, max(interval, min step, range / columns). */
export function timelineStepSeconds(rangeMs: number, minStepSeconds: number, columns: number): number {
  return Math.max(minStepSeconds, Math.ceil(rangeMs / 1000 / Math.max(1, columns)));
}
