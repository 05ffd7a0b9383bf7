import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { ConnectError, PyroscopeClient, type ConnectRequest } from '../src/pyroscope/client';
import {
  SelectMergeStacktracesRequestSchema,
  SelectMergeStacktracesResponseSchema,
  SeriesResponseSchema,
} from '../src/pyroscope/gen/querier/v1/querier_pb';
import {
  GetCommitsResponseSchema,
  GetFileRequestSchema,
  GetFileResponseSchema,
} from '../src/pyroscope/gen/vcs/v1/vcs_pb';
import { sourcePprof } from '../src/testing/sourcePprof';
import { DEFAULT_QUERY, type FlamelensQuery } from '../src/contract/query';
import { fetchFunctionDetails, type SourceSettings } from './functionDetails';

const SOURCE = 'package main\n\nfunc hot() {\n\tspin()\n}\n';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** main (main.go:3) → hot (hot.go:4, 30 samples), and a hostile function (10). */
const pprof = sourcePprof(
  [
    ['main', 'main.go', 1],
    ['hot', 'hot.go', 3],
    [HOSTILE, 'x.go', 1],
  ],
  [[[1, 3]], [[2, 4]], [[3, 2]]],
  [
    [[2, 1], [30]],
    [[3, 1], [10]],
  ]
);

type Answer = Uint8Array | Error;
interface Fake {
  client: PyroscopeClient;
  calls: ConnectRequest[];
}

function server(answers: Record<string, () => Answer>): Fake {
  const calls: ConnectRequest[] = [];
  const client = new PyroscopeClient(async (req) => {
    calls.push(req);
    const method = req.path.split('/').pop()!;
    const a = answers[method]?.() ?? new ConnectError(404, 'unimplemented', `${method} not served`);
    if (a instanceof Error) {
      throw a;
    }
    return a;
  });
  return { client, calls };
}

const merged = () =>
  toBinary(
    SelectMergeStacktracesResponseSchema,
    create(SelectMergeStacktracesResponseSchema, { pprof: { profile: pprof } })
  );
const series = (sets: Array<Record<string, string>>) => () =>
  toBinary(
    SeriesResponseSchema,
    create(SeriesResponseSchema, {
      labelsSet: sets.map((s) => ({ labels: Object.entries(s).map(([name, value]) => ({ name, value })) })),
    })
  );
const LABELLED = series([
  { service_repository: 'https://github.com/acme/app', service_git_ref: 'v2', service_root_path: 'svc' },
  { service_repository: 'https://github.com/acme/app', service_git_ref: 'v1' },
  { service_repository: 'https://github.com/acme/app', service_git_ref: 'v2', service_root_path: 'svc' },
]);
const file = () =>
  toBinary(
    GetFileResponseSchema,
    create(GetFileResponseSchema, {
      content: Buffer.from(SOURCE).toString('base64'),
      URL: 'https://github.com/acme/app/blob/v2/svc/hot.go',
    })
  );
const commits = () =>
  toBinary(
    GetCommitsResponseSchema,
    create(GetCommitsResponseSchema, {
      commits: [
        {
          sha: 'abc123',
          message: 'Spin less\n\nbody',
          author: { login: 'ada' },
          date: '2026-11-01T10:00:00Z',
          URL: 'u',
        },
      ],
    })
  );

const q: FlamelensQuery = {
  ...DEFAULT_QUERY,
  refId: 'A',
  profileTypeId: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
  labelSelector: '{service_name="app"}',
} as FlamelensQuery;
const range = { start: 1_000, end: 2_000 };
const ALLOWED: SourceSettings = { keepCookies: ['pyroscope_git_session'], signInUrl: '/sign-in' };
const methodsOf = (f: Fake) => f.calls.map((c) => c.path.split('/').pop());

