import { of, throwError } from 'rxjs';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import {
  DataFrameType,
  DataTopic,
  dateTime,
  FieldType,
  type DataFrame,
  type DataQueryRequest,
  type DataSourceInstanceSettings,
} from '@grafana/data';
import { DataSource } from './DataSource';
import type { FlamelensOptions } from './types';
import type { FlamelensQuery } from '../src/contract/query';
import {
  HeatmapQueryType,
  SelectHeatmapRequestSchema,
  SelectHeatmapResponseSchema,
  SelectSeriesRequestSchema,
  SelectSeriesResponseSchema,
} from '../src/pyroscope/gen/querier/v1/querier_pb';
import { ExemplarType } from '../src/pyroscope/gen/types/v1/types_pb';

const fetchMock = jest.fn();
jest.mock('@grafana/runtime', () => ({
  getBackendSrv: () => ({ fetch: fetchMock }),
  getTemplateSrv: () => ({ replace: (t: string) => t }),
  getDataSourceSrv: () => ({
    getInstanceSettings: (uid: string) => (uid === 'tempo-uid' ? { uid, name: 'Tempo', type: 'tempo' } : undefined),
  }),
}));

const FROM = 1_700_000_000_000;
const TO = FROM + 3600e3;
const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const sent: Record<string, Uint8Array[]> = {};

function bytesOf(b: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.readAsArrayBuffer(b);
  });
}

const exemplar = (n: number, extra: Record<string, string> = {}) => ({
  timestamp: BigInt(FROM + n * 1000),
  profileId: `p-${n}`,
  value: BigInt(n * 1e9),
  labels: [{ name: 'pod', value: `pod-${n}` }],
  ...extra,
});

function answer(method: string, heatmap: 'ok' | 'unimplemented') {
  if (method === 'SelectSeries') {
    return of({
      status: 200,
      data: toBinary(
        SelectSeriesResponseSchema,
        create(SelectSeriesResponseSchema, {
          series: [
            {
              labels: [],
              points: [
                { timestamp: BigInt(FROM + 15e3), value: 30e9, exemplars: [exemplar(3)] },
                { timestamp: BigInt(FROM + 30e3), value: 15e9, exemplars: [] },
              ],
            },
          ],
        })
      ).slice().buffer,
    });
  }
  if (heatmap === 'unimplemented') {
    const data = new TextEncoder().encode(JSON.stringify({ code: 'unimplemented', message: 'v2 only' })).buffer;
    return throwError(() => ({ status: 501, data }));
  }
  const yMin = [0, 1e9, 2e9];
  return of({
    status: 200,
    data: toBinary(
      SelectHeatmapResponseSchema,
      create(SelectHeatmapResponseSchema, {
        series: [
          {
            labels: [],
            slots: [
              { timestamp: BigInt(FROM + 57e3), yMin, counts: [4, 0, 1], exemplars: [] },
              // a slot without data between them is filled with zeros
              {
                timestamp: BigInt(FROM + 171e3),
                yMin,
                counts: [0, 2, 0],
                exemplars: [exemplar(1, { spanId: 'a1b2c3d4e5f60718', traceId: 'f'.repeat(32), profileId: '' })],
              },
            ],
          },
        ],
      })
    ).slice().buffer,
  });
}

function mockServer(heatmap: 'ok' | 'unimplemented' = 'ok') {
  fetchMock.mockReset();
  for (const k of Object.keys(sent)) delete sent[k];
  fetchMock.mockImplementation((opts: { url: string; data: Blob }) => {
    const method = opts.url.split('/').pop()!;
    (sent[method] ??= []).push(opts.data as unknown as Uint8Array);
    return answer(method, heatmap);
  });
}

const settings = (jsonData: FlamelensOptions = {}) =>
  ({
    id: 1,
    uid: 'ds',
    type: 'flamelens-profiles-datasource',
    name: 'Profiles',
    url: '/proxy',
    jsonData,
    meta: {} as never,
    access: 'proxy',
    readOnly: false,
  }) as DataSourceInstanceSettings<FlamelensOptions>;

function request(q: Partial<FlamelensQuery>): DataQueryRequest<FlamelensQuery> {
  return {
    targets: [{ refId: 'A', queryType: 'metrics', labelSelector: '{}', groupBy: [], profileTypeId: CPU, ...q }],
    range: { from: dateTime(FROM), to: dateTime(TO), raw: { from: 'x', to: 'y' } },
    scopedVars: {},
    intervalMs: 15000,
  } as unknown as DataQueryRequest<FlamelensQuery>;
}

const field = (f: DataFrame, name: string) => f.fields.find((x) => x.name === name)!;

