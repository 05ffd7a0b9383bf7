/**
 * Exemplars: the one profile (or span) that a SelectSeries point or a SelectHeatmap cell names, so a
 * user can open it. Shared by both methods; the rules are Pyroscope 2's (pkg/model/timeseries,
 * pkg/model/heatmap), each with its source in sandbox/README.md › Reproduced › Pyroscope.
 *
 * What an exemplar's labels keep, on a series grouped by region:
 *
 *   profile labels  {__name__=wall, __profile_type__=…, service_name=rides, region=eu, vehicle=car}
 *   exemplar labels {service_name=rides, vehicle=car}      (group_by names and `__` names dropped)
 *
 * One profile split into series by a dynamic label (vehicle=car, vehicle=bike) that lands twice in
 * the same point counts once: its values summed, its labels the ones all its series share.
 */
import { ExemplarType } from '../../src/pyroscope/gen/types/v1/types_pb';

/** Which exemplars a request asks for. */
export type ExemplarKind = 'none' | 'individual' | 'span';

export function exemplarKind(t: ExemplarType): ExemplarKind {
  return t === ExemplarType.INDIVIDUAL ? 'individual' : t === ExemplarType.SPAN ? 'span' : 'none';
}

export interface SandboxExemplar {
  timestampMs: number;
  /** The stored profile's id; "" for a span (Pyroscope leaves it empty there). */
  profileId: string;
  spanId: string;
  traceId: string;
  /** The profile's (or span's) own total, never an average. */
  value: number;
  labels: Record<string, string>;
}

/** A series' labels as its exemplars carry them: without the group_by names and `__` names. */
export function exemplarLabels(labels: Record<string, string>, groupBy: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) {
    if (!k.startsWith('__') && !groupBy.includes(k)) {
      out[k] = v;
    }
  }
  return out;
}

/** The labels both sets hold with the same value (Pyroscope's Labels.Intersect). */
export function intersectLabels(a: Record<string, string>, b: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(a)) {
    if (b[k] === v) {
      out[k] = v;
    }
  }
  return out;
}

/**
 * Adds a candidate to a point's (or a cell's) candidates: one entry per key (a profile; a profile's
 * span), so a profile met through several of its series counts once, values summed and labels
 * intersected (Pyroscope PR #4753; pkg/model/heatmap/points_builder.go does the same for heatmaps).
 */
export function mergeCandidate(into: Map<string, SandboxExemplar>, key: string, e: SandboxExemplar): void {
  const seen = into.get(key);
  if (!seen) {
    into.set(key, { ...e, labels: { ...e.labels } });
    return;
  }
  seen.value += e.value;
  seen.labels = intersectLabels(seen.labels, e.labels);
  seen.traceId ||= e.traceId;
}

/** Pyroscope's order of heatmap points: by time, then span id, trace id, profile id. */
export function compareCandidates(a: SandboxExemplar, b: SandboxExemplar): number {
  const str = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    a.timestampMs - b.timestampMs ||
    str(a.spanId, b.spanId) ||
    str(a.traceId, b.traceId) ||
    str(a.profileId, b.profileId)
  );
}

/**
 * The exemplar of a point or cell: the largest candidate (Pyroscope keeps one per point,
 * DefaultMaxExemplarsPerPoint = 1, and one per heatmap cell); on a tie the first in
 * compareCandidates order, so answers do not depend on the order profiles were read.
 */
export function largestOf(candidates: Iterable<SandboxExemplar>): SandboxExemplar[] {
  let best: SandboxExemplar | undefined;
  for (const e of candidates) {
    if (!best || e.value > best.value || (e.value === best.value && compareCandidates(e, best) < 0)) {
      best = e;
    }
  }
  return best ? [best] : [];
}

/** The exemplar as a types.v1.Exemplar message: int64 fields as bigint, labels sorted by name. */
export function exemplarMessage(e: SandboxExemplar) {
  return {
    timestamp: BigInt(Math.trunc(e.timestampMs)),
    profileId: e.profileId,
    spanId: e.spanId,
    traceId: e.traceId,
    value: BigInt(Math.trunc(e.value)),
    labels: Object.keys(e.labels)
      .sort()
      .map((name) => ({ name, value: e.labels[name] })),
  };
}
