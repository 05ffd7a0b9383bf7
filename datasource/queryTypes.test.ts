import { of } from 'rxjs';
import { create, fromBinary, toBinary, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { dateTime, DataQueryRequest, DataSourceInstanceSettings } from '@grafana/data';
import { DataSource } from './DataSource';
import { withAdHocFilters } from './lookups';
import type { FlamelensOptions } from './types';
import type { FlamelensQuery } from '../src/contract/query';
import {
  DiffRequestSchema,
  DiffResponseSchema,
  SelectMergeStacktracesRequestSchema,
  SelectMergeStacktracesResponseSchema,
  SelectSeriesRequestSchema,
  SelectSeriesResponseSchema,
} from '../src/pyroscope/gen/querier/v1/querier_pb';

const fetchMock = jest.fn();
const vars: Record<string, string | string[]> = { service: 'api"x', pods: ['a.1', 'b|2'] };
jest.mock('@grafana/runtime', () => ({
  getBackendSrv: () => ({ fetch: fetchMock }),
  getTemplateSrv: () => ({
    replace: (text: string, _scoped: unknown, format?: unknown) =>
      text.replace(/\$(\w+)/g, (m, name) => {
        const v = vars[name];
        if (v === undefined) return m;
        if (typeof format === 'function') return format(v);
        return Array.isArray(v) ? v.join(',') : v;
      }),
  }),
}));

const FG = {
  names: ['total', 'main'],
  levels: [{ values: [0n, 10n, 0n, 0n] }, { values: [0n, 10n, 10n, 1n] }],
  total: 10n,
  maxSelf: 10n,
};
const bodies: Record<string, Uint8Array[]> = {};

async function blobBytes(b: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.readAsArrayBuffer(b);
  });
}

/** The requests sent to one method so far, decoded. */
const requests = {
  stacktraces: () => decodeAll(bodies.SelectMergeStacktraces, SelectMergeStacktracesRequestSchema),
  series: () => decodeAll(bodies.SelectSeries, SelectSeriesRequestSchema),
  diff: () => decodeAll(bodies.Diff, DiffRequestSchema),
};

function decodeAll<T extends DescMessage>(list: Uint8Array[] | undefined, schema: T): Promise<MessageShape<T>[]> {
  return Promise.all((list ?? []).map(async (b) => fromBinary(schema, await blobBytes(b as unknown as Blob))));
}

beforeEach(() => {
  for (const k of Object.keys(bodies)) delete bodies[k];
  fetchMock.mockReset();
  fetchMock.mockImplementation((opts: { url: string; data: Blob }) => {
    const method = opts.url.split('/').pop()!;
    (bodies[method] ??= []).push(opts.data as unknown as Uint8Array);
    const answers: Record<string, Uint8Array> = {
      SelectMergeStacktraces: toBinary(
        SelectMergeStacktracesResponseSchema,
        create(SelectMergeStacktracesResponseSchema, { flamegraph: FG })
      ),
      SelectSeries: toBinary(
        SelectSeriesResponseSchema,
        create(SelectSeriesResponseSchema, {
          series: [
            {
              labels: [{ name: 'region', value: 'eu' }],
              points: [
                { value: 30e9, timestamp: 1n },
                { value: 60e9, timestamp: 2n },
              ],
            },
            { labels: [{ name: 'region', value: 'us' }], points: [{ value: 30e9, timestamp: 1n }] },
          ],
        })
      ),
      Diff: toBinary(
        DiffResponseSchema,
        create(DiffResponseSchema, {
          flamegraph: {
            names: ['total', 'main'],
            levels: [{ values: [0n, 4n, 0n, 0n, 9n, 0n, 0n] }, { values: [0n, 4n, 4n, 0n, 9n, 9n, 1n] }],
          },
        })
      ),
    };
    return of({ data: answers[method].slice().buffer, status: 200 });
  });
});

const settings = {
  id: 1,
  uid: 'ds',
  type: 'flamelens-profiles-datasource',
  name: 'x',
  url: '/proxy',
  jsonData: {},
  meta: {} as never,
  access: 'proxy',
  readOnly: false,
} as DataSourceInstanceSettings<FlamelensOptions>;
const FROM = 1_700_000_000_000;
const TO = FROM + 3600e3;

