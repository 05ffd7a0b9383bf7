/**
 * The querier: Pyroscope's query semantics over the profiles in the store, computed from what
 * was ingested. A "series" is a stored profile viewed through one of its profile types, with the
 * virtual label __profile_type__ added, so selectors and profile type ids filter the same way
 * Pyroscope's do.
 */
import { Matcher, matcherTest, parseSelector } from '../../src/selector/selector';
import { re2 } from '../../src/regex/re2';
import { CallTree, NameTable, TreeBuilder } from '../../src/tree/callTree';
import { findPath } from '../../src/tree/paths';
import { parseProfileTypeId } from '../../src/units';
import { appendPprof } from '../../src/pprof/toTree';
import type { PprofProfile } from '../../src/pprof/profile';
import { truncateTree } from '../../src/tree/truncate';
import { focusSubtree } from '../../src/tree/transform';
import { diffTrees } from '../../src/tree/diff';
import { ProfileStore, StoredProfile } from './store';
import { exemplarLabels, largestOf, mergeCandidate, type ExemplarKind, type SandboxExemplar } from './exemplars';

export const DEFAULT_MAX_NODES = 8192;
export const MAX_MAX_NODES = 1_048_576;
/** Points per series at most (Prometheus's limit, 11,000): a tiny step must not make a huge answer. */
export const MAX_SERIES_POINTS = 11_000;

/** Pyroscope's rule: absent or 0 → the default; above the maximum → the maximum. */
export function effectiveMaxNodes(requested: number | undefined): number {
  if (!requested || requested <= 0) {
    return DEFAULT_MAX_NODES;
  }
  return Math.min(requested, MAX_MAX_NODES);
}

/** Who asks, and how label names reach them. */
export interface QueryScope {
  tenant: string;
  /**
   * Label names as they were ingested (service.name), for a client that opted in to UTF-8 label
   * names on a server that has them; otherwise sanitised as Pyroscope 1 stored them (service_name).
   */
  utf8LabelNames: boolean;
}

/**
 * A label name as Pyroscope 1 sanitised it: every character outside [A-Za-z0-9_] becomes "_",
 * and a leading digit gets a "_" before it.
 *
 *   service.name → service_name        k8s.pod.name → k8s_pod_name        2xx → _2xx
 */
export function sanitizeLabelName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(s) ? `_${s}` : s;
}

function sanitizedLabels(labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) {
    out[sanitizeLabelName(k)] = v;
  }
  return out;
}

export class QueryError extends Error {
  constructor(
    readonly code: 'invalid_argument' | 'not_found',
    message: string
  ) {
    super(message);
  }
}

function selector(text: string): Matcher[] {
  try {
    return parseSelector(text || '{}', { regex: re2 });
  } catch (e) {
    throw new QueryError('invalid_argument', `invalid label selector ${JSON.stringify(text)}: ${(e as Error).message}`);
  }
}

export interface SeriesView {
  profile: StoredProfile;
  typeIndex: number;
  labels: Record<string, string>;
  /** Which of the profile's series (its samples are found when the profile is decoded). */
  seriesIndex: number;
  total: number;
}

function views(store: ProfileStore, scope: QueryScope, start: number, end: number): SeriesView[] {
  const out: SeriesView[] = [];
  for (const p of store.profiles(scope.tenant)) {
    if (p.endMs < start || p.startMs > end) {
      continue;
    }
    p.series.forEach((s, seriesIndex) =>
      p.typeIds.forEach((typeId, typeIndex) =>
        out.push({
          profile: p,
          typeIndex,
          labels: { ...(scope.utf8LabelNames ? s.labels : sanitizedLabels(s.labels)), __profile_type__: typeId },
          seriesIndex,
          total: s.totals[typeIndex],
        })
      )
    );
  }
  return out;
}

/** The views whose labels satisfy every matcher; each regex is compiled once, on RE2 (linear time). */
function selected(vs: SeriesView[], matchers: Matcher[]): SeriesView[] {
  const tests = matchers.map((m) => ({ name: m.name, test: matcherTest(m, re2) }));
  return vs.filter((v) => tests.every((t) => t.test(v.labels[t.name] ?? '')));
}

const typeMatcher = (profileTypeId: string): Matcher => ({ name: '__profile_type__', op: '=', value: profileTypeId });

/** The series views of one profile type that a label selector picks over [start, end]. */
export function selectedViews(
  store: ProfileStore,
  scope: QueryScope,
  labelSelector: string,
  profileTypeID: string,
  start: number,
  end: number
): SeriesView[] {
  return selected(views(store, scope, start, end), [...selector(labelSelector), typeMatcher(profileTypeID)]);
}

