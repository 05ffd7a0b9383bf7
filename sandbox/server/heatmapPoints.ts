/**
 * The points of a heatmap, read from the store (Pyroscope's pkg/model/heatmap Builder and
 * points_builder.go): one per stored profile, or one per span of a profile.
 *
 *   INDIVIDUAL: y = the profile's total for the profile type; exemplar profileId = its id.
 *   SPAN:       y = the sum of the samples labelled span_id=X (legacy alias: profile_id=X);
 *               exemplar spanId = X, traceId = their trace_id, profileId = "" (as Pyroscope
 *               sends it), labels + span_name. Samples without a span id are not counted.
 *
 * A profile split into series by dynamic labels (vehicle=car, vehicle=bike) whose series land in
 * the same group is one point, its values summed and its labels the ones its series share.
 */
import { groupLabels, selectedViews, type LabelPair, type QueryScope, type SeriesView } from './querier';
import { ProfileStore } from './store';
import { compareCandidates, exemplarLabels, mergeCandidate, type SandboxExemplar } from './exemplars';
import type { HeatGroup, HeatmapParams } from './heatmap';

interface SpanTotal {
  value: number;
  traceId: string;
  spanName: string;
}

/** A view's spans: the sum of each span's samples for the view's profile type. */
function spansOf(store: ProfileStore, v: SeriesView): Map<string, SpanTotal> {
  const { profile: p, seriesSamples } = store.load(v.profile);
  const nTypes = p.sampleTypes.length;
  const samples = seriesSamples[v.seriesIndex];
  const n = samples ? samples.length : p.sampleCount;
  const out = new Map<string, SpanTotal>();
  for (let i = 0; i < n; i++) {
    const s = samples ? samples[i] : i;
    let spanId = '';
    let legacyId = '';
    let traceId = '';
    let spanName = '';
    for (let l = p.sampleLabelStart[s]; l < p.sampleLabelStart[s + 1]; l++) {
      const value = p.strings[p.labelStr[l]];
      switch (p.strings[p.labelKey[l]]) {
        case 'span_id':
          spanId = value;
          break;
        case 'profile_id':
          legacyId = value;
          break;
        case 'trace_id':
          traceId = value;
          break;
        case 'span_name':
          spanName = value;
          break;
      }
    }
    const id = spanId || legacyId;
    if (!id) {
      continue;
    }
    const t = out.get(id) ?? { value: 0, traceId: '', spanName: '' };
    t.value += p.sampleValues[s * nTypes + v.typeIndex];
    t.traceId ||= traceId;
    t.spanName ||= spanName;
    out.set(id, t);
  }
  return out;
}

/** Each group's points, sorted in Pyroscope's point order (time, span id, trace id, profile id). */
export function heatmapGroups(store: ProfileStore, scope: QueryScope, q: HeatmapParams, fromMs: number): HeatGroup[] {
  const groups = new Map<string, { labels: LabelPair[]; points: Map<string, SandboxExemplar> }>();
  for (const v of selectedViews(store, scope, q.labelSelector, q.profileTypeID, fromMs, q.end)) {
    const labels = groupLabels(v.labels, q.groupBy);
    const key = JSON.stringify(labels);
    let g = groups.get(key);
    if (!g) {
      g = { labels, points: new Map() };
      groups.set(key, g);
    }
    const { id, startMs } = v.profile;
    const own = exemplarLabels(v.labels, q.groupBy);
    if (q.kind === 'individual') {
      const point = { timestampMs: startMs, profileId: id, spanId: '', traceId: '', value: v.total, labels: own };
      mergeCandidate(g.points, id, point);
      continue;
    }
    for (const [spanId, t] of spansOf(store, v)) {
      const labels = t.spanName ? { ...own, span_name: t.spanName } : own;
      const point = { timestampMs: startMs, profileId: '', spanId, traceId: t.traceId, value: t.value, labels };
      mergeCandidate(g.points, JSON.stringify([id, spanId]), point);
    }
  }
  return [...groups.values()].map((g) => ({
    labels: g.labels,
    points: [...g.points.values()].sort(compareCandidates),
  }));
}
