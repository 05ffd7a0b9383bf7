import { Observable, of, throwError } from 'rxjs';
import { dateTime, DataQueryRequest, DataSourceInstanceSettings, LoadingState } from '@grafana/data';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { DataSource } from './DataSource';
import {
  ProfileTypesRequestSchema,
  ProfileTypesResponseSchema,
  SelectMergeStacktracesRequestSchema,
  SelectMergeStacktracesResponseSchema,
  SelectSeriesRequestSchema,
  SelectSeriesResponseSchema,
} from '../src/pyroscope/gen/querier/v1/querier_pb';
import { GetFeatureFlagsResponseSchema } from '../src/pyroscope/gen/capabilities/v1/feature_flags_pb';
import type { FlamelensOptions } from './types';
import type { FlamelensQuery } from '../src/contract/query';

const fetchMock = jest.fn();
const replaceMock = jest.fn((text: string) => text.replace('$service', 'ride-sharing-app'));

jest.mock('@grafana/runtime', () => ({
  getBackendSrv: () => ({ fetch: fetchMock }),
  getTemplateSrv: () => ({ replace: replaceMock }),
}));

function settings(jsonData: FlamelensOptions = {}): DataSourceInstanceSettings<FlamelensOptions> {
  return {
    id: 1,
    uid: 'ds',
    type: 'flamelens-profiles-datasource',
    name: 'x',
    url: '/api/datasources/proxy/uid/ds',
    jsonData,
    meta: {} as never,
    access: 'proxy',
    readOnly: false,
  };
}

function request(targets: Array<Partial<FlamelensQuery>>): DataQueryRequest<FlamelensQuery> {
  const from = dateTime(1_700_000_000_000);
  const to = dateTime(1_700_000_600_000);
  return {
    targets: targets.map((t, i) => ({
      refId: String.fromCharCode(65 + i),
      queryType: 'profile',
      labelSelector: '{}',
      groupBy: [],
      profileTypeId: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
      ...t,
    })),
    range: { from, to, raw: { from, to } },
    scopedVars: {},
    intervalMs: 5000,
  } as unknown as DataQueryRequest<FlamelensQuery>;
}

/** The body the proxy would answer with: binary protobuf, as an ArrayBuffer (responseType arraybuffer). */
const answer = (bytes: Uint8Array) => of({ data: bytes.slice().buffer, status: 200 });

const flamegraph = toBinary(
  SelectMergeStacktracesResponseSchema,
  create(SelectMergeStacktracesResponseSchema, {
    flamegraph: {
      names: ['total', 'main', '<img src=x onerror=alert(1)>'],
      levels: [{ values: [0n, 10n, 0n, 0n] }, { values: [0n, 10n, 4n, 1n] }, { values: [0n, 6n, 6n, 2n] }],
      total: 10n,
      maxSelf: 6n,
    },
  })
);

