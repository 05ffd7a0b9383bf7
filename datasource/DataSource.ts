import {
  DataFrame,
  DataLink,
  DataQueryRequest,
  DataQueryResponse,
  DataSourceApi,
  DataSourceInstanceSettings,
  LoadingState,
  MetricFindValue,
  ScopedVars,
  TestDataSourceResponse,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { ConnectError, PyroscopeClient } from '../src/pyroscope/client';
import { perSecond, rateInfo, unitOfProfileType } from '../src/units';
import type { ProfileType, SelectMergeStacktracesParams, TimeRangeMs } from '../src/pyroscope/types';
import { diffTreesToNestedSetFrame, treeToNestedSetFrame } from '../src/frames/nestedSet';
import { seriesToFrames } from '../src/frames/series';
import { breakdownFrame, breakdownRows } from '../src/frames/breakdown';
import { interpolateSelector } from '../src/selector/interpolate';
import { literalMatcher, withMatcher } from '../src/selector/selector';
import { DEFAULT_QUERY, FlamelensOptions, FlamelensQuery, VariableQuery } from './types';
import { FlamelensVariableSupport } from './variables';
import { routePath } from './routes';
import { proxyTransport } from './transport';
import { parseDuration } from './duration';
import { Clock, systemClock } from '../src/time/clock';
import { withCustom, type SideRole } from '../src/contract/frames';
import type { FlameGraphPatch, FlamelensDataSourceApi } from '../src/contract/datasource';

const withProfileType = (selector: string, profileTypeId: string) =>
  withMatcher(selector, { name: '__profile_type__', op: '=', value: profileTypeId });

export class DataSource
  extends DataSourceApi<FlamelensQuery, FlamelensOptions>
  implements FlamelensDataSourceApi<FlamelensQuery>
{
  /** For lookups (types, labels, variables, Save & test). Queries get a client per run, see query(). */
  readonly client: PyroscopeClient;
  private readonly minStepSeconds: number;
  private readonly proxyUrl: string;
  private readonly route: string;

  /** Grafana passes only the settings; tests may pin "now". */
  constructor(
    instanceSettings: DataSourceInstanceSettings<FlamelensOptions>,
    readonly now: Clock = systemClock
  ) {
    super(instanceSettings);
    this.route = routePath(instanceSettings.jsonData ?? {});
    this.proxyUrl = instanceSettings.url ?? '';
    this.client = new PyroscopeClient(proxyTransport(this.proxyUrl, this.route));
    this.minStepSeconds = parseDuration(instanceSettings.jsonData?.minStep ?? '15s') ?? 15;
    this.variables = new FlamelensVariableSupport(this);
  }

  override getDefaultQuery(): Partial<FlamelensQuery> {
    return DEFAULT_QUERY;
  }

  override filterQuery(q: FlamelensQuery): boolean {
    return !q.hide && Boolean(q.profileTypeId);
  }

  private interpolateSelector(selector: string | undefined, scopedVars: ScopedVars): string {
    const t = getTemplateSrv();
    return interpolateSelector(selector || '{}', (text, fmt) => t.replace(text, scopedVars, fmt));
  }

  /** Interpolates every field of a query with the dashboard's variables, escaped for where it lands. */
  applyTemplateVariables(q: FlamelensQuery, scopedVars: ScopedVars): FlamelensQuery {
    const t = getTemplateSrv();
    const list = (l?: string[]) =>
      l?.flatMap((s) => t.replace(s, scopedVars, 'csv').split(',')).filter((s) => s !== '');
    return {
      ...q,
      profileTypeId: t.replace(q.profileTypeId ?? '', scopedVars),
      labelSelector: this.interpolateSelector(q.labelSelector, scopedVars),
      baselineSelector: q.baselineSelector ? this.interpolateSelector(q.baselineSelector, scopedVars) : undefined,
      breakdownLabel: q.breakdownLabel ? t.replace(q.breakdownLabel, scopedVars) : undefined,
      groupBy: (q.groupBy ?? []).map((g) => t.replace(g, scopedVars)),
      spanSelector: list(q.spanSelector),
      traceIdSelector: list(q.traceIdSelector),
      profileIdSelector: list(q.profileIdSelector),
      stackTraceSelector: q.stackTraceSelector?.map((s) => t.replace(s, scopedVars)),
    };
  }

  override interpolateVariablesInQueries(queries: FlamelensQuery[], scopedVars: ScopedVars): FlamelensQuery[] {
    return queries.map((q) => this.applyTemplateVariables(q, scopedVars));
  }

  async query(request: DataQueryRequest<FlamelensQuery>): Promise<DataQueryResponse> {
    // Requests of this run carry ids tied to the panel (or Explore pane), so the next run of the
    // same panel cancels them.
    // Grafana gives dashboard panels a panelId and Explore panes a stable requestId (explore_<pane>);
    // without either, no cancellation (a shared id would make unrelated queries cancel each other).
    const owner =
      request.panelId !== undefined
        ? `panel${request.panelId}`
        : request.requestId?.startsWith('explore')
          ? request.requestId
          : undefined;
    const client = owner
      ? new PyroscopeClient(proxyTransport(this.proxyUrl, this.route, `flamelens-${this.uid}-${owner}-`))
      : this.client;
    const range = { start: request.range.from.valueOf(), end: request.range.to.valueOf() };
    const adHoc = (request as { filters?: Array<{ key: string; operator: string; value: string }> }).filters ?? [];
    const targets = request.targets
      .filter((q) => this.filterQuery(q))
      .map((q) => this.applyTemplateVariables(q, request.scopedVars))
      // A profile type variable with no values yet (nothing ingested) means no data, not a 400.
      .filter((q) => q.profileTypeId.trim() !== '')
      .map((q) => (adHoc.length ? { ...q, labelSelector: DataSource.withAdHocFilters(q.labelSelector, adHoc) } : q));
    const stepSeconds = Math.max(this.minStepSeconds, (request.intervalMs ?? 0) / 1000);
    // One query's requests run concurrently.
    const jobs: Array<Promise<DataFrame[]>> = [];
    for (const q of targets) {
      const type = q.queryType ?? 'profile';
      // "both" is Explore's: in a dashboard panel it means the flame graph, as Grafana's own datasource does.
      if (type === 'profile' || type === 'both') {
        jobs.push(this.flameGraph(client, q, range));
      }
      if (type === 'metrics' || (type === 'both' && request.app === 'explore')) {
        jobs.push(this.series(client, q, range, stepSeconds));
      }
      if (type === 'comparison') {
        jobs.push(this.comparison(client, q, range, stepSeconds));
      }
      if (type === 'diff') {
        jobs.push(this.diff(client, q, range));
      }
      if (type === 'tagBreakdown') {
        jobs.push(this.tagBreakdown(client, q, range, stepSeconds));
      }
    }
    try {
      const frames = (await Promise.all(jobs)).flat();
      return { data: frames, state: LoadingState.Done };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { data: [], state: LoadingState.Error, error: { message }, errors: [{ message }] };
    }
  }

  private mergeParams(q: FlamelensQuery, range: TimeRangeMs, selector = q.labelSelector): SelectMergeStacktracesParams {
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
  private baseline(q: FlamelensQuery, range: TimeRangeMs): { selector: string; range: TimeRangeMs } {
    const shiftMs = q.baselineShift ? (parseDuration(q.baselineShift) ?? NaN) * 1000 : 0;
    if (Number.isNaN(shiftMs)) {
      throw new Error(`Baseline shift "${q.baselineShift}" is not a duration such as 1h, 1d or 1w`);
    }
    return {
      selector: q.baselineSelector || q.labelSelector || '{}',
      range: { start: range.start - shiftMs, end: range.end - shiftMs },
    };
  }

  private async flameGraph(client: PyroscopeClient, q: FlamelensQuery, range: TimeRangeMs): Promise<DataFrame[]> {
    const tree = await client.selectMergeStacktraces(this.mergeParams(q, range));
    if (!tree) {
      return [];
    }
    return [
      treeToNestedSetFrame(tree, {
        unit: unitOfProfileType(q.profileTypeId),
        refId: q.refId,
        custom: { profileTypeId: q.profileTypeId, labelSelector: q.labelSelector, start: range.start, end: range.end },
      }),
    ];
  }

  /**
   * Both sides' flame graphs, and each side's profile metric over its range: the timelines a
   * comparison view draws above each side, where picking a narrower window retargets that side.
   */
  private async comparison(
    client: PyroscopeClient,
    q: FlamelensQuery,
    range: TimeRangeMs,
    step: number
  ): Promise<DataFrame[]> {
    const base = this.baseline(q, range);
    const timeline = async (selector: string, r: TimeRangeMs, role: SideRole) => {
      const series = await client.selectSeries({
        profileTypeID: q.profileTypeId,
        labelSelector: selector || '{}',
        start: r.start,
        end: r.end,
        step,
        groupBy: [],
      });
      return seriesToFrames(series, q.profileTypeId, step, q.refId).map((f) =>
        withCustom({ ...f, name: `${role} timeline` }, { timelineOf: role })
      );
    };
    const [left, right, leftSeries, rightSeries] = await Promise.all([
      client.selectMergeStacktraces(this.mergeParams(q, base.range, base.selector)),
      client.selectMergeStacktraces(this.mergeParams(q, range)),
      timeline(base.selector, base.range, 'baseline'),
      timeline(q.labelSelector, range, 'comparison'),
    ]);
    const unit = unitOfProfileType(q.profileTypeId);
    const frames: DataFrame[] = [...leftSeries, ...rightSeries];
    if (left) {
      frames.push(
        treeToNestedSetFrame(left, {
          unit,
          refId: q.refId,
          name: 'baseline',
          custom: {
            role: 'baseline',
            profileTypeId: q.profileTypeId,
            labelSelector: base.selector,
            start: base.range.start,
            end: base.range.end,
          },
        })
      );
    }
    if (right) {
      frames.push(
        treeToNestedSetFrame(right, {
          unit,
          refId: q.refId,
          name: 'comparison',
          custom: {
            role: 'comparison',
            profileTypeId: q.profileTypeId,
            labelSelector: q.labelSelector,
            start: range.start,
            end: range.end,
          },
        })
      );
    }
    return frames;
  }

  private async diff(client: PyroscopeClient, q: FlamelensQuery, range: TimeRangeMs): Promise<DataFrame[]> {
    const base = this.baseline(q, range);
    const d = await client.diff(this.mergeParams(q, base.range, base.selector), this.mergeParams(q, range));
    if (!d) {
      return [];
    }
    return [
      diffTreesToNestedSetFrame(d.left, d.right, {
        unit: unitOfProfileType(q.profileTypeId),
        refId: q.refId,
        name: 'diff',
        custom: { baselineSelector: base.selector, comparisonSelector: q.labelSelector },
      }),
    ];
  }

  private async series(
    client: PyroscopeClient,
    q: FlamelensQuery,
    range: TimeRangeMs,
    step: number
  ): Promise<DataFrame[]> {
    const series = await client.selectSeries({
      profileTypeID: q.profileTypeId,
      labelSelector: q.labelSelector || '{}',
      start: range.start,
      end: range.end,
      step,
      groupBy: q.groupBy,
      limit: q.limit,
    });
    return seriesToFrames(series, q.profileTypeId, step, q.refId);
  }

  private async tagBreakdown(
    client: PyroscopeClient,
    q: FlamelensQuery,
    range: TimeRangeMs,
    step: number
  ): Promise<DataFrame[]> {
    const label = q.breakdownLabel;
    if (!label) {
      throw new Error('Tag breakdown needs a label to break down by (e.g. region)');
    }
    const series = await client.selectSeries({
      profileTypeID: q.profileTypeId,
      labelSelector: q.labelSelector || '{}',
      start: range.start,
      end: range.end,
      step,
      groupBy: [label],
      limit: q.limit,
    });
    const info = rateInfo(q.profileTypeId);
    const scaled = series.map((s) => ({
      ...s,
      points: s.points.map((p) => ({ ...p, value: perSecond(p.value, info, step) })),
    }));
    const rows = breakdownRows(scaled, label);
    return [breakdownFrame(rows, label, info.unit, this.breakdownLinks(q, label), q.refId)];
  }

  /** Data links from a breakdown row to that value's flame graph, a comparison with the rest, and a diff. */
  private breakdownLinks(q: FlamelensQuery, label: string): DataLink[] {
    const value = '${__value.raw}';
    const only = withMatcher(q.labelSelector || '{}', { name: label, op: '=', value });
    const rest = withMatcher(q.labelSelector || '{}', { name: label, op: '!=', value });
    const base = { profileTypeId: q.profileTypeId, refId: 'A', groupBy: [], maxNodes: q.maxNodes };
    const link = (title: string, query: Partial<FlamelensQuery>): DataLink => ({
      title,
      url: '',
      internal: { datasourceUid: this.uid, datasourceName: this.name, query: { ...base, ...query } as FlamelensQuery },
    });
    return [
      link(`Flame graph of ${label}=\${__value.raw}`, { queryType: 'profile', labelSelector: only }),
      link(`Compare ${label}=\${__value.raw} with the rest`, {
        queryType: 'comparison',
        labelSelector: only,
        baselineSelector: rest,
      }),
      link(`Diff ${label}=\${__value.raw} against the rest`, {
        queryType: 'diff',
        labelSelector: only,
        baselineSelector: rest,
      }),
    ];
  }

  /**
   * One flame graph for an explicit range (absolute: no baseline shift), optionally with another
   * selector (a comparison side) or only the stacks through some call-site frames, with a node
   * budget of their own (opening up what the node limit folded into "other"). For panels;
   * undefined when empty.
   */
  async fetchFlameGraph(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    patch: FlameGraphPatch = {}
  ): Promise<DataFrame | undefined> {
    const i = this.applyTemplateVariables(q, scopedVars);
    const params = {
      ...this.mergeParams(i, range, patch.labelSelector ?? i.labelSelector),
      ...(patch.stackTraceSelector ? { stackTraceSelector: patch.stackTraceSelector } : {}),
      ...(patch.maxNodes ? { maxNodes: patch.maxNodes } : {}),
    };
    const tree = await this.client.selectMergeStacktraces(params);
    if (!tree) {
      return undefined;
    }
    return treeToNestedSetFrame(tree, {
      unit: unitOfProfileType(i.profileTypeId),
      refId: i.refId,
      custom: {
        profileTypeId: i.profileTypeId,
        labelSelector: params.labelSelector,
        start: range.start,
        end: range.end,
      },
    });
  }

  /**
   * The exact merged pprof (uncompressed) of a query over a range: every stack, not the truncated
   * tree, for exports.
   */
  async downloadProfile(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {}
  ): Promise<Uint8Array | undefined> {
    const i = this.applyTemplateVariables(q, scopedVars);
    return this.client.selectMergeProfile(this.mergeParams(i, range));
  }

  async testDatasource(): Promise<TestDataSourceResponse> {
    let types: ProfileType[];
    try {
      const now = this.now();
      types = await this.client.profileTypes({ start: now - 24 * 3600 * 1000, end: now });
    } catch (e) {
      return { status: 'error', message: e instanceof ConnectError || e instanceof Error ? e.message : String(e) };
    }
    if (types.length === 0) {
      return {
        status: 'success',
        message:
          'Connected to Pyroscope, but it holds no profiles for the last 24 hours yet: send some, then build a query.',
      };
    }
    return {
      status: 'success',
      message: `Connected to Pyroscope: ${types.length} profile type${types.length === 1 ? '' : 's'} found.`,
    };
  }

  /** One line for query history and the inspector. */
  override getQueryDisplayText(q: FlamelensQuery): string {
    const type = q.profileTypeId ? q.profileTypeId.split(':').slice(0, 2).join(' ') : 'no profile type';
    const extra =
      q.queryType === 'tagBreakdown'
        ? ` by ${q.breakdownLabel ?? '?'}`
        : q.queryType === 'comparison' || q.queryType === 'diff'
          ? ` vs ${q.baselineSelector || 'same selector'}${q.baselineShift ? ` ${q.baselineShift} earlier` : ''}`
          : q.groupBy?.length
            ? ` by ${q.groupBy.join(', ')}`
            : '';
    return `${q.queryType ?? 'profile'} ${type} ${q.labelSelector || '{}'}${extra}`;
  }

  /** Profile types for the editor's picker, scoped to a time range. */
  getProfileTypes(start: number, end: number): Promise<ProfileType[]> {
    return this.client.profileTypes({ start, end });
  }

  /** Label names for the editor, scoped to a profile type, the selector so far and a range; no __ names. */
  async getLabelNames(profileTypeId: string, selector: string, range: TimeRangeMs): Promise<string[]> {
    const names = await this.client.labelNames([this.scopedMatcher(profileTypeId, selector)], range);
    return names.filter((n) => !n.startsWith('__'));
  }

  async getLabelValues(profileTypeId: string, selector: string, label: string, range: TimeRangeMs): Promise<string[]> {
    return this.client.labelValues(label, [this.scopedMatcher(profileTypeId, selector)], range);
  }

  private scopedMatcher(profileTypeId: string, selector: string): string {
    let s = selector || '{}';
    try {
      s = profileTypeId ? withProfileType(s, profileTypeId) : s;
    } catch {
      s = profileTypeId ? `{__profile_type__="${profileTypeId}"}` : '{}';
    }
    return s;
  }

  /** Values of a dashboard variable query; label queries are scoped by profile type and selector. */
  async findVariableValues(
    q: VariableQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {}
  ): Promise<MetricFindValue[]> {
    const t = getTemplateSrv();
    if (q.type === 'profileType') {
      const types = await this.client.profileTypes(range);
      return types.map((p) => ({ text: `${p.name} - ${p.sampleType}`, value: p.ID }));
    }
    const selector = this.interpolateSelector(q.labelSelector, scopedVars);
    const typeId = q.profileTypeId ? t.replace(q.profileTypeId, scopedVars) : '';
    if (q.type === 'label') {
      return (await this.getLabelNames(typeId, selector, range)).map((n) => ({ text: n }));
    }
    const values = await this.getLabelValues(typeId, selector, t.replace(q.labelName, scopedVars), range);
    return values.map((v) => ({ text: v }));
  }

  /** Ad hoc filters: label names and values, merged into every query's selector. */
  override async getTagKeys(): Promise<MetricFindValue[]> {
    const now = this.now();
    return (await this.getLabelNames('', '{}', { start: now - 24 * 3600e3, end: now })).map((text) => ({ text }));
  }

  override async getTagValues(options: { key: string }): Promise<MetricFindValue[]> {
    const now = this.now();
    return (await this.getLabelValues('', '{}', options.key, { start: now - 24 * 3600e3, end: now })).map((text) => ({
      text,
    }));
  }

  /** Merges ad hoc filters into a selector (used by Grafana when the dashboard has ad hoc filters). */
  static withAdHocFilters(selector: string, filters: Array<{ key: string; operator: string; value: string }>): string {
    let s = selector || '{}';
    for (const f of filters) {
      const op = f.operator === '!=' || f.operator === '=~' || f.operator === '!~' ? f.operator : '=';
      s = withMatcher(
        s,
        op === '=' || op === '!=' ? literalMatcher(f.key, op, f.value) : { name: f.key, op, value: f.value }
      );
    }
    return s;
  }
}
