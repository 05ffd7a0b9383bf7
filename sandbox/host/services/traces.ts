/**
 * The sandbox's tracing datasource ("Sandbox traces", type `tempo`). Grafana's Tempo is a core
 * plugin, so there is no module to load: the host builds the instance itself and answers a TraceQL
 * query that is a trace ID from the demo's span store, with the frame Grafana's Tempo datasource
 * returns for a trace (pkg/tsdb/tempo/trace_transform.go `TraceToFrame`, through
 * public/app/plugins/datasource/tempo/datasource.ts `handleTraceIdQuery`).
 */
import { EMPTY, Observable, from } from 'rxjs';
import {
  DataFrame,
  DataQuery,
  DataQueryError,
  DataQueryRequest,
  DataQueryResponse,
  DataSourceApi,
  DataSourceInstanceSettings,
  FieldType,
  LoadingState,
  TestDataSourceResponse,
  createDataFrame,
} from '@grafana/data';
import type { Span } from '../../server/spans';
import { templateSrv } from './templateSrv';

export interface TempoQuery extends DataQuery {
  query?: string;
}

/** The most spans the span store keeps per tenant (sandbox/server/spans.ts MAX_SPANS): all of a trace. */
const SPANS_PER_TRACE = 5000;

/** Grafana's test for "this TraceQL query is a trace ID" (TempoDatasource.isTraceIdQuery): hex only. */
export function isTraceIdQuery(query: string): boolean {
  return /^[0-9A-Fa-f]*$/.test(query.trim());
}

/**
 * Trace `traceId`'s spans as Grafana's Tempo datasource frames them: one row per span, by start
 * time; `startTime` and `duration` in milliseconds (floats), `traceID` without a leading 16 zeros
 * (64-bit ids), the span's attributes as `tags`, its service as the resource's `service.name`.
 */
export function traceFrame(spans: Span[], refId: string): DataFrame {
  const rows = [...spans].sort((a, b) => a.startMs - b.startMs || a.spanId.localeCompare(b.spanId));
  const col = <T>(f: (s: Span) => T): T[] => rows.map(f);
  return createDataFrame({
    name: 'Trace',
    refId,
    meta: { preferredVisualisationType: 'trace', custom: { partial: false, message: '' } },
    fields: [
      { name: 'traceID', type: FieldType.string, values: col((s) => s.traceId.replace(/^0{16}/, '')) },
      { name: 'spanID', type: FieldType.string, values: col((s) => s.spanId) },
      // The demo's spans are roots: an empty parent span id hex-encodes to ''.
      { name: 'parentSpanID', type: FieldType.string, values: col(() => '') },
      { name: 'operationName', type: FieldType.string, values: col((s) => s.name) },
      { name: 'serviceName', type: FieldType.string, values: col((s) => s.service) },
      { name: 'kind', type: FieldType.string, values: col(() => '') },
      { name: 'statusCode', type: FieldType.number, values: col(() => 0) },
      { name: 'statusMessage', type: FieldType.string, values: col(() => '') },
      { name: 'instrumentationLibraryName', type: FieldType.string, values: col(() => '') },
      { name: 'instrumentationLibraryVersion', type: FieldType.string, values: col(() => '') },
      { name: 'traceState', type: FieldType.string, values: col(() => '') },
      {
        name: 'serviceTags',
        type: FieldType.other,
        values: col((s) => [{ key: 'service.name', value: s.service }]),
      },
      { name: 'startTime', type: FieldType.number, values: col((s) => s.startMs) },
      { name: 'duration', type: FieldType.number, values: col((s) => s.endMs - s.startMs) },
      { name: 'logs', type: FieldType.other, values: col(() => null) },
      { name: 'references', type: FieldType.other, values: col(() => null) },
      {
        name: 'tags',
        type: FieldType.other,
        values: col((s) => Object.entries(s.attributes ?? {}).map(([key, value]) => ({ key, value }))),
      },
    ],
  });
}

/** Reads a trace's spans (newest first, as the span store lists them). */
export type SpanReader = (traceId: string) => Promise<Span[]>;

const readSpans: SpanReader = async (traceId) => {
  const r = await fetch(`/api/sandbox/spans?traceId=${encodeURIComponent(traceId)}&limit=${SPANS_PER_TRACE}`);
  if (!r.ok) {
    throw new Error(`${r.status} ${r.statusText}`);
  }
  return (await r.json()) as Span[];
};

/** Grafana's error for a trace Tempo does not answer (pkg/tsdb/tempo/trace.go `getTrace`). */
function traceError(refId: string, query: string, status: number, statusText: string): DataQueryError {
  return { refId, status, message: `failed to get trace with id: ${query} Status: ${status} ${statusText}` };
}

export class SandboxTracesDataSource extends DataSourceApi<TempoQuery> {
  constructor(
    settings: DataSourceInstanceSettings,
    private readonly spans: SpanReader = readSpans
  ) {
    super(settings);
  }

  /**
   * As Grafana's Tempo: queries by queryType (`traceql` when unset), a `traceql` query of hex digits
   * only (or a `traceId` query) is a trace ID; an empty one is dropped, and with nothing to run the
   * Observable completes without a value. The time range is not used: Grafana sends a trace ID
   * query without one unless the datasource's "time shift" is enabled. An unknown trace is an error
   * in the response (not a thrown one), as Grafana's backend answers Tempo's 404. Other TraceQL
   * queries (search, metrics) and query types are not reproduced: an error says so.
   */
  query(request: DataQueryRequest<TempoQuery>): Observable<DataQueryResponse> {
    const ids: Array<{ refId: string; query: string }> = [];
    const unsupported: DataQueryError[] = [];
    for (const t of request.targets.filter((x) => !x.hide)) {
      const type = t.queryType || 'traceql';
      const query = templateSrv.replace(t.query ?? '', request.scopedVars, 'pipe').trim();
      if (type === 'traceId' || (type === 'traceql' && isTraceIdQuery(query))) {
        if (query) {
          ids.push({ refId: t.refId, query });
        }
      } else {
        unsupported.push({
          refId: t.refId,
          message: `The sandbox's traces datasource answers trace ID queries only, not ${type === 'traceql' ? 'TraceQL search or metrics' : `queryType ${JSON.stringify(type)}`}`,
        });
      }
    }
    if (!ids.length && !unsupported.length) {
      return EMPTY;
    }
    return from(this.run(ids, unsupported));
  }

  private async run(
    ids: Array<{ refId: string; query: string }>,
    errors: DataQueryError[]
  ): Promise<DataQueryResponse> {
    const data: DataFrame[] = [];
    const all = [...errors];
    for (const { refId, query } of ids) {
      // Tempo reads a trace ID as hex, any case, left-padded to 128 bits; a longer one is refused.
      if (query.length > 32) {
        all.push(traceError(refId, query, 400, 'Bad Request'));
        continue;
      }
      try {
        const spans = await this.spans(query.toLowerCase().padStart(32, '0'));
        if (spans.length) {
          data.push(traceFrame(spans, refId));
        } else {
          all.push(traceError(refId, query, 404, 'Not Found'));
        }
      } catch (e) {
        all.push({ refId, message: `failed get to tempo: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
    return all.length
      ? { data, state: LoadingState.Error, error: all[0], errors: all }
      : { data, state: LoadingState.Done };
  }

  testDatasource(): Promise<TestDataSourceResponse> {
    return Promise.resolve({ status: 'success', message: 'Data source is working' });
  }
}