async function sentBody(callIndex = 0): Promise<Uint8Array> {
  const blob: Blob = fetchMock.mock.calls[callIndex][0].data;
  // jsdom's Blob has no arrayBuffer(); FileReader reads it as a browser would.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}

beforeEach(() => {
  fetchMock.mockReset();
  replaceMock.mockClear();
});

describe('DataSource.query', () => {
  it('posts SelectMergeStacktraces through the route for the auth mode and returns a flame graph frame', async () => {
    fetchMock.mockReturnValue(answer(flamegraph));
    const ds = new DataSource(settings({ authMode: 'bearer', tenantId: 't1' }));
    const res = await ds.query(request([{ labelSelector: '{service_name="$service"}', maxNodes: 100 }]));
    const call = fetchMock.mock.calls[0][0];
    expect(call.url).toBe(
      '/api/datasources/proxy/uid/ds/bearer-tenant/querier.v1.QuerierService/SelectMergeStacktraces'
    );
    expect(call.data).toBeInstanceOf(Blob);
    expect(call.headers['Content-Type']).toBe('application/proto');
    expect(call.responseType).toBe('arraybuffer');
    const sent = fromBinary(SelectMergeStacktracesRequestSchema, await sentBody());
    expect(sent).toMatchObject({
      profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
      labelSelector: '{service_name="ride-sharing-app"}',
      start: 1700000000000n,
      end: 1700000600000n,
      maxNodes: 100n,
    });
    expect(res.state).toBe(LoadingState.Done);
    const frame = res.data[0];
    expect(frame.meta.preferredVisualisationType).toBe('flamegraph');
    expect(frame.fields.find((f: { name: string }) => f.name === 'value').config.unit).toBe('ns');
    expect(frame.fields.find((f: { name: string }) => f.name === 'value').values).toEqual([10, 10, 6]);
  });

  it('returns no frames, not an error, when the server has no data', async () => {
    fetchMock.mockReturnValue(answer(new Uint8Array()));
    const res = await new DataSource(settings()).query(request([{}]));
    expect(res.data).toEqual([]);
    expect(res.error).toBeUndefined();
  });

  it('turns series into time series frames named by their labels, with a step of at least the minimal step', async () => {
    fetchMock.mockReturnValue(
      answer(
        toBinary(
          SelectSeriesResponseSchema,
          create(SelectSeriesResponseSchema, {
            series: [
              { labels: [{ name: 'vehicle', value: 'car' }], points: [{ value: 3, timestamp: 1700000000000n }] },
            ],
          })
        )
      )
    );
    const res = await new DataSource(settings({ minStep: '30s' })).query(
      request([{ queryType: 'metrics', groupBy: ['vehicle'] }])
    );
    expect(fromBinary(SelectSeriesRequestSchema, await sentBody()).step).toBe(30);
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
    const bad = toBinary(
      SelectMergeStacktracesResponseSchema,
      create(SelectMergeStacktracesResponseSchema, {
        flamegraph: { names: ['total'], levels: [{ values: [0n, 1n, 0n] }] },
      })
    );
    fetchMock.mockReturnValue(answer(bad));
    const res = await new DataSource(settings()).query(request([{}]));
    expect(res.error?.message).toMatch(/multiple of 4/);
  });
});

describe('DataSource.fetchFlameGraph with a signal', () => {
  it('sends the call site and cancels the request itself when the signal aborts', async () => {
    let unsubscribed = false;
    fetchMock.mockReturnValue(new Observable(() => () => void (unsubscribed = true)));
    const ds = new DataSource(settings());
    const controller = new AbortController();
    const q = request([{ labelSelector: '{}' }]).targets[0];
    const pending = ds.fetchFlameGraph(
      q,
      { start: 1, end: 2 },
      {},
      { stackTraceSelector: ['main', 'cold'], signal: controller.signal }
    );
    await new Promise((r) => setTimeout(r, 0));
    const sent = fromBinary(SelectMergeStacktracesRequestSchema, await sentBody());
    expect(sent.stackTraceSelector?.callSite.map((l) => l.name)).toEqual(['main', 'cold']);
    // Each cancellable request has an id of its own, so cancelling one leaves the others alone.
    expect(fetchMock.mock.calls[0][0].requestId).toMatch(/^flamelens-ds-1-/);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'canceled' });
    expect(unsubscribed).toBe(true);
  });
});

