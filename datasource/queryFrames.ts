/**
 * What each query type asks Pyroscope and the frames it returns (frame shapes: src/contract).
 *
 *   profile       SelectMergeStacktraces            → one flame graph frame
 *   metrics       SelectSeries                      → time series frames (rates for cumulative types)
 *                 (SelectHeatmap with includeHeatmap → heatmap-cells frames; + an exemplar frame)
 *   comparison    two merges + each side's series   → baseline and comparison frames, two timelines
 *   diff          Diff                              → one diff frame
 *   tagBreakdown  SelectSeries grouped by a label   → one table frame with links per value
 */
import { FieldType, type DataFrame } from '@grafana/data';
import type { PyroscopeClient } from '../src/pyroscope/client';
import type { SelectMergeStacktracesParams, Series, TimeRangeMs } from '../src/pyroscope/types';
import type { TracesTarget } from '../src/contract/timeline';
import { metricsFrames } from './timeline';
import { diffTreesToNestedSetFrame, treeToNestedSetFrame } from '../src/frames/nestedSet';
import { seriesToFrames } from '../src/frames/series';
import { breakdownFrame, breakdownRows } from '../src/frames/breakdown';
import { rateInfo, unitOfProfileType } from '../src/units';
import { withCustom, type SideRole } from '../src/contract/frames';
import type { FlamelensQuery } from '../src/contract/query';
import { breakdownLinks, type LinkTarget } from './breakdownLinks';
import { parseDuration } from './duration';

/** What every query of one run shares. */
export interface RunContext {
  client: PyroscopeClient;
  range: TimeRangeMs;
  stepSeconds: number;
  /** Grafana's app the query runs in ('explore', 'dashboard', …). */
  app?: string;
  /** The datasource, for data links back to it. */
  self: LinkTarget;
  /** Where exemplars' "Open trace" links go (the config's traces datasource). */
  traces?: TracesTarget;
  /** Whether the server has heatmaps (asked once, from its capabilities). */
  heatmaps?: () => Promise<boolean>;
}

export function mergeParams(
  q: FlamelensQuery,
  range: TimeRangeMs,
  selector = q.labelSelector
): SelectMergeStacktracesParams {
  return {
    profileTypeID: q.profileTypeId,
    labelSelector: selector || '{}',
    start: range.start,
    end: range.end,
    maxNodes: q.maxNodes,
    spanSelector: q.spanSelector,
    traceIdSelector: q.traceIdSelector,
    profileIdSelector: q.profileIdSelector,
    stackTraceSelector: q.stackTraceSelector,
  };
}

/** The baseline side of a comparison or diff: its own selector and a range shifted back. */
function baselineOf(q: FlamelensQuery, range: TimeRangeMs): { selector: string; range: TimeRangeMs } {
  const shiftMs = q.baselineShift ? (parseDuration(q.baselineShift) ?? NaN) * 1000 : 0;
  if (Number.isNaN(shiftMs)) {
    throw new Error(`Baseline shift "${q.baselineShift}" is not a duration such as 1h, 1d or 1w`);
  }
  return {
    selector: q.baselineSelector || q.labelSelector || '{}',
    range: { start: range.start - shiftMs, end: range.end - shiftMs },
  };
}

/** The frames of one query: its requests run concurrently. */
export function framesOf(q: FlamelensQuery, ctx: RunContext): Array<Promise<DataFrame[]>> {
  const type = q.queryType ?? 'profile';
  const jobs: Array<Promise<DataFrame[]>> = [];
  // "both" is Explore's: in a dashboard panel it means the flame graph, as Grafana's own datasource does.
  if (type === 'profile' || type === 'both') {
    jobs.push(flameGraph(q, ctx));
  }
  if (type === 'metrics' || (type === 'both' && ctx.app === 'explore')) {
    jobs.push(metricsFrames(q, ctx, () => seriesOf(q, ctx, q.labelSelector, ctx.range, q.groupBy, q.limit)));
  }
  if (type === 'comparison') {
    jobs.push(comparison(q, ctx));
  }
  if (type === 'diff') {
    jobs.push(diff(q, ctx));
  }
  if (type === 'tagBreakdown') {
    jobs.push(tagBreakdown(q, ctx));
  }
  return jobs;
}

async function flameGraph(q: FlamelensQuery, { client, range }: RunContext): Promise<DataFrame[]> {
  const tree = await client.selectMergeStacktraces(mergeParams(q, range));
  if (!tree) {
    return [];
  }
  const custom = { profileTypeId: q.profileTypeId, labelSelector: q.labelSelector, start: range.start, end: range.end };
  return [treeToNestedSetFrame(tree, { unit: unitOfProfileType(q.profileTypeId), refId: q.refId, custom })];
}