/** A view's group: its value of each group_by label, in the request's order ("" where it has none). */
export function groupLabels(labels: Record<string, string>, groupBy: readonly string[]): LabelPair[] {
  return groupBy.map((name) => ({ name, value: labels[name] ?? '' }));
}

export interface LabelPair {
  name: string;
  value: string;
}

export interface ProfileTypeInfo {
  ID: string;
  name: string;
  sampleType: string;
  sampleUnit: string;
  periodType: string;
  periodUnit: string;
}

export function profileTypes(store: ProfileStore, scope: QueryScope, start: number, end: number): ProfileTypeInfo[] {
  const ids = new Set<string>();
  for (const v of views(store, scope, start, end)) {
    ids.add(v.labels.__profile_type__);
  }
  return [...ids].sort().map((ID) => ({ ID, ...parseProfileTypeId(ID) }));
}

function matcherSets(texts: string[]): Matcher[][] {
  return texts.length === 0 ? [[]] : texts.map(selector);
}

export function labelNames(
  store: ProfileStore,
  scope: QueryScope,
  matcherTexts: string[],
  start: number,
  end: number
): string[] {
  const names = new Set<string>();
  const vs = views(store, scope, start, end);
  for (const ms of matcherSets(matcherTexts)) {
    for (const v of selected(vs, ms)) {
      Object.keys(v.labels).forEach((k) => names.add(k));
    }
  }
  return [...names].sort();
}

export function labelValues(
  store: ProfileStore,
  scope: QueryScope,
  name: string,
  matcherTexts: string[],
  start: number,
  end: number
): string[] {
  const values = new Set<string>();
  const vs = views(store, scope, start, end);
  for (const ms of matcherSets(matcherTexts)) {
    for (const v of selected(vs, ms)) {
      const value = v.labels[name];
      if (value !== undefined && value !== '') {
        values.add(value);
      }
    }
  }
  return [...values].sort();
}

export function series(
  store: ProfileStore,
  scope: QueryScope,
  matcherTexts: string[],
  names: string[],
  start: number,
  end: number
): Array<Array<{ name: string; value: string }>> {
  const seen = new Map<string, Array<{ name: string; value: string }>>();
  const vs = views(store, scope, start, end);
  for (const ms of matcherSets(matcherTexts)) {
    for (const v of selected(vs, ms)) {
      const pairs = Object.entries(v.labels)
        .filter(([k]) => names.length === 0 || names.includes(k))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, value]) => ({ name, value }));
      seen.set(JSON.stringify(pairs), pairs);
    }
  }
  return [...seen.values()];
}

export interface MergeParams {
  profileTypeID: string;
  labelSelector: string;
  start: number;
  end: number;
  spanSelector?: string[];
  profileIdSelector?: string[];
  traceIdSelector?: string[];
  /** Call-site frames, root first: only stacks through them (a tree is rooted there). */
  callSite?: string[];
}

/** One stored series' part of a merge: its profile, the sample type asked for, which samples. */
export interface SelectedSamples {
  profile: PprofProfile;
  sampleType: number;
  samples: Int32Array | undefined;
  labelAnyOf?: { key: string; values: ReadonlySet<string> };
}

/**
 * What a merge query selects: the profile type, label selector and range pick the series; the
 * profile ids keep only those profiles; the span ids (else the trace ids) only the samples
 * labelled with one of them. The call site is left to the caller: a tree re-roots there, a pprof
 * keeps whole stacks.
 */
export function* selectedSamples(store: ProfileStore, scope: QueryScope, q: MergeParams): Generator<SelectedSamples> {
  if (!q.profileTypeID) {
    throw new QueryError('invalid_argument', 'profile_typeID is required');
  }
  const ms = [...selector(q.labelSelector), typeMatcher(q.profileTypeID)];
  const spans = q.spanSelector?.length ? new Set(q.spanSelector) : undefined;
  const traces = q.traceIdSelector?.length ? new Set(q.traceIdSelector) : undefined;
  const ids = q.profileIdSelector?.length ? new Set(q.profileIdSelector) : undefined;
  const labelAnyOf = spans
    ? { key: 'span_id', values: spans }
    : traces
      ? { key: 'trace_id', values: traces }
      : undefined;
  for (const v of selected(views(store, scope, q.start, q.end), ms)) {
    if (ids && !ids.has(v.profile.id)) {
      continue;
    }
    const decoded = store.load(v.profile);
    yield {
      profile: decoded.profile,
      sampleType: v.typeIndex,
      samples: decoded.seriesSamples[v.seriesIndex],
      ...(labelAnyOf ? { labelAnyOf } : {}),
    };
  }
}

