/**
 * The sandbox's JSON answers against Pyroscope's own OpenAPI spec of the querier, and against the
 * shapes of answers recorded from a real Pyroscope (../shared/fixtures).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { startApi, RunningApi } from './testing';
import { recordedFixtures } from '../../src/testing/recorded';
import { OpenApiDoc, responseSchema, shape, validate } from './openapi';
import { SHARED_FIXTURES, sharedFixturesAvailable } from '../../src/testing/fixtures';

const run = sharedFixturesAvailable() ? describe : describe.skip;

run("sandbox answers conform to Pyroscope's spec and recorded answers", () => {
  let api: RunningApi;
  let doc: OpenApiDoc;
  const now = Date.now();
  const range = { start: String(now - 3600e3), end: String(now + 3600e3) };
  const call = async (method: string, body: unknown) => {
    const r = await fetch(`${api.url}/querier.v1.QuerierService/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Connect-Protocol-Version': '1' },
      body: JSON.stringify(body),
    });
    return { status: r.status, json: await r.json() };
  };
  const TYPE = 'wall:wall:nanoseconds:wall:nanoseconds';
  const merge = { profileTypeID: TYPE, labelSelector: '{service_name="app"}', ...range };

  beforeAll(async () => {
    doc = parse(fs.readFileSync(path.join(SHARED_FIXTURES, 'openapi', 'pyroscope-querier-v1.openapi.yaml'), 'utf8'));
    api = await startApi();
    const wall = recordedFixtures().find((r) => r.file === 'node-wall.pb.gz')!;
    await fetch(`${api.url}/ingest?name=app{region=eu}&format=pprof`, { method: 'POST', body: wall.bytes as BodyInit });
  });
  afterAll(() => api.close());

  const cases: Array<[string, () => unknown]> = [
    ['ProfileTypes', () => range],
    ['LabelNames', () => ({ matchers: ['{}'], ...range })],
    ['LabelValues', () => ({ name: 'region', matchers: ['{}'], ...range })],
    ['Series', () => ({ matchers: ['{}'], labelNames: ['service_name', '__profile_type__'], ...range })],
    ['SelectMergeStacktraces', () => ({ ...merge, maxNodes: '100' })],
    ['SelectSeries', () => ({ ...merge, step: 60, groupBy: ['region'] })],
    ['Diff', () => ({ left: merge, right: { ...merge, labelSelector: '{}' } })],
  ];

  it.each(cases)('%s answers match the spec', async (method, body) => {
    const { status, json } = await call(method, body());
    expect(status).toBe(200);
    expect(validate(doc, responseSchema(doc, method, '200'), json)).toEqual([]);
  });

  it('SelectSeries with exemplars, and SelectHeatmap with its exemplars, answer as the spec says', async () => {
    const heatmap = { ...merge, step: 60, groupBy: ['region'], queryType: 'HEATMAP_QUERY_TYPE_INDIVIDUAL' };
    for (const [method, body] of [
      ['SelectSeries', { ...merge, step: 60, groupBy: ['region'], exemplarType: 'EXEMPLAR_TYPE_INDIVIDUAL' }],
      ['SelectHeatmap', { ...heatmap, exemplarType: 'EXEMPLAR_TYPE_INDIVIDUAL' }],
    ] as const) {
      const { status, json } = await call(method, body);
      expect(status).toBe(200);
      expect(JSON.stringify(json)).toContain('"exemplars":[{');
      expect(validate(doc, responseSchema(doc, method, '200'), json)).toEqual([]);
    }
  });

  it('the validator itself rejects wrong types, unknown properties and non-int64 strings', () => {
    const schema = responseSchema(doc, 'SelectMergeStacktraces', '200');
    expect(validate(doc, schema, { flamegraph: { total: true } })).toEqual([
      '$.flamegraph.total: expected integer|string, got boolean',
    ]);
    expect(validate(doc, schema, { flamegraph: { bogus: 1 } })).toEqual(['$.flamegraph: unexpected property "bogus"']);
    expect(validate(doc, schema, { flamegraph: { levels: [{ values: ['1x'] }] } })).toEqual([
      '$.flamegraph.levels[0].values[0]: "1x" is not an int64',
    ]);
  });

  it('errors match connect.error', async () => {
    const { status, json } = await call('SelectMergeStacktraces', { ...merge, labelSelector: '{oops' });
    expect(status).toBe(400);
    expect(validate(doc, responseSchema(doc, 'SelectMergeStacktraces', 'default'), json)).toEqual([]);
  });

  it.each([
    ['pyroscope-SelectMergeStacktraces-flamegraph.json', 'SelectMergeStacktraces', () => merge],
    [
      'pyroscope-Series.json',
      'Series',
      () => ({ matchers: ['{}'], labelNames: ['service_name', '__profile_type__'], ...range }),
    ],
    ['pyroscope-LabelNames-empty.json', 'LabelNames', () => ({ matchers: ['{nothing="here"}'], ...range })],
  ])('has the shape of the recorded real answer %s', async (file, method, body) => {
    const recorded = JSON.parse(fs.readFileSync(path.join(SHARED_FIXTURES, 'api', file), 'utf8'));
    const { json } = await call(method, body());
    expect(shape(json)).toEqual(shape(recorded));
  });
});
