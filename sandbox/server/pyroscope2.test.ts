/**
 * Pyroscope 2 behaviours of the sandbox: the capabilities service (and a server without it), and
 * UTF-8 label names — as ingested for a client that opts in, sanitised as Pyroscope 1 stored them
 * for one that does not.
 */
import { clientFor, startApi } from './testing';
import { featureFlagsFromEnv, type FeatureFlags } from './featureFlags';
import { encodeTreeAsPprof } from '../../src/pprof/encode';
import { parseFolded } from '../../src/formats/folded';
import { serverFunctionTable } from '../../src/pyroscope/exactFunctions';
import { exactFunctionTableOfPprof } from '../../src/pprof/functionTable';

const HOUR = 3600e3;
const UTF8 = { Accept: '*/*; allow-utf8-labelnames=true' };

const server = (flags: FeatureFlags) => startApi({ featureFlags: flags });

const profile = encodeTreeAsPprof(parseFolded('main;checkout 7\n').tree, { type: 'cpu', unit: 'nanoseconds' });

async function ingestOtel(url: string) {
  const name = encodeURIComponent('otel-app{service.name=checkout,k8s.pod.name=checkout-7d9f}');
  const res = await fetch(`${url}/ingest?name=${name}&format=pprof`, { method: 'POST', body: profile as BodyInit });
  expect(res.status).toBe(200);
}