function seriesOf(
  q: FlamelensQuery,
  { client, stepSeconds }: RunContext,
  selector: string,
  range: TimeRangeMs,
  groupBy: string[],
  limit?: number
): Promise<Series[]> {
  return client.selectSeries({
    profileTypeID: q.profileTypeId,
    labelSelector: selector || '{}',
    start: range.start,
    end: range.end,
    step: stepSeconds,
    groupBy,
    limit,
    exemplars: q.includeExemplars === true,
  });
}

async function metrics(
  q: FlamelensQuery,
  ctx: RunContext,
  selector: string,
  range: TimeRangeMs,
  groupBy: string[]
): Promise<DataFrame[]> {
  const series = await seriesOf({ ...q, includeExemplars: false }, ctx, selector, range, groupBy);
  return seriesToFrames(series, q.profileTypeId, ctx.stepSeconds, q.refId);
}

/**
 * Both sides' flame graphs, and each side's profile metric over its range: the timelines a
 * comparison view draws above each side, where picking a narrower window retargets that side.
 */
async function comparison(q: FlamelensQuery, ctx: RunContext): Promise<DataFrame[]> {
  const { client, range } = ctx;
  const base = baselineOf(q, range);
  // Each side's series is named for its side: two lines both called "cpu" cannot be told apart.
  const timeline = async (selector: string, r: TimeRangeMs, role: SideRole) => {
    const frames = await metrics(q, ctx, selector, r, []);
    const named = (name: string | undefined) => (frames.length === 1 || !name ? role : `${role}: ${name}`);
    return frames.map((f) =>
      withCustom(
        {
          ...f,
          name: `${role} timeline`,
          fields: f.fields.map((x) =>
            x.type === FieldType.number
              ? { ...x, config: { ...x.config, displayNameFromDS: named(x.config.displayNameFromDS) } }
              : x
          ),
        },
        { timelineOf: role }
      )
    );
  };
  const [left, right, leftSeries, rightSeries] = await Promise.all([
    client.selectMergeStacktraces(mergeParams(q, base.range, base.selector)),
    client.selectMergeStacktraces(mergeParams(q, range)),
    timeline(base.selector, base.range, 'baseline'),
    timeline(q.labelSelector, range, 'comparison'),
  ]);
  const unit = unitOfProfileType(q.profileTypeId);
  const frames: DataFrame[] = [...leftSeries, ...rightSeries];
  const side = (role: SideRole, selector: string, r: TimeRangeMs) => ({
    unit,
    refId: q.refId,
    name: role,
    custom: { role, profileTypeId: q.profileTypeId, labelSelector: selector, start: r.start, end: r.end },
  });
  if (left) {
    frames.push(treeToNestedSetFrame(left, side('baseline', base.selector, base.range)));
  }
  if (right) {
    frames.push(treeToNestedSetFrame(right, side('comparison', q.labelSelector, range)));
  }
  return frames;
}

async function diff(q: FlamelensQuery, { client, range }: RunContext): Promise<DataFrame[]> {
  const base = baselineOf(q, range);
  const d = await client.diff(mergeParams(q, base.range, base.selector), mergeParams(q, range));
  if (!d) {
    return [];
  }
  const custom = { baselineSelector: base.selector, comparisonSelector: q.labelSelector };
  return [
    diffTreesToNestedSetFrame(d.left, d.right, {
      unit: unitOfProfileType(q.profileTypeId),
      refId: q.refId,
      name: 'diff',
      custom,
    }),
  ];
}

async function tagBreakdown(q: FlamelensQuery, { client, range, stepSeconds, self }: RunContext): Promise<DataFrame[]> {
  const label = q.breakdownLabel;
  if (!label) {
    throw new Error('Tag breakdown needs a label to break down by (e.g. region)');
  }
  const series = await client.selectSeries({
    profileTypeID: q.profileTypeId,
    labelSelector: q.labelSelector || '{}',
    start: range.start,
    end: range.end,
    step: stepSeconds,
    groupBy: [label],
    limit: q.limit,
  });
  const rate = rateInfo(q.profileTypeId);
  const rows = breakdownRows(series, label, rate, stepSeconds);
  const units = { rate, sampleUnit: unitOfProfileType(q.profileTypeId) };
  return [breakdownFrame(rows, label, units, breakdownLinks(q, label, self, range), q.refId)];
}
