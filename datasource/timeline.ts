/**
 * Exemplars and heatmaps: the panel's timeline (fetchTimeline) and the metrics query's extra frames
 * for Grafana's own time series and heatmap panels, with data links to the flame graph of one
 * profile or span and to its trace.
 */
import type { DataFrame, DataLink } from '@grafana/data';
import { ConnectError, type PyroscopeClient } from '../src/pyroscope/client';
import type { HeatmapKind, HeatmapSeries, Series, TimeRangeMs } from '../src/pyroscope/types';
import { exemplarColumns, exemplarsOf } from '../src/pyroscope/exemplarColumns';
import type { FlamelensQuery } from '../src/contract/query';
import {
  timelineStepSeconds,
  type TimelineAnswer,
  type TimelineRequest,
  type TracesTarget,
} from '../src/contract/timeline';
import { exemplarFrame } from '../src/frames/exemplars';
import { heatmapFrames } from '../src/frames/heatmap';
import { seriesToFrames } from '../src/frames/series';
import { perSecond, rateInfo, unitOfProfileType } from '../src/units';
import type { LinkTarget } from './breakdownLinks';

/** Grafana's heatmaps: at most 64 columns over the range. */
export const HEATMAP_COLUMNS = 64;

export const HEATMAP_UNSUPPORTED =
  'Heatmaps need Pyroscope 2 storage (SelectHeatmap), which this server does not have: showing the time series instead.';

const unsupported = (e: unknown) => e instanceof ConnectError && (e.code === 'unimplemented' || e.status === 404);

function heatmapParams(q: FlamelensQuery, range: TimeRangeMs, step: number, kind: HeatmapKind, exemplars: boolean) {
  return {
    profileTypeID: q.profileTypeId,
    labelSelector: q.labelSelector || '{}',
    ...range,
    step,
    kind,
    exemplars,
  };
}

/** The panel's timeline: the metric with exemplars, or a heatmap; a heatmap the server lacks is said. */
export async function fetchTimeline(
  client: PyroscopeClient,
  q: FlamelensQuery,
  range: TimeRangeMs,
  minStepSeconds: number,
  req: TimelineRequest,
  traces: TracesTarget | undefined,
  /** False when the server said it has no v2 storage: a heatmap is not asked for at all. */
  heatmaps = true
): Promise<TimelineAnswer> {
  const floor = Math.max(minStepSeconds, (req.intervalMs ?? 0) / 1000);
  const stepSeconds = timelineStepSeconds(range.end - range.start, floor, req.columns);
  const sampleUnit = unitOfProfileType(q.profileTypeId);
  if (req.kind === 'series') {
    const [series] = await client.selectSeries({
      profileTypeID: q.profileTypeId,
      labelSelector: q.labelSelector || '{}',
      ...range,
      step: stepSeconds,
      exemplars: true,
    });
    const info = rateInfo(q.profileTypeId);
    const points = series?.points ?? [];
    return {
      kind: 'series',
      stepSeconds,
      sampleUnit,
      traces,
      unit: info.unit,
      times: points.map((p) => p.timestamp),
      values: points.map((p) => perSecond(p.value, info, stepSeconds)),
      exemplars: exemplarsOf([series?.exemplars]),
    };
  }
  const unsupportedAnswer = {
    kind: 'unsupported',
    requested: req.kind,
    reason: HEATMAP_UNSUPPORTED.replace(/:.*$/, '.'),
  } as const;
  if (!heatmaps) {
    return unsupportedAnswer;
  }
  try {
    const [series] = await client.selectHeatmap(heatmapParams(q, range, stepSeconds, req.kind, true));
    return { kind: req.kind, stepSeconds, sampleUnit, traces, slots: series?.slots ?? [] };
  } catch (e) {
    if (unsupported(e)) {
      return unsupportedAnswer;
    }
    throw e;
  }
}

