import {
  DataFrame,
  DataQueryRequest,
  DataQueryResponse,
  DataSourceInstanceSettings,
  ScopedVars,
  TestDataSourceResponse,
} from '@grafana/data';
import { PyroscopeClient } from '../src/pyroscope/client';
import type { TimeRangeMs } from '../src/pyroscope/types';
import { Clock, systemClock } from '../src/time/clock';
import type {
  FlameGraphPatch,
  FlamelensDataSourceApi,
  FlamelensDataSourceExtras,
  FlamelensFunctionTables,
  FlamelensSources,
  FlamelensTimelines,
} from '../src/contract/datasource';
import type { TimelineAnswer, TimelineRequest, TracesTarget } from '../src/contract/timeline';
import { fetchTimeline } from './timeline';
import { tracesTarget } from './tracesTarget';
import { flameGraphFrame } from './panelFetches';
import { DEFAULT_QUERY, type FlamelensQuery } from '../src/contract/query';
import type { FlamelensOptions } from './types';
import { FlamelensVariableSupport } from './variables';
import { routePath } from './routes';
import { proxyTransport } from './transport';
import { parseDuration } from './duration';
import { mergeParams } from './queryFrames';
import { runQuery } from './runQuery';
import { PanelRequests } from './panelRequests';
import { AdHocFilter, queryDisplayText } from './lookups';
import { healthCheck } from './healthCheck';
import {
  capabilitiesFrom,
  hasCapability,
  mayHaveHeatmaps,
  OLDER_SERVER,
  type ServerCapabilities,
} from '../src/contract/capabilities';
import { serverFunctionTable, type ExactFunctionTable } from '../src/pyroscope/exactFunctions';

export class DataSource
  extends PanelRequests
  implements
    FlamelensDataSourceApi<FlamelensQuery>,
    FlamelensDataSourceExtras<FlamelensQuery>,
    FlamelensFunctionTables<FlamelensQuery>,
    FlamelensTimelines<FlamelensQuery>,
    FlamelensSources<FlamelensQuery>
{
  /** For lookups (types, labels, variables, Save & test). Queries get a client per run, see query(). */
  readonly client: PyroscopeClient;
  private readonly minStepSeconds: number;
  private readonly proxyUrl: string;
  private readonly route: string;
  private capabilitiesAnswer?: Promise<ServerCapabilities>;
  /** The traces datasource an admin picked, if it still exists. */
  readonly traces: () => TracesTarget | undefined;
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
    this.traces = () => tracesTarget(instanceSettings.jsonData?.tracesDatasourceUid);

    this.variables = new FlamelensVariableSupport(this);
  }

  override getDefaultQuery(): Partial<FlamelensQuery> {
    return DEFAULT_QUERY;
  }

  override filterQuery(q: FlamelensQuery): boolean {
    return !q.hide && Boolean(q.profileTypeId);
  }

  query(request: DataQueryRequest<FlamelensQuery>): Promise<DataQueryResponse> {
    return runQuery(request, {
      proxyUrl: this.proxyUrl,
      route: this.route,
      self: { uid: this.uid, name: this.name },
      client: this.client,
      minStepSeconds: this.minStepSeconds,
      traces: this.traces(),
      heatmaps: this.heatmaps,
      prepare: (q) =>
        this.filterQuery(q) ? this.applyTemplateVariables(q, request.scopedVars, request.filters) : undefined,
    });
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
    return flameGraphFrame(patch.signal ? this.cancellable(patch.signal) : this.client, i, range, patch);
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

  /** The panel's timeline: the profile metric with exemplars, or a heatmap (said when the server has none). */
  async fetchTimeline(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    request: TimelineRequest,
    filters: readonly AdHocFilter[] = []
  ): Promise<TimelineAnswer> {
    const i = this.applyTemplateVariables(q, scopedVars, filters);
    const [client, heatmaps] = [this.cancellable(request.signal), await this.heatmaps()];
    return fetchTimeline(client, i, range, this.minStepSeconds, request, this.traces(), heatmaps);
  }

  private readonly heatmaps = () =>
    this.capabilities()
      .catch(() => OLDER_SERVER)
      .then(mayHaveHeatmaps);

  /** A client whose requests have ids of their own, so a signal can cancel them. */
  private cancellable(signal?: AbortSignal): PyroscopeClient {
    return new PyroscopeClient(
      proxyTransport(this.proxyUrl, this.route, `flamelens-${this.uid}-${++this.patchCalls}-`, signal)
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
}