/** The full merged tree of a query (not truncated). */
export function mergedTree(store: ProfileStore, scope: QueryScope, q: MergeParams): CallTree {
  const builder = new TreeBuilder('total', new NameTable(['total']));
  for (const s of selectedSamples(store, scope, q)) {
    appendPprof(builder, s.profile, s);
  }
  let tree = builder.build();
  if (q.callSite?.length) {
    const node = findPath(tree, q.callSite);
    if (node < 0) {
      return new TreeBuilder().build();
    }
    tree = focusSubtree(tree, node);
  }
  return tree;
}

export function selectMergeStacktraces(
  store: ProfileStore,
  scope: QueryScope,
  q: MergeParams,
  maxNodes: number | undefined
): CallTree {
  return truncateTree(mergedTree(store, scope, q), effectiveMaxNodes(maxNodes));
}

export function diff(
  store: ProfileStore,
  scope: QueryScope,
  left: MergeParams,
  right: MergeParams,
  maxNodes: number | undefined
): { left: CallTree; right: CallTree } {
  const l = truncateTree(mergedTree(store, scope, left), effectiveMaxNodes(maxNodes));
  const r = truncateTree(mergedTree(store, scope, right), effectiveMaxNodes(maxNodes));
  return diffTrees(l, r);
}

/** What SelectSeries and SelectHeatmap are both asked: a query over a range, by step, grouped, top N. */
export interface StepQueryParams {
  profileTypeID: string;
  labelSelector: string;
  start: number;
  end: number;
  /** Seconds. */
  step: number;
  groupBy: string[];
  limit?: number;
}

export interface SeriesParams extends StepQueryParams {
  aggregation: 'sum' | 'average';
  /** 'individual': each point names its largest profile; 'span' is refused (SelectHeatmap serves it). */
  exemplars?: ExemplarKind;
}

export interface SeriesPoint {
  value: number;
  timestamp: number;
  exemplars?: SandboxExemplar[];
}

export function selectSeries(
  store: ProfileStore,
  scope: QueryScope,
  q: SeriesParams
): Array<{ labels: LabelPair[]; points: SeriesPoint[] }> {
  if (q.exemplars === 'span') {
    throw new QueryError('invalid_argument', 'exemplar type SPAN is only served by SelectHeatmap (query_type SPAN)');
  }
  if (!(q.step > 0) || !Number.isFinite(q.step)) {
    throw new QueryError('invalid_argument', `step must be a positive number of seconds, got ${q.step}`);
  }
  const points = (q.end - q.start) / (q.step * 1000);
  if (!(points <= MAX_SERIES_POINTS)) {
    throw new QueryError(
      'invalid_argument',
      `step ${q.step}s over this range would make ${points.toPrecision(3)} points per series, more than ${MAX_SERIES_POINTS}: use a larger step`
    );
  }
  const stepMs = q.step * 1000;
  const withExemplars = q.exemplars === 'individual';
  type Bucket = { sum: number; n: number; profiles: Map<string, SandboxExemplar> };
  const groups = new Map<string, { labels: LabelPair[]; buckets: Map<number, Bucket> }>();
  for (const v of selectedViews(store, scope, q.labelSelector, q.profileTypeID, q.start, q.end)) {
    const labels = groupLabels(v.labels, q.groupBy);
    const key = JSON.stringify(labels);
    let g = groups.get(key);
    if (!g) {
      g = { labels, buckets: new Map() };
      groups.set(key, g);
    }
    const ts = Math.floor(v.profile.startMs / stepMs) * stepMs;
    const b = g.buckets.get(ts) ?? { sum: 0, n: 0, profiles: new Map<string, SandboxExemplar>() };
    b.sum += v.total;
    b.n += 1;
    if (withExemplars) {
      const { profile } = v;
      mergeCandidate(b.profiles, profile.id, {
        timestampMs: profile.startMs,
        profileId: profile.id,
        spanId: '',
        traceId: '',
        value: v.total,
        labels: exemplarLabels(v.labels, q.groupBy),
      });
    }
    g.buckets.set(ts, b);
  }
  let out = [...groups.values()].map((g) => ({
    labels: g.labels,
    points: [...g.buckets.entries()]
      .sort(([a], [b]) => a - b)
      .map(([timestamp, b]): SeriesPoint => {
        const value = q.aggregation === 'average' ? b.sum / b.n : b.sum;
        return withExemplars ? { timestamp, value, exemplars: largestOf(b.profiles.values()) } : { timestamp, value };
      }),
  }));
  if (q.limit && q.limit > 0 && out.length > q.limit) {
    const total = (s: (typeof out)[number]) => s.points.reduce((a, p) => a + p.value, 0);
    out = out.sort((a, b) => total(b) - total(a)).slice(0, q.limit);
  }
  return out;
}