describe('exemplars and heatmaps for Grafana panels', () => {
  it('metrics with includeExemplars: asks INDIVIDUAL exemplars and adds the exemplar frame Grafana draws as markers', async () => {
    mockServer();
    const ds = new DataSource(settings({ tracesDatasourceUid: 'tempo-uid' }));
    const res = await ds.query(request({ includeExemplars: true }));
    const req = fromBinary(SelectSeriesRequestSchema, await bytesOf(sent.SelectSeries[0] as unknown as Blob));
    expect(req.exemplarType).toBe(ExemplarType.INDIVIDUAL);
    const ex = res.data.find((f: DataFrame) => f.name === 'exemplar') as DataFrame;
    expect(ex.meta?.dataTopic).toBe(DataTopic.Annotations);
    expect(field(ex, 'Time').type).toBe(FieldType.time);
    expect(field(ex, 'Time').values).toEqual([FROM + 3000]);
    // On the series' scale: 3 s of CPU in a 15 s step is 0.2 cores.
    expect(field(ex, 'Value').values[0]).toBeCloseTo(0.2);
    expect(field(ex, 'Value').config.unit).toBe('cores');
    expect(field(ex, 'Total').values).toEqual([3e9]);
    expect(field(ex, 'Id').values).toEqual(['p-3']);
    expect(field(ex, 'Labels').values).toEqual(['pod=pod-3']);
    const link = field(ex, 'Id').config.links![0];
    expect(link.internal?.datasourceUid).toBe('ds');
    expect(link.internal?.query).toMatchObject({ queryType: 'profile', profileIdSelector: ['${__value.raw}'] });
  });

  it('metrics without includeExemplars: no exemplar frame and none asked for', async () => {
    mockServer();
    const res = await new DataSource(settings()).query(request({}));
    const req = fromBinary(SelectSeriesRequestSchema, await bytesOf(sent.SelectSeries[0] as unknown as Blob));
    expect(req.exemplarType).toBe(ExemplarType.UNSPECIFIED);
    expect(res.data.map((f: DataFrame) => f.name)).toEqual(['series']);
  });

  it('heatmap: a dense heatmap-cells frame (≤ 64 columns) and span exemplars linking to the span and its trace', async () => {
    mockServer();
    const ds = new DataSource(settings({ tracesDatasourceUid: 'tempo-uid' }));
    const res = await ds.query(request({ includeHeatmap: true, heatmapType: 'span', includeExemplars: true }));
    const req = fromBinary(SelectHeatmapRequestSchema, await bytesOf(sent.SelectHeatmap[0] as unknown as Blob));
    expect(req.queryType).toBe(HeatmapQueryType.SPAN);
    expect(req.exemplarType).toBe(ExemplarType.SPAN);
    // One hour over at most 64 columns: ceil(3600 / 64) = 57 s, above the 15 s interval.
    expect(req.step).toBe(57);
    const cells = res.data.find((f: DataFrame) => f.meta?.type === DataFrameType.HeatmapCells) as DataFrame;
    expect(cells.fields.map((f) => [f.name, f.type])).toEqual([
      ['xMin', FieldType.time],
      ['yMin', FieldType.number],
      ['yMax', FieldType.number],
      ['count', FieldType.number],
    ]);
    // Slots at 57 s and 171 s: the grid has the empty one between them, regular in x.
    expect(cells.length).toBe(3 * 3);
    const x = field(cells, 'xMin').values as number[];
    expect(
      new Set(
        x
          .slice(1)
          .map((v, i) => v - x[i])
          .filter((d) => d !== 0)
      )
    ).toEqual(new Set([57e3]));
    expect(field(cells, 'count').values.reduce((a: number, b: number) => a + b, 0)).toBe(7);
    const ex = res.data.find((f: DataFrame) => f.name === 'exemplar') as DataFrame;
    expect(field(ex, 'SpanId').config.links![0].internal?.query).toMatchObject({ spanSelector: ['${__value.raw}'] });
    expect(field(ex, 'TraceId').config.links![0]).toMatchObject({
      title: 'Open trace',
      internal: { datasourceUid: 'tempo-uid', query: { query: '${__value.raw}' } },
    });
    expect(ex.fields.some((f) => f.name === 'Id')).toBe(false);
  });

  it('heatmap on a server without it: the time series, with a notice saying why, not an error', async () => {
    mockServer('unimplemented');
    const res = await new DataSource(settings()).query(request({ includeHeatmap: true }));
    expect(res.error).toBeUndefined();
    expect(res.data.map((f: DataFrame) => f.name)).toEqual(['series']);
    expect(res.data[0].meta.notices[0].text).toMatch(/Heatmaps need Pyroscope 2 storage/);
  });

  it('the panel timeline: the metric with its exemplars, or "unsupported" for a heatmap the server lacks', async () => {
    mockServer('unimplemented');
    const ds = new DataSource(settings());
    const q = request({}).targets[0];
    const series = await ds.fetchTimeline(q, { start: FROM, end: TO }, {}, { kind: 'series', columns: 120 });
    expect(series).toMatchObject({ kind: 'series', stepSeconds: 30, unit: 'cores', sampleUnit: 'ns' });
    expect(series.kind === 'series' && series.exemplars.map((e) => e.profileId)).toEqual(['p-3']);
    const heat = await ds.fetchTimeline(q, { start: FROM, end: TO }, {}, { kind: 'span', columns: 64 });
    expect(heat).toMatchObject({ kind: 'unsupported', requested: 'span' });
  });
});
