/**
 * @jest-environment jsdom
 */
// @grafana/data needs a window.
import { isObservable, lastValueFrom, toArray } from 'rxjs';
import { DataQueryRequest, DataSourceInstanceSettings, LoadingState, dateTime } from '@grafana/data';
import type { Span } from '../../server/spans';
import { SandboxTracesDataSource, TempoQuery, isTraceIdQuery, traceFrame } from './traces';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const span = (spanId: string, startMs: number, endMs: number, extra: Partial<Span> = {}): Span => ({
  traceId: TRACE,
  spanId,
  name: 'orderCar',
  service: 'rideshare',
  startMs,
  endMs,
  ...extra,
});

const settings = {
  id: 9,
  uid: 'sandbox-traces',
  name: 'Sandbox traces',
  type: 'tempo',
  meta: { id: 'tempo' },
  jsonData: {},
} as unknown as DataSourceInstanceSettings;

function request(targets: TempoQuery[]): DataQueryRequest<TempoQuery> {
  const range = { from: dateTime(1000), to: dateTime(2000), raw: { from: '1000', to: '2000' } };
  return { targets, range, scopedVars: {}, requestId: 'r', app: 'explore' } as unknown as DataQueryRequest<TempoQuery>;
}

/** A datasource over a fixed span store, recording which trace ids it was asked for. */
function datasource(spans: Span[]) {
  const asked: string[] = [];
  const ds = new SandboxTracesDataSource(settings, async (id) => {
    asked.push(id);
    return spans.filter((s) => s.traceId === id);
  });
  return { ds, asked };
}

async function answer(ds: SandboxTracesDataSource, targets: TempoQuery[]) {
  const result = ds.query(request(targets));
  // Tempo's datasource answers with an Observable: so does this one.
  expect(isObservable(result)).toBe(true);
  return lastValueFrom(result.pipe(toArray()));
}

describe("the sandbox's trace frame", () => {
  it("has Grafana's Tempo fields, one row per span by start time, times in milliseconds", () => {
    const frame = traceFrame(
      [
        span('bbbbbbbbbbbbbbbb', 1500, 1512.5, { attributes: { region: 'eu-north' } }),
        span('aaaaaaaaaaaaaaaa', 1200, 1300),
      ],
      'A'
    );
    expect(frame.name).toBe('Trace');
    expect(frame.refId).toBe('A');
    expect(frame.meta?.preferredVisualisationType).toBe('trace');
    expect(frame.fields.map((f) => f.name)).toEqual([
      'traceID',
      'spanID',
      'parentSpanID',
      'operationName',
      'serviceName',
      'kind',
      'statusCode',
      'statusMessage',
      'instrumentationLibraryName',
      'instrumentationLibraryVersion',
      'traceState',
      'serviceTags',
      'startTime',
      'duration',
      'logs',
      'references',
      'tags',
    ]);
    const col = (name: string) => frame.fields.find((f) => f.name === name)!.values;
    expect(frame.length).toBe(2);
    expect(col('traceID')).toEqual([TRACE, TRACE]);
    expect(col('spanID')).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
    expect(col('parentSpanID')).toEqual(['', '']);
    expect(col('operationName')).toEqual(['orderCar', 'orderCar']);
    expect(col('serviceName')).toEqual(['rideshare', 'rideshare']);
    expect(col('startTime')).toEqual([1200, 1500]);
    expect(col('duration')).toEqual([100, 12.5]);
    expect(col('serviceTags')[0]).toEqual([{ key: 'service.name', value: 'rideshare' }]);
    expect(col('tags')).toEqual([[], [{ key: 'region', value: 'eu-north' }]]);
  });

  it('drops the 16 leading zeros of a 64-bit trace id, as Tempo does', () => {
    const short = `${'0'.repeat(16)}a3ce929d0e0e4736`;
    const frame = traceFrame([span('aaaaaaaaaaaaaaaa', 1, 2, { traceId: short })], 'A');
    expect(frame.fields[0].values).toEqual(['a3ce929d0e0e4736']);
  });
});

describe('the sandbox traces datasource', () => {
  it('answers a TraceQL query that is a trace ID with its trace frame', async () => {
    const { ds, asked } = datasource([span('aaaaaaaaaaaaaaaa', 1200, 1300)]);
    const [res] = await answer(ds, [{ refId: 'A', queryType: 'traceql', query: ` ${TRACE.toUpperCase()} ` }]);
    expect(asked).toEqual([TRACE]);
    expect(res.error).toBeUndefined();
    expect(res.state).toBe(LoadingState.Done);
    expect(res.data).toHaveLength(1);
    expect(res.data[0].refId).toBe('A');
    expect(res.data[0].fields.find((f: { name: string }) => f.name === 'duration').values).toEqual([100]);
  });

  it('reads a shorter id left-padded to 128 bits, and a query without queryType as TraceQL', async () => {
    const { ds, asked } = datasource([]);
    await answer(ds, [{ refId: 'A', query: 'abc' }]);
    expect(asked).toEqual([`${'0'.repeat(29)}abc`]);
  });

  it("answers an unknown trace with no frame and Grafana's error, in the response", async () => {
    const { ds } = datasource([span('aaaaaaaaaaaaaaaa', 1, 2)]);
    const other = 'f'.repeat(32);
    const [res] = await answer(ds, [{ refId: 'A', queryType: 'traceql', query: other }]);
    expect(res.data).toEqual([]);
    expect(res.state).toBe(LoadingState.Error);
    expect(res.error).toEqual({
      refId: 'A',
      status: 404,
      message: `failed to get trace with id: ${other} Status: 404 Not Found`,
    });
  });

  it('refuses an id longer than 128 bits, and says TraceQL search is not reproduced', async () => {
    const { ds, asked } = datasource([]);
    const [res] = await answer(ds, [
      { refId: 'A', queryType: 'traceql', query: 'a'.repeat(33) },
      { refId: 'B', queryType: 'traceql', query: '{ resource.service.name = "rideshare" }' },
    ]);
    expect(asked).toEqual([]);
    expect(res.errors?.map((e) => [e.refId, e.status])).toEqual([
      ['B', undefined],
      ['A', 400],
    ]);
    expect(res.errors?.[0].message).toMatch(/trace ID queries only/);
  });

  it('completes without an answer when no query has a trace id, as Grafana does', async () => {
    const { ds, asked } = datasource([]);
    expect(await answer(ds, [{ refId: 'A', queryType: 'traceql', query: '  ' }])).toEqual([]);
    expect(await answer(ds, [{ refId: 'A', query: TRACE, hide: true }])).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('answers a span store it cannot read with an error in the response', async () => {
    const ds = new SandboxTracesDataSource(settings, async () => {
      throw new Error('502 Bad Gateway');
    });
    const [res] = await answer(ds, [{ refId: 'A', query: TRACE }]);
    expect(res.error?.message).toBe('failed get to tempo: 502 Bad Gateway');
  });

  it('tells trace ids from other TraceQL by hex digits only', () => {
    expect(isTraceIdQuery(TRACE)).toBe(true);
    expect(isTraceIdQuery('{}')).toBe(false);
  });
});
