import { findDataSource, traceProfilePath } from './traceLink';

const ds = {
  uid: 'flamelens-pyroscope',
  type: 'flamelens-profiles-datasource',
  jsonData: { traceProfileTypeId: 'wall:cpu:nanoseconds:wall:nanoseconds' },
};
const trace = {
  traceID: '0af7651916cd43dd8448eb211c80319c',
  startTime: 1_700_000_000_000_000,
  endTime: 1_700_000_000_035_000,
  spans: [
    {
      spanID: 'b7ad6b7169203331',
      startTime: 1_700_000_000_000_000,
      duration: 35_000,
      process: { serviceName: 'ride "sharing"' },
    },
    {
      spanID: '00f067aa0ba902b7',
      parentSpanID: 'b7ad6b7169203331',
      startTime: 1_700_000_000_010_000,
      duration: 5_000,
      process: { serviceName: 'db' },
    },
    { spanID: 'not-hex', startTime: 1, duration: 1 },
  ],
};

describe('trace to profile link', () => {
  it("opens Explore with the trace's span IDs, the root service and the range ±60 s", () => {
    const path = traceProfilePath(trace, ds)!;
    expect(path.startsWith('/explore?schemaVersion=1&panes=')).toBe(true);
    const panes = JSON.parse(decodeURIComponent(path.split('panes=')[1]));
    const pane = panes.profile;
    expect(pane.datasource).toBe('flamelens-pyroscope');
    expect(pane.range).toEqual({ from: String(1_700_000_000_000 - 60_000), to: String(1_700_000_000_035 + 60_000) });
    expect(pane.queries[0]).toMatchObject({
      queryType: 'profile',
      profileTypeId: 'wall:cpu:nanoseconds:wall:nanoseconds',
      labelSelector: '{service_name="ride \\"sharing\\""}',
      spanSelector: ['b7ad6b7169203331', '00f067aa0ba902b7'],
    });
  });

  it('shows no link without a Flamelens datasource or without spans', () => {
    expect(traceProfilePath(trace, undefined)).toBeUndefined();
    expect(traceProfilePath({ ...trace, spans: [] }, ds)).toBeUndefined();
  });

  it("finds the Flamelens datasource among Grafana's data sources", () => {
    expect(findDataSource({ tempo: { uid: 't', type: 'tempo' }, Flamelens: ds })).toBe(ds);
    expect(findDataSource({})).toBeUndefined();
  });
});