function request(q: Partial<FlamelensQuery>, app = 'dashboard'): DataQueryRequest<FlamelensQuery> {
  return {
    targets: [
      {
        refId: 'A',
        queryType: 'profile',
        labelSelector: '{}',
        groupBy: [],
        profileTypeId: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
        ...q,
      },
    ],
    range: { from: dateTime(FROM), to: dateTime(TO), raw: { from: 'x', to: 'y' } },
    scopedVars: {},
    intervalMs: 15000,
    app,
  } as unknown as DataQueryRequest<FlamelensQuery>;
}

describe('query types', () => {
  it('escapes variables into the selector: one value in quotes, several as one regex', async () => {
    await new DataSource(settings).query(request({ labelSelector: '{service_name="$service", pod=~"$pods"}' }));
    const sent = (await requests.stacktraces())[0];
    expect(sent.labelSelector).toBe('{service_name="api\\"x", pod=~"(a\\\\.1|b\\\\|2)"}');
  });

  it('comparison: two flame graph frames with roles, the baseline from its own selector and a shifted range', async () => {
    const res = await new DataSource(settings).query(
      request({
        queryType: 'comparison',
        labelSelector: '{v="new"}',
        baselineSelector: '{v="old"}',
        baselineShift: '1d',
      })
    );
    const flames = res.data.filter((f) => f.meta?.custom?.role);
    expect(flames.map((f) => f.meta.custom.role)).toEqual(['baseline', 'comparison']);
    const sent = await requests.stacktraces();
    expect(sent.map((s) => [s.labelSelector, Number(s.start)])).toEqual([
      ['{v="old"}', FROM - 86400e3],
      ['{v="new"}', FROM],
    ]);
  });

  it("comparison: a timeline of the metric per side, over that side's own selector and range", async () => {
    const res = await new DataSource(settings).query(
      request({
        queryType: 'comparison',
        labelSelector: '{v="new"}',
        baselineSelector: '{v="old"}',
        baselineShift: '1d',
      })
    );
    const timelines = res.data.filter((f) => f.meta?.custom?.timelineOf);
    expect(new Set(timelines.map((f) => f.meta.custom.timelineOf))).toEqual(new Set(['baseline', 'comparison']));
    // Each line is named for its side in a legend, not both after the sample type.
    for (const f of timelines) {
      expect(f.fields[1].config.displayNameFromDS).toMatch(new RegExp(`^${f.meta.custom.timelineOf}\\b`));
    }
    const sent = await requests.series();
    expect(sent.map((s) => [s.labelSelector, Number(s.start)]).sort()).toEqual([
      ['{v="new"}', FROM],
      ['{v="old"}', FROM - 86400e3],
    ]);
  });

  it('fetchFlameGraph: one side for an absolute range and selector, or only the stacks through some frames', async () => {
    const ds = new DataSource(settings);
    const q = request({ labelSelector: '{service_name="$service"}' }).targets[0];
    const frame = await ds.fetchFlameGraph(
      q,
      { start: FROM + 60e3, end: FROM + 120e3 },
      {},
      { stackTraceSelector: ['main', 'work'], maxNodes: 65536 }
    );
    expect(frame?.meta?.custom).toMatchObject({ start: FROM + 60e3, end: FROM + 120e3 });
    const sent = (await requests.stacktraces())[0];
    expect(sent.labelSelector).toBe('{service_name="api\\"x"}');
    expect(sent.stackTraceSelector?.callSite.map((l) => l.name)).toEqual(['main', 'work']);
    expect(Number(sent.maxNodes)).toBe(65536);
    await ds.fetchFlameGraph(q, { start: FROM, end: TO }, {}, { labelSelector: '{v="old"}' });
    const second = (await requests.stacktraces())[1];
    expect(second.labelSelector).toBe('{v="old"}');
  });

  it("diff: a frame with valueRight/selfRight from Pyroscope's Diff", async () => {
    const res = await new DataSource(settings).query(
      request({ queryType: 'diff', labelSelector: '{v="new"}', baselineShift: '1w' })
    );
    const names = res.data[0].fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(['valueRight', 'selfRight']));
    const sent = (await requests.diff())[0];
    expect(Number(sent.left!.start)).toBe(FROM - 7 * 86400e3);
    expect(sent.left!.labelSelector).toBe('{v="new"}');
  });

  it('series: cumulative CPU as cores, "both" gives series only in Explore', async () => {
    const ds = new DataSource(settings);
    const res = await ds.query(request({ queryType: 'metrics', groupBy: ['region'] }));
    expect(res.data[0].fields[1].values).toEqual([2, 4]);
    expect(res.data[0].fields[1].config.unit).toBe('cores');
    expect((await ds.query(request({ queryType: 'both' }))).data).toHaveLength(1);
    expect((await ds.query(request({ queryType: 'both' }, 'explore'))).data).toHaveLength(3);
  });

  it('tag breakdown: a table with links to the flame graph, a comparison with the rest and a diff, over its window', async () => {
    const res = await new DataSource(settings).query(request({ queryType: 'tagBreakdown', breakdownLabel: 'region' }));
    const f = res.data[0];
    expect(f.fields[0].values).toEqual(['eu', 'us']);
    expect(f.fields[2].values).toEqual([0.75, 0.25]);
    const links = f.fields[0].config.links;
    expect(links.map((l: { internal: { query: FlamelensQuery } }) => l.internal.query.queryType)).toEqual([
      'profile',
      'comparison',
      'diff',
    ]);
    expect(links[1].internal.query.baselineSelector).toBe('{region!="${__value.raw}"}');
    // The links open Explore on the breakdown's own window, not Explore's default last hour.
    for (const l of links as Array<{ internal: { range: { from: number; to: number } } }>) {
      expect([l.internal.range.from.valueOf(), l.internal.range.to.valueOf()]).toEqual([FROM, TO]);
    }
    const sent = (await requests.series())[0];
    expect(sent.groupBy).toEqual(['region']);
  });

  it("tag breakdown links: the row's value replaces the query's matchers on that label, and the rest is every other value", async () => {
    const res = await new DataSource(settings).query(
      request({
        queryType: 'tagBreakdown',
        breakdownLabel: 'region',
        labelSelector: '{service_name="a", region=~"eu"}',
      })
    );
    const links = res.data[0].fields[0].config.links as Array<{ internal: { query: FlamelensQuery } }>;
    expect(links[0].internal.query.labelSelector).toBe('{service_name="a", region="${__value.raw}"}');
    // Not region=~"eu", region!="eu": with one region selected that would match nothing.
    expect(links[1].internal.query.baselineSelector).toBe('{service_name="a", region!="${__value.raw}"}');
  });

  it('says what is missing for a tag breakdown without a label, and for a bad shift', async () => {
    expect((await new DataSource(settings).query(request({ queryType: 'tagBreakdown' }))).error?.message).toMatch(
      /needs a label/
    );
    expect(
      (await new DataSource(settings).query(request({ queryType: 'comparison', baselineShift: 'soon' }))).error?.message
    ).toMatch(/not a duration/);
  });

  it('sends nothing and returns no data when the profile type variable has no value yet', async () => {
    vars.empty = '';
    const res = await new DataSource(settings).query(request({ profileTypeId: '$empty' }));
    expect(res.data).toEqual([]);
    expect(res.error).toBeUndefined();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('merges ad hoc filters into the selector, escaped', () => {
    expect(withAdHocFilters('{a="1"}', [{ key: 'pod', operator: '=', value: 'x"y' }])).toBe('{a="1", pod="x\\"y"}');
  });

  it("adds ad hoc filters beside the query's own matchers, replacing none of them", () => {
    expect(
      withAdHocFilters('{region!="a"}', [
        { key: 'region', operator: '!=', value: 'b' },
        { key: 'region', operator: '!=', value: 'a' },
      ])
    ).toBe('{region!="a", region!="b"}');
  });

  it("turns Grafana's one-of filters into anchored regexes of the escaped values", () => {
    expect(
      withAdHocFilters('{}', [
        { key: 'pod', operator: '=|', value: 'a.1', values: ['a.1', 'b|2'] },
        { key: 'zone', operator: '!=|', value: 'x', values: ['x'] },
      ])
    ).toBe('{pod=~"a\\\\.1|b\\\\|2", zone!~"x"}');
  });

  it('refuses a selector whose regex Pyroscope would reject, saying where and why, and sends nothing', async () => {
    const res = await new DataSource(settings).query(request({ labelSelector: '{service_name=~"(ride"}' }));
    expect(res.error?.message).toBe(
      'Label selector {service_name=~"(ride"}: column 16: invalid regular expression for service_name: missing closing ): `(ride`'
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports a filter operator that selectors cannot express instead of reading it as "="', async () => {
    const res = await new DataSource(settings).query({
      ...request({}),
      filters: [{ key: 'cpu', operator: '<', value: '4' }],
    });
    expect(res.error?.message).toBe(
      'The filter cpu < 4 uses an operator profile selectors do not have: use =, !=, =~, !~ or one of'
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("narrows both sides of a comparison with the dashboard's ad hoc filters, the baseline's own selector too", async () => {
    await new DataSource(settings).query({
      ...request({ queryType: 'comparison', labelSelector: '{region="us"}', baselineSelector: '{region="eu"}' }),
      filters: [{ key: 'pod', operator: '=', value: 'p1' }],
    });
    const sent = await requests.stacktraces();
    expect(sent.map((r) => r.labelSelector).sort()).toEqual(['{region="eu", pod="p1"}', '{region="us", pod="p1"}']);
    const series = await requests.series();
    expect(series.map((r) => r.labelSelector).sort()).toEqual(['{region="eu", pod="p1"}', '{region="us", pod="p1"}']);
  });

  it("narrows the diff's baseline with the ad hoc filters", async () => {
    await new DataSource(settings).query({
      ...request({ queryType: 'diff', labelSelector: '{region="us"}', baselineSelector: '{region="eu"}' }),
      filters: [{ key: 'pod', operator: '!=', value: 'p1' }],
    });
    const sent = (await requests.diff())[0];
    expect(sent.left?.labelSelector).toBe('{region="eu", pod!="p1"}');
    expect(sent.right?.labelSelector).toBe('{region="us", pod!="p1"}');
  });

  it("narrows the panel's own fetches (a side retargeted, a subtree in detail, an export) with the filters", async () => {
    const ds = new DataSource(settings);
    const q = request({ labelSelector: '{region="us"}' }).targets[0];
    const filters = [{ key: 'pod', operator: '=', value: 'p1' }];
    await ds.fetchFlameGraph(q, { start: FROM, end: TO }, {}, { stackTraceSelector: ['main'] }, filters);
    const sent = (await requests.stacktraces())[0];
    expect(sent.labelSelector).toBe('{region="us", pod="p1"}');
  });
});

describe('cancellation', () => {
  it("gives a run's requests ids tied to its panel, the same on every run, so a new run cancels the old one's", async () => {
    const ds = new DataSource(settings);
    const req = { ...request({ queryType: 'comparison' }), panelId: 7 } as DataQueryRequest<FlamelensQuery>;
    await ds.query(req);
    await ds.query(req);
    const ids = fetchMock.mock.calls.map((c) => c[0].requestId);
    // A comparison sends four requests: two flame graphs and two timelines.
    expect(ids).toHaveLength(8);
    expect(ids.slice(0, 4)).toEqual(ids.slice(4, 8));
    expect(new Set(ids.slice(0, 4)).size).toBe(4);
    expect(ids[0]).toMatch(/^flamelens-ds-panel7-\/querier\.v1\.QuerierService\/SelectMergeStacktraces#0$/);
    // Queries that belong to no panel or pane get no ids, so they cannot cancel each other.
    fetchMock.mockClear();
    await ds.query(request({}));
    expect(fetchMock.mock.calls[0][0].requestId).toBeUndefined();
  });
});