describe('capabilities.v1.FeatureFlagsService', () => {
  it('answers with Pyroscope 2 flags by default, in both encodings', async () => {
    const s = await server(featureFlagsFromEnv(undefined));
    try {
      for (const enc of ['proto', 'json'] as const) {
        expect(await clientFor(s.url, enc).featureFlags()).toEqual(
          expect.objectContaining({ v2StorageLayer: true, utf8LabelNames: true, functionProjections: false })
        );
      }
    } finally {
      await s.close();
    }
  });

  it('plays a server without the service (404 Unimplemented): the client reads it as an older server', async () => {
    const s = await server(featureFlagsFromEnv('none'));
    try {
      const res = await fetch(`${s.url}/capabilities.v1.FeatureFlagsService/GetFeatureFlags`, {
        method: 'POST',
        body: '{}',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { code: string }).code).toBe('unimplemented');
      expect(await clientFor(s.url).featureFlags()).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it('switches single flags from the environment, and refuses what it cannot read', () => {
    expect(featureFlagsFromEnv('utf8LabelNames=off')).toEqual(
      expect.objectContaining({ utf8LabelNames: false, v2StorageLayer: true })
    );
    expect(() => featureFlagsFromEnv('utf8LabelNames')).toThrow(/name=on or name=off/);
  });
});

describe('UTF-8 label names', () => {
  it('returns dotted names as ingested to a client that opts in, and matches them quoted', async () => {
    const s = await server(featureFlagsFromEnv(undefined));
    try {
      await ingestOtel(s.url);
      const now = Date.now();
      const range = { start: now - HOUR, end: now + HOUR };
      const client = clientFor(s.url, 'proto', UTF8);
      expect(await client.labelNames(['{}'], range)).toEqual(expect.arrayContaining(['service.name', 'k8s.pod.name']));
      expect(await client.labelValues('k8s.pod.name', ['{"service.name"="checkout"}'], range)).toEqual([
        'checkout-7d9f',
      ]);
      const tree = await client.selectMergeStacktraces({
        profileTypeID: 'process_cpu:cpu:nanoseconds::',
        labelSelector: '{"k8s.pod.name"=~"checkout-.*"}',
        ...range,
      });
      expect(tree?.total[0]).toBe(7);
    } finally {
      await s.close();
    }
  });

  it('sanitises names as Pyroscope 1 did for a client that does not opt in, or when the flag is off', async () => {
    for (const [flags, headers] of [
      [featureFlagsFromEnv(undefined), {}],
      [featureFlagsFromEnv('utf8LabelNames=off'), UTF8],
    ] as const) {
      const s = await server(flags);
      try {
        await ingestOtel(s.url);
        const now = Date.now();
        const range = { start: now - HOUR, end: now + HOUR };
        const client = clientFor(s.url, 'proto', headers);
        const names = await client.labelNames(['{}'], range);
        expect(names).toEqual(expect.arrayContaining(['k8s_pod_name']));
        expect(names).not.toContain('k8s.pod.name');
        expect(await client.labelValues('k8s_pod_name', ['{}'], range)).toEqual(['checkout-7d9f']);
      } finally {
        await s.close();
      }
    }
  });
});

describe('SelectMergeStacktraces format FUNCTIONS (behind functionProjections)', () => {
  const recursive = encodeTreeAsPprof(parseFolded('main;a;b;a 4\nmain;b 3\nmain 1\nmain;c;d 2\n').tree, {
    type: 'cpu',
    unit: 'nanoseconds',
  });
  const params = (now: number) => ({
    profileTypeID: 'process_cpu:cpu:nanoseconds::',
    labelSelector: '{}',
    start: now - HOUR,
    end: now + HOUR,
  });

  it('answers every function exact, largest self first, recursion once in totals, and the limit', async () => {
    const s = await server(featureFlagsFromEnv('functionProjections=on'));
    try {
      const res = await fetch(`${s.url}/ingest?name=app&format=pprof`, { method: 'POST', body: recursive as BodyInit });
      expect(res.status).toBe(200);
      for (const enc of ['proto', 'json'] as const) {
        const t = await clientFor(s.url, enc).selectFunctions(params(Date.now()), 0);
        const rows = t.names.map((n, i) => [n, t.self[i], t.total[i]]);
        expect(rows).toEqual([
          ['a', 4, 4],
          ['b', 3, 7],
          ['d', 2, 2],
          ['main', 1, 10],
          ['c', 0, 2],
        ]);
        expect([t.grandTotal, t.totalFunctions]).toEqual([10, 5]);
        const two = await clientFor(s.url, enc).selectFunctions(params(Date.now()), 2);
        expect([two.names, two.totalFunctions]).toEqual([['a', 'b'], 5]);
      }
    } finally {
      await s.close();
    }
  });

  it('is Unimplemented without the flag, as Pyroscope 2.2 answers', async () => {
    const s = await server(featureFlagsFromEnv(undefined));
    try {
      await expect(clientFor(s.url).selectFunctions(params(Date.now()), 0)).rejects.toThrow(
        /functionProjections feature flag/
      );
    } finally {
      await s.close();
    }
  });
});

describe('exact function tables: from the server, or computed from the merged pprof where it has none', () => {
  const folded = 'main;a;b;a 4\nmain;b 3\nmain 1\nmain;c;d 2\n<img src=x onerror=alert(1)>;a 5\n';
  const body = encodeTreeAsPprof(parseFolded(folded).tree, { type: 'cpu', unit: 'nanoseconds' });
  const rowsOf = (t: { names: readonly string[]; self: Float64Array; total: Float64Array }) =>
    Object.fromEntries(t.names.map((n, i) => [n, [t.self[i], t.total[i]]]).filter(([, v]) => (v as number[])[1] > 0));

  it('gives the same rows from the server table and from the merged pprof, and says which', async () => {
    const answers = [];
    for (const flags of ['functionProjections=on', 'functionProjections=off']) {
      const s = await server(featureFlagsFromEnv(flags));
      try {
        await fetch(`${s.url}/ingest?name=app&format=pprof`, { method: 'POST', body: body as BodyInit });
        const now = Date.now();
        const params = {
          profileTypeID: 'process_cpu:cpu:nanoseconds::',
          labelSelector: '{}',
          start: now - HOUR,
          end: now + HOUR,
        };
        const client = clientFor(s.url);
        // Asking for the server's table where the flag is off answers nothing, as on a mixed
        // deployment: the panel then reduces the merged pprof.
        const fromServer = await serverFunctionTable(client, params, true);
        answers.push(
          fromServer ?? exactFunctionTableOfPprof((await client.selectMergeProfile(params))!, params.profileTypeID)
        );
      } finally {
        await s.close();
      }
    }
    const [server2, computed] = answers;
    expect([server2!.source, computed!.source]).toEqual(['server', 'profile']);
    expect(rowsOf(server2!.table)).toEqual(rowsOf(computed!.table));
    expect(rowsOf(computed!.table)).toEqual({
      main: [1, 10],
      a: [9, 9],
      b: [3, 7],
      c: [0, 2],
      d: [2, 2],
      '<img src=x onerror=alert(1)>': [0, 5],
    });
    expect([server2!.totalFunctions, computed!.totalFunctions]).toEqual([6, 6]);
  });
});
