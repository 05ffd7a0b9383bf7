import { of, throwError } from 'rxjs';
import { dateTime, DataQueryRequest, DataSourceInstanceSettings, LoadingState } from '@grafana/data';
import { DataSource } from './DataSource';
import type { FlamelensOptions, FlamelensQuery } from './types';

const fetchMock = jest.fn();
const replaceMock = jest.fn((text: string) => text.replace('$service', 'ride-sharing-app'));

jest.mock('@grafana/runtime', () => ({
  getBackendSrv: () => ({ fetch: fetchMock }),
  getTemplateSrv: () => ({ replace: replaceMock }),
}));

function settings(jsonData: FlamelensOptions = {}): DataSourceInstanceSettings<FlamelensOptions> {
  return { id: 1, uid: 'ds', type: 'flamelens-profiles-datasource', name: 'x', url: '/api/datasources/proxy/uid/ds', jsonData, meta: {} as never, access: 'proxy', readOnly: false };
}

function request(targets: Array<Partial<FlamelensQuery>>): DataQueryRequest<FlamelensQuery> {
  const from = dateTime(1_700_000_000_000);
  const to = dateTime(1_700_000_600_000);
  return {
    targets: targets.map((t, i) => ({ refId: String.fromCharCode(65 + i), queryType: 'profile', labelSelector: '{}', groupBy: [], profileTypeId: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', ...t })),
    range: { from, to, raw: { from, to } },
    scopedVars: {},
    intervalMs: 5000,
  } as unknown as DataQueryRequest<FlamelensQuery>;
}

const flamegraph = { flamegraph: { names: ['total', 'main', '<img src=x onerror=alert(1)>'], levels: [{ values: ['0', '10', '0', '0'] }, { values: ['0', '10', '4', '1'] }, { values: ['0', '6', '6', '2'] }], total: '10', maxSelf: '6' } };

beforeEach(() => {
  fetchMock.mockReset();
  replaceMock.mockClear();
});

describe('DataSource.query', () => {
  it('posts SelectMergeStacktraces through the route for the auth mode and returns a flame graph frame', async () => {
    fetchMock.mockReturnValue(of({ data: flamegraph, status: 200 }));
    const ds = new DataSource(settings({ authMode: 'bearer', tenantId: 't1' }));
    const res = await ds.query(request([{ labelSelector: '{service_name="$service"}', maxNodes: 100 }]));
    const call = fetchMock.mock.calls[0][0];
    expect(call.url).toBe('/api/datasources/proxy/uid/ds/bearer-tenant/querier.v1.QuerierService/SelectMergeStacktraces');
    expect(JSON.parse(call.data)).toEqual({
      profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
      labelSelector: '{service_name="ride-sharing-app"}',
      start: '1700000000000',
      end: '1700000600000',
      maxNodes: '100',
    });
    expect(res.state).toBe(LoadingState.Done);
    const frame = res.data[0];
    expect(frame.meta.preferredVisualisationType).toBe('flamegraph');
    expect(frame.fields.find((f: { name: string }) => f.name === 'value').config.unit).toBe('ns');
    expect(frame.fields.find((f: { name: string }) => f.name === 'value').values).toEqual([10, 10, 6]);
  });

  it('returns no frames, not an error, when the server has no data', async () => {
    fetchMock.mockReturnValue(of({ data: {}, status: 200 }));
    const res = await new DataSource(settings()).query(request([{}]));
    expect(res.data).toEqual([]);
    expect(res.error).toBeUndefined();
  });

  it('turns series into time series frames named by their labels, with a step of at least the minimal step', async () => {
    fetchMock.mockReturnValue(of({ data: { series: [{ labels: [{ name: 'vehicle', value: 'car' }], points: [{ value: 3, timestamp: '1700000000000' }] }] }, status: 200 }));
    const res = await new DataSource(settings({ minStep: '30s' })).query(request([{ queryType: 'metrics', groupBy: ['vehicle'] }]));
    expect(JSON.parse(fetchMock.mock.calls[0][0].data).step).toBe(30);
    expect(res.data[0].fields[1].labels).toEqual({ vehicle: 'car' });
    expect(res.data[0].fields[0].values).toEqual([1700000000000]);
  });

  it('reports a proxy 502 as an actionable error', async () => {
    fetchMock.mockReturnValue(throwError(() => ({ status: 502, data: '' })));
    const res = await new DataSource(settings()).query(request([{}]));
    expect(res.state).toBe(LoadingState.Error);
    expect(res.error?.message).toMatch(/could not reach the Pyroscope server.*URL, TLS and network/);
  });

  it('reports a malformed flame graph as an error, not a crash', async () => {
    fetchMock.mockReturnValue(of({ data: { flamegraph: { names: ['total'], levels: [{ values: ['0', '1', '0'] }] } }, status: 200 }));
    const res = await new DataSource(settings()).query(request([{}]));
    expect(res.error?.message).toMatch(/multiple of 4/);
  });
});

describe('DataSource.testDatasource', () => {
  it('reports how many profile types it found', async () => {
    fetchMock.mockReturnValue(of({ data: { profileTypes: [{ ID: 'a' }, { ID: 'b' }] }, status: 200 }));
    expect(await new DataSource(settings()).testDatasource()).toEqual({ status: 'success', message: 'Connected to Pyroscope: 2 profile types found.' });
  });

  it('says when the server holds no profiles yet', async () => {
    fetchMock.mockReturnValue(of({ data: {}, status: 200 }));
    expect((await new DataSource(settings()).testDatasource()).message).toMatch(/no profiles/);
  });

  it.each([
    [401, /credentials or tenant/],
    [403, /credentials or tenant/],
    [404, /Not a Pyroscope URL: none\/querier.v1.QuerierService\/ProfileTypes returned 404/],
    [502, /could not reach/],
    [504, /did not answer in time/],
  ])('explains HTTP %s', async (status, message) => {
    fetchMock.mockReturnValue(throwError(() => ({ status, data: { code: 'x', message: 'detail' } })));
    const r = await new DataSource(settings()).testDatasource();
    expect(r.status).toBe('error');
    expect(r.message).toMatch(message);
  });
});
