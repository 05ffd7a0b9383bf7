import {
  DataFrame,
  DataQueryRequest,
  DataQueryResponse,
  DataSourceApi,
  DataSourceGetTagKeysOptions,
  DataSourceGetTagValuesOptions,
  DataSourceInstanceSettings,
  LoadingState,
  MetricFindValue,
  ScopedVars,
  TestDataSourceResponse,
} from '@grafana/data';
import { PyroscopeClient } from '../src/pyroscope/client';
import type { ProfileType, TimeRangeMs } from '../src/pyroscope/types';
import { interpolateQuery } from './interpolateQuery';
import { Clock, systemClock } from '../src/time/clock';
import type {
  FlameGraphPatch,
  FlamelensDataSourceApi,
  FlamelensDataSourceExtras,
  FlamelensFunctionTables,
  LabelGrouping,
} from '../src/contract/datasource';
import { flameGraphFrame, labelGroupsFrame } from './panelFetches';
import { DEFAULT_QUERY, type FlamelensQuery } from '../src/contract/query';
import type { FlamelensOptions } from './types';
import { FlamelensVariableSupport } from './variables';
import { routePath } from './routes';
import { proxyTransport, requestOwner } from './transport';
import { parseDuration } from './duration';
import { framesOf, mergeParams } from './queryFrames';
import { AdHocFilter, checkSelectors, lookupRange, queryDisplayText, scopedMatcher, withAdHocFilters } from './lookups';
import { healthCheck } from './healthCheck';
import { capabilitiesFrom, hasCapability, OLDER_SERVER, type ServerCapabilities } from '../src/contract/capabilities';
import { serverFunctionTable, type ExactFunctionTable } from '../src/pyroscope/exactFunctions';

export class DataSource
  extends DataSourceApi<FlamelensQuery, FlamelensOptions>
  implements
    FlamelensDataSourceApi<FlamelensQuery>,
    FlamelensDataSourceExtras<FlamelensQuery>,
    FlamelensFunctionTables<FlamelensQuery>
{
  /** For lookups (types, labels, variables, Save & test). Queries get a client per run, see query(). */
  readonly client: PyroscopeClient;
  private readonly minStepSeconds: number;
  private readonly proxyUrl: string;
  private readonly route: string;
  private capabilitiesAnswer?: Promise<ServerCapabilities>;
  /** Numbers requests that can be cancelled, so each has an id of its own. */
  private patchCalls = 0;

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

  /**
   * Interpolates every field of a query with the dashboard's variables, escaped for where it lands,
   * and narrows both selectors (a comparison's baseline too) with the dashboard's ad hoc filters.
   */
  applyTemplateVariables(
    q: FlamelensQuery,
    scopedVars: ScopedVars,
    filters: readonly AdHocFilter[] = []
  ): FlamelensQuery {
    return interpolateQuery(q, scopedVars, filters);
  }

  override interpolateVariablesInQueries(
    queries: FlamelensQuery[],
    scopedVars: ScopedVars,
    filters?: AdHocFilter[]
  ): FlamelensQuery[] {
    return queries.map((q) => this.applyTemplateVariables(q, scopedVars, filters));
  }

  async query(request: DataQueryRequest<FlamelensQuery>): Promise<DataQueryResponse> {
    // Requests of this run carry ids tied to the panel (or Explore pane), so the next run of the
    // same panel cancels them.
    const owner = requestOwner(request);
    const client = owner
      ? new PyroscopeClient(proxyTransport(this.proxyUrl, this.route, `flamelens-${this.uid}-${owner}-`))
      : this.client;
    const range = { start: request.range.from.valueOf(), end: request.range.to.valueOf() };
    const stepSeconds = Math.max(this.minStepSeconds, (request.intervalMs ?? 0) / 1000);
    const ctx = { client, range, stepSeconds, app: request.app, self: { uid: this.uid, name: this.name } };
    try {
      const targets = request.targets
        .filter((q) => this.filterQuery(q))
        .map((q) => this.applyTemplateVariables(q, request.scopedVars, request.filters))
        // A profile type variable with no values yet (nothing ingested) means no data, not a 400.
        .filter((q) => q.profileTypeId.trim() !== '');
      await checkSelectors(targets);
      const jobs = targets.flatMap((q) => framesOf(q, ctx));
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
    patch: FlameGraphPatch = {},
    filters: readonly AdHocFilter[] = []
  ): Promise<DataFrame | undefined> {
    const i = this.applyTemplateVariables(q, scopedVars, filters);
    const client = patch.signal
      ? new PyroscopeClient(
          proxyTransport(this.proxyUrl, this.route, `flamelens-${this.uid}-${++this.patchCalls}-`, patch.signal)
        )
      : this.client;
    return flameGraphFrame(client, i, range, patch);
  }

  /**
   * The exact merged pprof (uncompressed) of a query over a range: every stack, not the truncated
   * tree, for exports.
   */
  async downloadProfile(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    filters: readonly AdHocFilter[] = []
  ): Promise<Uint8Array | undefined> {
    const i = this.applyTemplateVariables(q, scopedVars, filters);
    return this.client.selectMergeProfile(mergeParams(i, range));
  }

  /** Label names of a query's profiles over a range, for the panel's "group by" picker. */
  async labelNamesOf(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    filters: readonly AdHocFilter[] = []
  ): Promise<string[]> {
    const i = this.applyTemplateVariables(q, scopedVars, filters);
    return this.getLabelNames(i.profileTypeId, i.labelSelector || '{}', range);
  }

  /** The query's flame graph grouped by a label's top values, the others as one group (exact totals). */
  async fetchLabelGroups(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    grouping: LabelGrouping,
    filters: readonly AdHocFilter[] = []
  ): Promise<DataFrame | undefined> {
    return labelGroupsFrame(this.client, this.applyTemplateVariables(q, scopedVars, filters), range, grouping);
  }

  /** The server's exact function table; undefined when it has none (the panel computes it from the pprof). */
  async fetchFunctionTable(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    filters: readonly AdHocFilter[] = []
  ): Promise<ExactFunctionTable | undefined> {
    const tables = hasCapability(await this.capabilities().catch(() => OLDER_SERVER), 'functionProjections');
    return serverFunctionTable(
      this.client,
      mergeParams(this.applyTemplateVariables(q, scopedVars, filters), range),
      tables
    );
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

  /**
   * Label names for the ad hoc filter picker: over the dashboard's range when Grafana gives it (the
   * last 24 hours otherwise), among the profiles the other filters already leave.
   */
  override async getTagKeys(options?: DataSourceGetTagKeysOptions<FlamelensQuery>): Promise<MetricFindValue[]> {
    const selector = withAdHocFilters('{}', options?.filters ?? []);
    return (await this.getLabelNames('', selector, lookupRange(options?.timeRange, this.now()))).map((text) => ({
      text,
    }));
  }

  /** Values of one label for the ad hoc filter picker, scoped like getTagKeys. */
  override async getTagValues(options: DataSourceGetTagValuesOptions<FlamelensQuery>): Promise<MetricFindValue[]> {
    // The filter being edited is not a constraint on its own values.
    const others = (options.filters ?? []).filter((f) => f.key !== options.key);
    const selector = withAdHocFilters('{}', others);
    return (await this.getLabelValues('', selector, options.key, lookupRange(options.timeRange, this.now()))).map(
      (text) => ({
        text,
      })
    );
  }
}
