/**
 * A client for Pyroscope's `querier.v1.QuerierService` over the Connect protocol.
 *
 * A Connect unary call is `POST /<package>.<Service>/<Method>` with a JSON body; errors come back
 * as a non-2xx status with `{"code","message"}`. The transport is injected: the datasource passes
 * one built on Grafana's backend service (through the data source proxy), tests pass a fake.
 */
import { CallTree } from '../tree/callTree';
import { treeFromFlamebearer } from '../formats/flamebearer';
import type { ProfileType, SelectMergeStacktracesParams, SelectSeriesParams, Series, TimeRangeMs } from './types';

export const QUERIER = 'querier.v1.QuerierService';

/** Sends one Connect JSON call and resolves with the decoded response body. */
export type ConnectTransport = (path: string, body: unknown) => Promise<unknown>;

/** A Connect error answer, or an HTTP failure on the way to the server. */
export class ConnectError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ConnectError';
    this.status = status;
    this.code = code;
  }
}

interface FlameGraphJson {
  names?: string[];
  levels?: Array<{ values?: Array<string | number> }>;
  total?: string | number;
  maxSelf?: string | number;
}

function expectObject(v: unknown, what: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new ConnectError(200, 'malformed_response', `${what}: the server's answer is not a JSON object`);
  }
  return v as Record<string, unknown>;
}

export class PyroscopeClient {
  constructor(private readonly transport: ConnectTransport) {}

  private call(method: string, body: unknown): Promise<Record<string, unknown>> {
    return this.transport(`/${QUERIER}/${method}`, body).then((r) => expectObject(r, method));
  }

  async profileTypes(range?: TimeRangeMs): Promise<ProfileType[]> {
    const r = await this.call('ProfileTypes', range ? { start: String(range.start), end: String(range.end) } : {});
    const types = r.profileTypes;
    return Array.isArray(types) ? (types as ProfileType[]) : [];
  }

  async labelNames(matchers: string[], range: TimeRangeMs): Promise<string[]> {
    const r = await this.call('LabelNames', { matchers, start: String(range.start), end: String(range.end) });
    return Array.isArray(r.names) ? (r.names as string[]) : [];
  }

  async labelValues(name: string, matchers: string[], range: TimeRangeMs): Promise<string[]> {
    const r = await this.call('LabelValues', { name, matchers, start: String(range.start), end: String(range.end) });
    return Array.isArray(r.names) ? (r.names as string[]) : [];
  }

  /** The merged flame graph of a query; an empty tree when the server has no data for it. */
  async selectMergeStacktraces(p: SelectMergeStacktracesParams): Promise<CallTree | undefined> {
    const r = await this.call('SelectMergeStacktraces', {
      profileTypeID: p.profileTypeID,
      labelSelector: p.labelSelector,
      start: String(p.start),
      end: String(p.end),
      ...(p.maxNodes ? { maxNodes: String(p.maxNodes) } : {}),
      ...(p.spanSelector?.length ? { spanSelector: p.spanSelector } : {}),
      ...(p.profileIdSelector?.length ? { profileIdSelector: p.profileIdSelector } : {}),
      ...(p.traceIdSelector?.length ? { traceIdSelector: p.traceIdSelector } : {}),
    });
    const fg = r.flamegraph as FlameGraphJson | undefined;
    if (!fg || !fg.levels || fg.levels.length === 0) {
      return undefined;
    }
    return treeFromFlamebearer(fg.names ?? [], fg.levels.map((l) => l.values ?? []));
  }

  async selectSeries(p: SelectSeriesParams): Promise<Series[]> {
    const r = await this.call('SelectSeries', {
      profileTypeID: p.profileTypeID,
      labelSelector: p.labelSelector,
      start: String(p.start),
      end: String(p.end),
      step: p.step,
      ...(p.groupBy?.length ? { groupBy: p.groupBy } : {}),
      ...(p.limit ? { limit: String(p.limit) } : {}),
    });
    const series = Array.isArray(r.series) ? r.series : [];
    return series.map((s: { labels?: Series['labels']; points?: Array<{ value?: number; timestamp?: string | number }> }) => ({
      labels: s.labels ?? [],
      points: (s.points ?? []).map((pt) => ({ value: Number(pt.value ?? 0), timestamp: Number(pt.timestamp ?? 0) })),
    }));
  }
}

/** Grafana unit id for a profile type id `<name>:<sample_type>:<sample_unit>:<period_type>:<period_unit>`. */
export function unitOfProfileType(profileTypeId: string): string {
  const sampleUnit = profileTypeId.split(':')[2] ?? '';
  switch (sampleUnit) {
    case 'nanoseconds':
      return 'ns';
    case 'microseconds':
      return 'µs';
    case 'milliseconds':
      return 'ms';
    case 'seconds':
      return 's';
    case 'bytes':
      return 'bytes';
    default:
      return 'short';
  }
}