/** Data links of an exemplar frame: one profile's or span's flame graph here, the trace in the traces datasource. */
export function exemplarLinks(
  q: FlamelensQuery,
  self: LinkTarget,
  traces: TracesTarget | undefined,
  range: TimeRangeMs
): { profile: DataLink[]; span: DataLink[]; trace: DataLink[] } {
  const value = '${__value.raw}';
  const base = { refId: 'A', queryType: 'profile', profileTypeId: q.profileTypeId, labelSelector: q.labelSelector };
  const timeRange = { from: range.start, to: range.end };
  const here = (title: string, query: Partial<FlamelensQuery>): DataLink => ({
    title,
    url: '',
    internal: {
      datasourceUid: self.uid,
      datasourceName: self.name,
      query: { ...base, groupBy: [], ...query },
      range: { from: timeRange.from, to: timeRange.to, raw: timeRange } as never,
    },
  });
  return {
    profile: [here('Open this profile', { profileIdSelector: [value] })],
    span: [here('Open flame graph of this span', { spanSelector: [value] })],
    trace: traces
      ? [
          {
            title: 'Open trace',
            url: '',
            internal: {
              datasourceUid: traces.uid,
              datasourceName: traces.name,
              query: { refId: 'A', queryType: 'traceql', query: value },
            },
          },
        ]
      : [],
  };
}

export interface MetricsContext {
  client: PyroscopeClient;
  range: TimeRangeMs;
  stepSeconds: number;
  self: LinkTarget;
  traces?: TracesTarget;
  /** False when the server said it has no v2 storage: a heatmap is not asked for at all. */
  heatmaps?: () => Promise<boolean>;
}

/**
 * A metrics query's frames: the series (or a heatmap, which a server without it answers with the
 * series and a notice saying why) and, when asked, the exemplar frame.
 */
export async function metricsFrames(
  q: FlamelensQuery,
  ctx: MetricsContext,
  series: () => Promise<Series[]>
): Promise<DataFrame[]> {
  const { client, range, stepSeconds, self, traces } = ctx;
  const sampleUnit = unitOfProfileType(q.profileTypeId);
  const exemplars = q.includeExemplars === true;
  const links = exemplarLinks(q, self, traces, range);
  if (q.includeHeatmap && (await (ctx.heatmaps?.() ?? true))) {
    const step = Math.max(stepSeconds, timelineStepSeconds(range.end - range.start, stepSeconds, HEATMAP_COLUMNS));
    const kind = q.heatmapType === 'span' ? 'span' : 'individual';
    let heatmap: HeatmapSeries[] | undefined;
    try {
      heatmap = await client.selectHeatmap(heatmapParams(q, range, step, kind, exemplars));
    } catch (e) {
      if (!unsupported(e)) {
        throw e;
      }
    }
    if (heatmap) {
      const countName = kind === 'span' ? 'spans' : 'profiles';
      const frames = heatmapFrames(heatmap, { stepSeconds: step, unit: sampleUnit, refId: q.refId, countName });
      const all = exemplarColumns(heatmap.flatMap((s) => s.slots.flatMap((slot) => slot.exemplars)));
      return exemplars && all.length > 0
        ? [
            ...frames,
            exemplarFrame([all], {
              refId: q.refId,
              yOf: (v) => v,
              unit: sampleUnit,
              sampleUnit,
              links,
              ids: kind === 'span' ? ['span', 'trace'] : ['profile'],
            }),
          ]
        : frames;
    }
  }
  const got = await series();
  const frames = seriesToFrames(got, q.profileTypeId, stepSeconds, q.refId);
  if (q.includeHeatmap && frames.length > 0) {
    frames[0] = {
      ...frames[0],
      meta: { ...frames[0].meta, notices: [{ severity: 'info', text: HEATMAP_UNSUPPORTED }] },
    };
  }
  const info = rateInfo(q.profileTypeId);
  const found = exemplars ? got.map((s) => s.exemplars) : [];
  return found.some((c) => c && c.length > 0)
    ? [
        ...frames,
        exemplarFrame(found, {
          refId: q.refId,
          yOf: (v) => perSecond(v, info, stepSeconds),
          ids: ['profile'],
          unit: info.unit,
          sampleUnit,
          links,
        }),
      ]
    : frames;
}
