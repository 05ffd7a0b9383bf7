import {
  DataFrame,
  DataQueryRequest,
  DataQueryResponse,
  DataSourceApi,
  DataSourceInstanceSettings,
  FieldType,
  LoadingState,
  MetricFindValue,
  ScopedVars,
  TestDataSourceResponse,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { ConnectError, PyroscopeClient, unitOfProfileType } from '../src/pyroscope/client';
import type { ProfileType, Series, TimeRangeMs } from '../src/pyroscope/types';
import { treeToNestedSetFrame } from '../src/frames/nestedSet';
import { DEFAULT_QUERY, FlamelensOptions, FlamelensQuery, VariableQuery } from './types';
import { FlamelensVariableSupport } from './variables';
import { routePath } from './routes';
import { proxyTransport } from './transport';
import { parseDuration } from './duration';
import { interpolateSelector } from '../src/selector/interpolate';

export class DataSource extends DataSourceApi<FlamelensQuery, FlamelensOptions> {
  readonly client: PyroscopeClient;
  private readonly minStepSeconds: number;

  constructor(instanceSettings: DataSourceInstanceSettings<FlamelensOptions>) {
    super(instanceSettings);
    const route = routePath(instanceSettings.jsonData ?? {});
    this.client = new PyroscopeClient(proxyTransport(instanceSettings.url ?? '', route));
    this.minStepSeconds = parseDuration(instanceSettings.jsonData?.minStep ?? '15s') ?? 15;
    this.variables = new FlamelensVariableSupport(this);
  }

  /** Values of a dashboard variable query; label queries are scoped by profile type and selector. */
  async findVariableValues(q: VariableQuery, range: TimeRangeMs, scopedVars: ScopedVars = {}): Promise<MetricFindValue[]> {
    const t = getTemplateSrv();
    if (q.type === 'profileType') {
      const types = await this.client.profileTypes(range);
      return types.map((p) => ({ text: `${p.name} - ${p.sampleType}`, value: p.ID }));
    }
    const selector = interpolateSelector(q.labelSelector || '{}', (text, fmt) => t.replace(text, scopedVars, fmt as (v: unknown) => string));
    const typeId = q.profileTypeId ? t.replace(q.profileTypeId, scopedVars) : '';
    const matcher = typeId ? withProfileType(selector, typeId) : selector;
    if (q.type === 'label') {
      const names = await this.client.labelNames([matcher], range);
      return names.filter((n) => !n.startsWith('__')).map((n) => ({ text: n }));
    }
    const values = await this.client.labelValues(t.replace(q.labelName, scopedVars), [matcher], range);
    return values.map((v) => ({ text: v }));
  }

  override getDefaultQuery(): Partial<FlamelensQuery> {
    return DEFAULT_QUERY;
  }

  override filterQuery(q: FlamelensQuery): boolean {
    return !q.hide && Boolean(q.profileTypeId);
  }

  /** Interpolates every string field of a query with the dashboard's variables. */
  applyTemplateVariables(q: FlamelensQuery, scopedVars: ScopedVars): FlamelensQuery {
    const t = getTemplateSrv();
    return {
      ...q,
      profileTypeId: t.replace(q.profileTypeId ?? '', scopedVars),
      labelSelector: interpolateSelector(q.labelSelector || '{}', (text, fmt) => t.replace(text, scopedVars, fmt as (v: unknown) => string)),
      spanSelector: q.spanSelector?.map((s) => t.replace(s, scopedVars)),
      traceIdSelector: q.traceIdSelector?.map((s) => t.replace(s, scopedVars)),
      profileIdSelector: q.profileIdSelector?.map((s) => t.replace(s, scopedVars)),
    };
  }

  async query(request: DataQueryRequest<FlamelensQuery>): Promise<DataQueryResponse> {
    const start = request.range.from.valueOf();
    const end = request.range.to.valueOf();
    const targets = request.targets.filter((q) => this.filterQuery(q)).map((q) => this.applyTemplateVariables(q, request.scopedVars));
    const stepSeconds = Math.max(this.minStepSeconds, (request.intervalMs ?? 0) / 1000);
    const jobs: Array<Promise<DataFrame[]>> = [];
    for (const q of targets) {
      const type = q.queryType ?? 'profile';
      if (type === 'profile' || type === 'both') {
        jobs.push(this.flameGraph(q, start, end));
      }
      if (type === 'metrics' || type === 'both') {
        jobs.push(this.series(q, start, end, stepSeconds));
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

  private async flameGraph(q: FlamelensQuery, start: number, end: number): Promise<DataFrame[]> {
    const tree = await this.client.selectMergeStacktraces({
      profileTypeID: q.profileTypeId,
      labelSelector: q.labelSelector || '{}',
      start,
      end,
      maxNodes: q.maxNodes,
      spanSelector: q.spanSelector,
      traceIdSelector: q.traceIdSelector,
      profileIdSelector: q.profileIdSelector,
    });
    if (!tree) {
      return [];
    }
    return [treeToNestedSetFrame(tree, { unit: unitOfProfileType(q.profileTypeId), refId: q.refId })];
  }

  private async series(q: FlamelensQuery, start: number, end: number, step: number): Promise<DataFrame[]> {
    const series = await this.client.selectSeries({
      profileTypeID: q.profileTypeId,
      labelSelector: q.labelSelector || '{}',
      start,
      end,
      step,
      groupBy: q.groupBy,
      limit: q.limit,
    });
    const unit = unitOfProfileType(q.profileTypeId);
    const sampleType = q.profileTypeId.split(':')[1] ?? 'value';
    return series.map((s) => seriesFrame(s, q.refId, sampleType, unit));
  }

  async testDatasource(): Promise<TestDataSourceResponse> {
    let types: ProfileType[];
    try {
      const now = Date.now();
      types = await this.client.profileTypes({ start: now - 24 * 3600 * 1000, end: now });
    } catch (e) {
      return { status: 'error', message: e instanceof ConnectError || e instanceof Error ? e.message : String(e) };
    }
    if (types.length === 0) {
      return { status: 'success', message: 'Connected to Pyroscope, but it holds no profiles for the last 24 hours yet: send some, then build a query.' };
    }
    return { status: 'success', message: `Connected to Pyroscope: ${types.length} profile type${types.length === 1 ? '' : 's'} found.` };
  }

  /** Profile types for the editor's picker, scoped to a time range. */
  getProfileTypes(start: number, end: number): Promise<ProfileType[]> {
    return this.client.profileTypes({ start, end });
  }
}

function seriesFrame(s: Series, refId: string, sampleType: string, unit: string): DataFrame {
  const labels = Object.fromEntries(s.labels.filter((l) => !l.name.startsWith('__')).map((l) => [l.name, l.value]));
  const displayName = Object.keys(labels).length > 0 ? Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ') : sampleType;
  return {
    name: 'series',
    refId,
    length: s.points.length,
    meta: { preferredVisualisationType: 'graph' },
    fields: [
      { name: 'time', type: FieldType.time, values: s.points.map((p) => p.timestamp), config: {} },
      { name: sampleType, type: FieldType.number, values: s.points.map((p) => p.value), labels, config: { unit, displayNameFromDS: displayName } },
    ],
  };
}

/** Adds the profile type as Pyroscope's __profile_type__ matcher to a selector. */
function withProfileType(selector: string, profileTypeId: string): string {
  const inner = selector.trim().replace(/^\{/, '').replace(/\}$/, '').trim();
  const typeMatcher = `__profile_type__="${profileTypeId.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return `{${inner ? `${inner}, ` : ''}${typeMatcher}}`;
}