describe('DataSource.testDatasource', () => {
  const types = answer(
    toBinary(
      ProfileTypesResponseSchema,
      create(ProfileTypesResponseSchema, { profileTypes: [{ ID: 'a' }, { ID: 'b' }] })
    )
  );
  /** Answers by method: the profile types above, and the given capabilities answer. */
  const server = (flags: ReturnType<typeof answer> | 'older') =>
    fetchMock.mockImplementation(({ url }: { url: string }) =>
      url.endsWith('/GetFeatureFlags')
        ? flags === 'older'
          ? throwError(() => ({ status: 404, data: '404 page not found' }))
          : flags
        : types
    );

  it('reports how many profile types it found, and what the server can do', async () => {
    server(
      answer(
        toBinary(
          GetFeatureFlagsResponseSchema,
          create(GetFeatureFlagsResponseSchema, {
            featureFlags: [
              { name: 'v2StorageLayer', enabled: true },
              { name: 'utf8LabelNames', enabled: true },
              { name: 'functionProjections', enabled: false },
            ],
          })
        )
      )
    );
    expect(await new DataSource(settings()).testDatasource()).toEqual({
      status: 'success',
      message:
        "Connected to Pyroscope: 2 profile types found. Has Pyroscope 2 storage (heatmaps, trace and span selection), UTF-8 label names (service.name, k8s.pod.name, …). Without exact function tables, function totals come from the merged profile instead (the server's feature flags; nothing to set here).",
    });
  });

  it('treats a server without the capabilities service as an older server, not an error', async () => {
    server('older');
    const ds = new DataSource(settings());
    expect(await ds.testDatasource()).toEqual({
      status: 'success',
      message:
        'Connected to Pyroscope: 2 profile types found. The server does not report its capabilities (an older Pyroscope): Pyroscope 2 features are off.',
    });
    expect(await ds.capabilities()).toEqual({ reported: false, flags: {} });
  });

  it('asks for capabilities once per instance, and again on Save & test', async () => {
    server('older');
    const ds = new DataSource(settings());
    await ds.capabilities();
    await ds.capabilities();
    const asked = () =>
      fetchMock.mock.calls.filter(([r]: [{ url: string }]) => r.url.endsWith('/GetFeatureFlags')).length;
    expect(asked()).toBe(1);
    await ds.testDatasource();
    expect(asked()).toBe(2);
  });

  it('asks for the last 24 hours of the injected clock', async () => {
    fetchMock.mockReturnValue(answer(new Uint8Array()));
    await new DataSource(settings(), () => 1_700_000_000_000).testDatasource();
    const sent = fromBinary(ProfileTypesRequestSchema, await sentBody());
    expect([Number(sent.start), Number(sent.end)]).toEqual([1_700_000_000_000 - 24 * 3600e3, 1_700_000_000_000]);
  });

  it('says when the server holds no profiles yet', async () => {
    fetchMock.mockReturnValue(answer(new Uint8Array()));
    expect((await new DataSource(settings()).testDatasource()).message).toMatch(/no profiles/);
  });

  it('reports an answer that is not protobuf as a malformed response', async () => {
    fetchMock.mockReturnValue(answer(new TextEncoder().encode('<html>Grafana</html>')));
    const r = await new DataSource(settings()).testDatasource();
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/could not be decoded.*Pyroscope server/);
  });

  it.each([
    [401, /credentials or tenant.*server said: detail/],
    [403, /credentials or tenant/],
    [404, /^Not a Pyroscope URL: the datasource URL \+ \/querier.v1.QuerierService\/ProfileTypes returned 404/],
    [502, /could not reach/],
    [504, /did not answer in time/],
  ])('explains HTTP %s', async (status, message) => {
    // Connect error bodies are JSON; with responseType arraybuffer they arrive as bytes.
    fetchMock.mockReturnValue(
      throwError(() => ({
        status,
        data: new TextEncoder().encode(JSON.stringify({ code: 'x', message: 'detail' })).buffer,
      }))
    );
    const r = await new DataSource(settings()).testDatasource();
    expect(r.status).toBe('error');
    expect(r.message).toMatch(message);
  });

  it('keeps Pyroscope own "not found" (a missing file of the source service) instead of blaming the URL', async () => {
    fetchMock.mockReturnValue(
      throwError(() => ({
        status: 404,
        data: new TextEncoder().encode(JSON.stringify({ code: 'not_found', message: 'file a.go not found at v2' }))
          .buffer,
      }))
    );
    const ds = new DataSource(settings());
    await expect(ds.client.featureFlags().then(() => ds.client.profileTypes())).rejects.toMatchObject({
      code: 'not_found',
      message: 'file a.go not found at v2',
    });
  });
});
