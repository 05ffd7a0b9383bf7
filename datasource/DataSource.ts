import {
  DataFrame,
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
import { PyroscopeClient } from '../src/pyroscope/client';
import { unitOfProfileType } from '../src/units';
import type { ProfileType, TimeRangeMs } from '../src/pyroscope/types';
import { treeToNestedSetFrame } from '../src/frames/nestedSet';
import { interpolateSelector } from '../src/selector/interpolate';
import { Clock, systemClock } from '../src/time/clock';
import type { FlameGraphPatch, FlamelensDataSourceApi } from '../src/contract/datasource';
import { DEFAULT_QUERY, type FlamelensQuery, type VariableQuery } from '../src/contract/query';
import type { FlamelensOptions } from './types';
import { FlamelensVariableSupport } from './variables';
import { routePath } from './routes';
import { proxyTransport } from './transport';
import { parseDuration } from './duration';
import { framesOf, mergeParams } from './queryFrames';
import { AdHocFilter, queryDisplayText, scopedMatcher, withAdHocFilters } from './lookups';
import { healthCheck } from './healthCheck';
import { preferredFirst } from '../src/pyroscope/preferredType';
import { capabilitiesFrom, type ServerCapabilities } from '../src/contract/capabilities';

export class DataSource
  extends DataSourceApi<FlamelensQuery, FlamelensOptions>
  implements FlamelensDataSourceApi<FlamelensQuery>
{
  /** For lookups (types, labels, variables, Save & test). Queries get a client per run, see query(). */
  readonly client: PyroscopeClient;
  private readonly minStepSeconds: number;
  private readonly proxyUrl: string;
  private readonly route: string;
  private capabilitiesAnswer?: Promise<ServerCapabilities>;

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
    const adHoc = (request as { filters?: AdHocFilter[] }).filters ?? [];
    const targets = request.targets
      .filter((q) => this.filterQuery(q))
      .map((q) => this.applyTemplateVariables(q, request.scopedVars))
      // A profile type variable with no values yet (nothing ingested) means no data, not a 400.
      .filter((q) => q.profileTypeId.trim() !== '')
      .map((q) => (adHoc.length ? { ...q, labelSelector: withAdHocFilters(q.labelSelector, adHoc) } : q));
    const stepSeconds = Math.max(this.minStepSeconds, (request.intervalMs ?? 0) / 1000);
    const ctx = { client, range, stepSeconds, app: request.app, self: { uid: this.uid, name: this.name } };
    const jobs = targets.flatMap((q) => framesOf(q, ctx));
    try {
      const frames = (await Promise.all(jobs)).flat();
      return { data: frames, state: LoadingState.Done };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { data: [], state: LoadingState.Error, error: { message }, errors: [{ message }] };
    }
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
      ...mergeParams(i, range, patch.labelSelector ?? i.labelSelector),
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
    return this.client.selectMergeProfile(mergeParams(i, range));
  }

  /** The server's capabilities, asked once per instance (Save & test asks again). */
  capabilities(): Promise<ServerCapabilities> {
    this.capabilitiesAnswer ??= this.client.featureFlags().then(capabilitiesFrom, (e: unknown) => {
      // A failure (the server unreachable, say) is not an answer: ask again next time.
      this.capabilitiesAnswer = undefined;
      throw e;
    });
    return this.capabilitiesAnswer;
  }

  testDatasource(): Promise<TestDataSourceResponse> {
    this.capabilitiesAnswer = undefined;
    return healthCheck(this.client, this.now(), () => this.capabilities());
  }

  /** One line for query history and the inspector. */
  override getQueryDisplayText(q: FlamelensQuery): string {
    return queryDisplayText(q);
  }

  /** Profile types for the editor's picker, scoped to a time range. */
  getProfileTypes(start: number, end: number): Promise<ProfileType[]> {
    return this.client.profileTypes({ start, end });
  }

  /** Label names for the editor, scoped to a profile type, the selector so far and a range; no __ names. */
  async getLabelNames(profileTypeId: string, selector: string, range: TimeRangeMs): Promise<string[]> {
    const names = await this.client.labelNames([scopedMatcher(profileTypeId, selector)], range);
    return names.filter((n) => !n.startsWith('__'));
  }

  async getLabelValues(profileTypeId: string, selector: string, label: string, range: TimeRangeMs): Promise<string[]> {
    return this.client.labelValues(label, [scopedMatcher(profileTypeId, selector)], range);
  }

  /** Values of a dashboard variable query; label queries are scoped by profile type and selector. */
  async findVariableValues(
    q: VariableQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {}
  ): Promise<MetricFindValue[]> {
    const t = getTemplateSrv();
    if (q.type === 'profileType') {
      // The preferred type first: a variable without a (valid) saved value takes the first option.
      const types = preferredFirst(await this.client.profileTypes(range));
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
  static withAdHocFilters(selector: string, filters: AdHocFilter[]): string {
    return withAdHocFilters(selector, filters);
  }
}
