/** Running data source queries the way a panel's query runner does, for Promise- and Observable-based data sources. */
import { isObservable, lastValueFrom } from 'rxjs';
import type {
  AdHocVariableFilter,
  DataQuery,
  DataQueryRequest,
  DataQueryResponse,
  DataSourceApi,
  ScopedVars,
  TimeRange,
} from '@grafana/data';
import { CoreApp, dateMath, dateTime } from '@grafana/data';

let requestCounter = 0;

/** A range from Grafana's URL forms: relative ("now-1h"), ISO dates, or epoch milliseconds. */
export function toTimeRange(from: string, to: string): TimeRange {
  const parse = (v: string, roundUp: boolean) => (/^\d+$/.test(v) ? dateTime(Number(v)) : dateMath.parse(v, roundUp));
  const f = parse(from, false) ?? dateTime().subtract(1, 'hour');
  const t = parse(to, true) ?? dateTime();
  return { from: f, to: t, raw: { from, to } };
}

export async function runQueries(
  ds: DataSourceApi,
  targets: DataQuery[],
  range: TimeRange,
  opts: {
    scopedVars?: ScopedVars;
    app?: CoreApp;
    maxDataPoints?: number;
    panelId?: number;
    requestId?: string;
    /** The dashboard's ad hoc filters for this datasource, as Grafana passes them. */
    filters?: AdHocVariableFilter[];
  } = {}
): Promise<DataQueryResponse & { request: DataQueryRequest<DataQuery> }> {
  const span = range.to.valueOf() - range.from.valueOf();
  const maxDataPoints = opts.maxDataPoints ?? 800;
  // Grafana's auto interval: the range over the points a panel can show, rounded to a nice step.
  const raw = Math.max(span / maxDataPoints, 1000);
  const nice =
    [1000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 1800000, 3600000].find((s) => s >= raw) ?? 3600000;
  // As Grafana: dashboard panels carry their panelId; Explore panes a stable requestId (explore_<pane>).
  const request = {
    requestId: opts.requestId ?? `Q${++requestCounter}`,
    panelId: opts.panelId,
    interval: `${nice / 1000}s`,
    intervalMs: nice,
    maxDataPoints,
    range,
    rangeRaw: range.raw,
    scopedVars: opts.scopedVars ?? {},
    targets,
    timezone: 'browser',
    app: opts.app ?? CoreApp.Dashboard,
    startTime: Date.now(),
    ...(opts.filters?.length ? { filters: opts.filters } : {}),
  } as unknown as DataQueryRequest<DataQuery>;
  const result = ds.query(request);
  // Grafana hands panels the request with the data (PanelData.request): panels read the targets
  // and range from it (e.g. to ask the datasource for more).
  const response = await (isObservable(result) ? lastValueFrom(result) : result);
  return { ...response, request };
}
