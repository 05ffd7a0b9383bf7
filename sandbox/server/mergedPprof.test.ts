import { clientFor, startApi, type RunningApi } from './testing';
import { decodePprof } from '../../src/pprof/decode';
import { encodeTreeAsPprof } from '../../src/pprof/encode';
import { TreeBuilder } from '../../src/tree/callTree';
import { type Fn, type Loc, picture, sourcePprof } from '../../src/testing/sourcePprof';

const TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const HOUR = 3600e3;

// main (main.go:12) → handle → hot, hot inlined into handle at h.go:20 in location 1.
const FUNCTIONS: Fn[] = [
  ['main', '/tmp/ci1/main/cmd/main.go', 10],
  ['handle', '/tmp/ci1/main/h.go', 18],
  ['hot', '/tmp/ci1/main/h.go', 40],
];
const LOCATIONS: Loc[] = [
  [
    [3, 42],
    [2, 20],
  ],
  [[2, 21]],
  [[1, 12]],
  [[3, 45]],
];
const CPU = { periodType: ['cpu', 'nanoseconds'] as [string, string] };
const PROFILE = sourcePprof(
  FUNCTIONS,
  LOCATIONS,
  [
    [[4, 2, 3], [10], { span_id: 'aaaaaaaaaaaaaaaa' }],
    [[1, 3], [30], { span_id: 'bbbbbbbbbbbbbbbb' }],
  ],
  CPU
);

async function ingest(api: RunningApi, name: string, body: Uint8Array) {
  const now = Math.floor(Date.now() / 1000);
  const qs = new URLSearchParams({ name, format: 'pprof', from: String(now - 10), until: String(now) });
  const r = await fetch(`${api.url}/ingest?${qs}`, { method: 'POST', body: body as BodyInit });
  expect(r.status).toBe(200);
}

describe('SelectMergeStacktraces format PPROF', () => {
  let api: RunningApi;
  const range = () => ({ start: Date.now() - HOUR, end: Date.now() + HOUR });
  beforeEach(async () => {
    api = await startApi();
    await ingest(api, 'process_cpu.cpu{service_name="svc",region="eu"}', PROFILE);
    await ingest(api, 'process_cpu.cpu{service_name="svc",region="eu"}', PROFILE);
    await ingest(
      api,
      'process_cpu.cpu{service_name="svc",region="us"}',
      sourcePprof(FUNCTIONS, LOCATIONS, [[[2, 3], [7]]], CPU)
    );
  });
  afterEach(() => api.close());

  it.each(['proto', 'json'] as const)(
    "merges the selected profiles' samples keeping files and lines, equal stacks summed (%s)",
    async (encoding) => {
      const raw = await clientFor(api.url, encoding).selectMergeProfile({
        profileTypeID: TYPE,
        labelSelector: '{region="eu"}',
        ...range(),
      });
      const p = decodePprof(raw!);
      expect(p.sampleTypes).toEqual([{ type: 'cpu', unit: 'nanoseconds' }]);
      expect(p.periodType).toEqual({ type: 'cpu', unit: 'nanoseconds' });
      expect(picture(p)).toBe(
        [
          'main /tmp/ci1/main/cmd/main.go:12; handle /tmp/ci1/main/h.go:20; hot /tmp/ci1/main/h.go:42 60',
          'main /tmp/ci1/main/cmd/main.go:12; handle /tmp/ci1/main/h.go:21; hot /tmp/ci1/main/h.go:45 20',
        ].join('\n')
      );
      const fnRows = Array.from({ length: p.functionCount }, (_, i) => p.functionStartLine[i]).sort();
      expect(fnRows).toEqual([10, 18, 40]);
    }
  );

  it('applies the span, profile id and trace id selectors as the flame graph does', async () => {
    const client = clientFor(api.url);
    const spans = decodePprof(
      (await client.selectMergeProfile({
        profileTypeID: TYPE,
        labelSelector: '{}',
        spanSelector: ['aaaaaaaaaaaaaaaa'],
        ...range(),
      }))!
    );
    expect(picture(spans)).toBe(
      'main /tmp/ci1/main/cmd/main.go:12; handle /tmp/ci1/main/h.go:21; hot /tmp/ci1/main/h.go:45 20'
    );
    const us = api.store.profiles('anonymous').find((s) => s.labels.region === 'us')!;
    const one = decodePprof(
      (await client.selectMergeProfile({
        profileTypeID: TYPE,
        labelSelector: '{}',
        profileIdSelector: [us.id],
        ...range(),
      }))!
    );
    expect(picture(one)).toBe('main /tmp/ci1/main/cmd/main.go:12; handle /tmp/ci1/main/h.go:21 7');
    const noTrace = await client.selectMergeProfile({
      profileTypeID: TYPE,
      labelSelector: '{}',
      traceIdSelector: ['cccccccccccccccccccccccccccccccc'],
      ...range(),
    });
    expect(decodePprof(noTrace!).sampleCount).toBe(0);
  });

  it('keeps, for a call site, the whole stacks that begin with it, inlined frames counted as frames', async () => {
    const raw = await clientFor(api.url).selectMergeProfile({
      profileTypeID: TYPE,
      labelSelector: '{}',
      stackTraceSelector: ['main', 'handle', 'hot'],
      ...range(),
    });
    expect(picture(decodePprof(raw!))).toBe(
      [
        'main /tmp/ci1/main/cmd/main.go:12; handle /tmp/ci1/main/h.go:20; hot /tmp/ci1/main/h.go:42 60',
        'main /tmp/ci1/main/cmd/main.go:12; handle /tmp/ci1/main/h.go:21; hot /tmp/ci1/main/h.go:45 20',
      ].join('\n')
    );
  });

  it('answers a call site nothing begins with as an empty merged tree encodes', async () => {
    const { start, end } = range();
    const raw = await clientFor(api.url).selectMergeProfile({
      profileTypeID: TYPE,
      labelSelector: '{}',
      stackTraceSelector: ['handle'],
      start,
      end,
    });
    expect(raw).toEqual(
      encodeTreeAsPprof(new TreeBuilder().build(), {
        type: 'cpu',
        unit: 'nanoseconds',
        periodType: 'cpu',
        periodUnit: 'nanoseconds',
        gzip: false,
        timeNanos: start * 1e6,
        durationNanos: (end - start) * 1e6,
      })
    );
  });
});
