/**
 * SelectSeries exemplars as Pyroscope 2 gives them: one per point, the largest profile of the
 * point's bucket and group, a profile split into series counted once, labels without the group's.
 */
import * as path from 'path';
import { ProfileStore } from './store';
import { selectSeries, type SeriesParams } from './querier';
import { labelledPprof, startApi, tempDir } from './testing';
import { exemplarLabels, exemplarMessage } from './exemplars';

const TYPE = 'process_cpu:cpu:nanoseconds::';
const scope = { tenant: 't', utf8LabelNames: true };
const S = 1000;
const T0 = Date.UTC(2025, 0, 1);

function storeWith(profiles: Array<[Record<string, string>, number, Uint8Array]>) {
  const store = new ProfileStore(path.join(tempDir(), 'profiles'), { report: () => undefined });
  const ids = profiles.map(
    ([labels, at, bytes]) =>
      store.add('t', { __name__: 'process_cpu', service_name: 'rides', ...labels }, at, at + 10 * S, bytes).id
  );
  return { store, ids };
}

const params = (p: Partial<SeriesParams> = {}): SeriesParams => ({
  profileTypeID: TYPE,
  labelSelector: '{}',
  start: T0,
  end: T0 + 60 * S,
  step: 60,
  groupBy: ['region'],
  aggregation: 'sum',
  exemplars: 'individual',
  ...p,
});

const plain = (value: number) => labelledPprof([{ stack: ['main'], value }]);

describe('SelectSeries exemplars', () => {
  it('names each point by its largest profile, with the profile time and id, its labels minus the group', () => {
    const { store, ids } = storeWith([
      [{ region: 'eu', pod: 'p1' }, T0 + 1 * S, plain(20)],
      [{ region: 'eu', pod: 'p2' }, T0 + 2 * S, plain(70)],
      [{ region: 'eu', pod: 'p3' }, T0 + 3 * S, plain(10)],
      [{ region: 'us', pod: 'p4' }, T0 + 4 * S, plain(5)],
    ]);
    const series = selectSeries(store, scope, params());
    expect(series.map((s) => [s.labels, s.points.map((p) => [p.value, p.exemplars])])).toEqual([
      [
        [{ name: 'region', value: 'eu' }],
        [
          [
            100,
            [
              {
                timestampMs: T0 + 2 * S,
                profileId: ids[1],
                spanId: '',
                traceId: '',
                value: 70,
                labels: { pod: 'p2', service_name: 'rides' },
              },
            ],
          ],
        ],
      ],
      [
        [{ name: 'region', value: 'us' }],
        [[5, [expect.objectContaining({ profileId: ids[3], value: 5, labels: { pod: 'p4', service_name: 'rides' } })]]],
      ],
    ]);
  });

  it('counts a profile split into series once, its series summed (Pyroscope PR #4753), even when averaging', () => {
    const split = labelledPprof([
      { stack: ['main', 'car'], value: 30, labels: { vehicle: 'car' } },
      { stack: ['main', 'bike'], value: 25, labels: { vehicle: 'bike' } },
    ]);
    // Alone, neither series of the split profile (30, 25) beats the other profile (40); together (55) it does.
    const { store, ids } = storeWith([
      [{ region: 'eu' }, T0 + 1 * S, split],
      [{ region: 'eu' }, T0 + 2 * S, plain(40)],
    ]);
    const [eu] = selectSeries(store, scope, params({ aggregation: 'average' }));
    expect(eu.points.map((p) => p.value)).toEqual([95 / 3]);
    expect(eu.points[0].exemplars).toEqual([
      expect.objectContaining({ profileId: ids[0], value: 55, labels: { service_name: 'rides' } }),
    ]);
  });

  it('gives none unless asked, and refuses SPAN (SelectHeatmap serves span exemplars)', () => {
    const { store } = storeWith([[{ region: 'eu' }, T0, plain(1)]]);
    expect(selectSeries(store, scope, params({ exemplars: 'none' }))[0].points[0].exemplars).toBeUndefined();
    expect(() => selectSeries(store, scope, params({ exemplars: 'span' }))).toThrow(
      'exemplar type SPAN is only served by SelectHeatmap (query_type SPAN)'
    );
  });

  it('drops group_by and __ names from labels, and writes int64 fields and sorted labels on the wire', () => {
    expect(exemplarLabels({ __name__: 'cpu', region: 'eu', pod: 'p', __profile_type__: TYPE }, ['region'])).toEqual({
      pod: 'p',
    });
    const e = { timestampMs: 5, profileId: 'x', spanId: '', traceId: '', value: 7.9, labels: { z: '1', a: '2' } };
    expect(exemplarMessage(e)).toEqual({
      timestamp: 5n,
      profileId: 'x',
      spanId: '',
      traceId: '',
      value: 7n,
      labels: [
        { name: 'a', value: '2' },
        { name: 'z', value: '1' },
      ],
    });
  });

  it('answers them over Connect, and refuses SPAN with invalid_argument', async () => {
    const api = await startApi();
    try {
      const now = Date.now();
      const res = await fetch(`${api.url}/ingest?name=app&format=pprof`, {
        method: 'POST',
        body: plain(9) as BodyInit,
      });
      expect(res.status).toBe(200);
      const call = async (exemplarType: string) => {
        const r = await fetch(`${api.url}/querier.v1.QuerierService/SelectSeries`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            profileTypeID: TYPE,
            labelSelector: '{}',
            start: String(now - 3600e3),
            end: String(now + 3600e3),
            step: 3600,
            exemplarType,
          }),
        });
        return { status: r.status, body: (await r.json()) as Record<string, unknown> };
      };
      const ok = await call('EXEMPLAR_TYPE_INDIVIDUAL');
      const [series] = ok.body.series as Array<{ points: Array<{ exemplars: Array<Record<string, unknown>> }> }>;
      expect(series.points[0].exemplars).toEqual([
        expect.objectContaining({ profileId: api.store.profiles('anonymous')[0].id, value: '9' }),
      ]);
      expect(api.store.profiles('anonymous')[0].id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
      );
      expect(await call('EXEMPLAR_TYPE_SPAN')).toEqual({
        status: 400,
        body: {
          code: 'invalid_argument',
          message: 'exemplar type SPAN is only served by SelectHeatmap (query_type SPAN)',
        },
      });
    } finally {
      await api.close();
    }
  });
});