describe('function details from the datasource', () => {
  it('reads the lines from the call site pprof and the source file and commit of the most common version', async () => {
    const f = server({ SelectMergeStacktraces: merged, Series: LABELLED, GetFile: file, GetCommits: commits });
    const a = await fetchFunctionDetails(f.client, q, range, { name: 'hot', callSite: ['main', 'hot'] }, ALLOWED);
    expect(a?.details).toMatchObject({ name: 'hot', self: 30, total: 30, grandTotal: 40, file: 'hot.go' });
    expect(a?.details.lines).toEqual([{ file: 'hot.go', line: 4, self: 30, total: 30 }]);
    expect(a?.callSite).toEqual(['main', 'hot']);
    const asked = fromBinary(SelectMergeStacktracesRequestSchema, f.calls[0].body as Uint8Array);
    expect(asked.stackTraceSelector?.callSite.map((l) => l.name)).toEqual(['main', 'hot']);
    const fileReq = fromBinary(GetFileRequestSchema, f.calls[methodsOf(f).indexOf('GetFile')].body as Uint8Array);
    expect(fileReq).toMatchObject({
      repositoryURL: 'https://github.com/acme/app',
      ref: 'v2',
      rootPath: 'svc',
      localPath: 'hot.go',
      functionName: 'hot',
    });
    expect(a?.source).toMatchObject({
      kind: 'file',
      file: { text: SOURCE, url: 'https://github.com/acme/app/blob/v2/svc/hot.go', ref: 'v2' },
      commit: { sha: 'abc123', author: 'ada', message: 'Spin less\n\nbody' },
      commitNote: 'The range also has 1 other version(s) of the service; showing v2.',
    });
  });

  it('says which labels are missing and asks no source service when the profiles have none', async () => {
    const f = server({ SelectMergeStacktraces: merged, Series: series([{ service_name: 'app' }]) });
    const a = await fetchFunctionDetails(f.client, q, range, { name: HOSTILE }, ALLOWED);
    expect(a?.details.self).toBe(10);
    expect(a?.source).toMatchObject({ kind: 'unavailable', reason: 'no-labels' });
    expect(a?.source.kind === 'unavailable' && a.source.text).toContain('service_repository and service_git_ref');
    expect(methodsOf(f)).toEqual(['SelectMergeStacktraces', 'Series']);
  });

  it('tells the admin to allow the session cookie instead of asking for a file Pyroscope would refuse', async () => {
    const f = server({ SelectMergeStacktraces: merged, Series: LABELLED, GetFile: file });
    const a = await fetchFunctionDetails(f.client, q, range, { name: 'hot' }, { keepCookies: ['other'] });
    expect(a?.source).toMatchObject({ kind: 'unavailable', reason: 'cookie-not-allowed' });
    expect(methodsOf(f)).not.toContain('GetFile');
  });

  it.each([
    [new ConnectError(401, 'unauthenticated', 'no session'), 'signed-out'],
    [new ConnectError(404, 'unimplemented', ''), 'no-service'],
    [new ConnectError(404, 'not_found', 'hot.go is not in acme/app at v2'), 'not-found'],
    [new ConnectError(502, 'unavailable', 'bad gateway'), 'failed'],
  ])('turns a GetFile failure (%s) into a line saying why, not an error', async (err, reason) => {
    const f = server({ SelectMergeStacktraces: merged, Series: LABELLED, GetFile: () => err });
    const a = await fetchFunctionDetails(f.client, q, range, { name: 'hot' }, ALLOWED);
    expect(a?.details.total).toBe(30);
    expect(a?.source).toMatchObject({ kind: 'unavailable', reason });
    if (reason === 'signed-out') {
      expect(a?.source).toMatchObject({ signInUrl: '/sign-in' });
    }
    if (reason === 'not-found') {
      expect(a?.source.kind === 'unavailable' && a.source.text).toContain('hot.go is not in acme/app at v2');
    }
  });

  it('keeps the file when the commit cannot be read', async () => {
    const f = server({
      SelectMergeStacktraces: merged,
      Series: LABELLED,
      GetFile: file,
      GetCommits: () => new ConnectError(500, 'internal', 'forge down'),
    });
    const a = await fetchFunctionDetails(f.client, q, range, { name: 'hot' }, ALLOWED);
    expect(a?.source).toMatchObject({ kind: 'file', commitNote: 'The commit could not be read: forge down' });
  });

  it('answers nothing for a function no sample has', async () => {
    const f = server({ SelectMergeStacktraces: merged, Series: LABELLED });
    expect(await fetchFunctionDetails(f.client, q, range, { name: 'absent' }, ALLOWED)).toBeUndefined();
    expect(methodsOf(f)).toEqual(['SelectMergeStacktraces']);
  });
});
