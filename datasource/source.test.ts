import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { ConnectError, PyroscopeClient, type ConnectRequest } from '../src/pyroscope/client';
import { SeriesResponseSchema } from '../src/pyroscope/gen/querier/v1/querier_pb';
import {
  GetCommitsResponseSchema,
  GetFileRequestSchema,
  GetFileResponseSchema,
} from '../src/pyroscope/gen/vcs/v1/vcs_pb';
import { DEFAULT_QUERY, type FlamelensQuery } from '../src/contract/query';
import { fetchSource, type SourceSettings } from './source';

const SOURCE = 'package main\n\nfunc hot() {\n\tspin()\n}\n';
const HOSTILE = '<img src=x onerror=alert(1)>';

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
const HOT = { name: 'hot', file: 'hot.go' };
const ALLOWED: SourceSettings = { keepCookies: ['pyroscope_git_session'], signInUrl: '/sign-in' };
const methodsOf = (f: Fake) => f.calls.map((c) => c.path.split('/').pop());

describe("a function's source from the datasource", () => {
  it('asks for the file of the most common version the labels name, and reads its commit', async () => {
    const f = server({ Series: LABELLED, GetFile: file, GetCommits: commits });
    const a = await fetchSource(f.client, q, range, HOT, ALLOWED);
    const fileReq = fromBinary(GetFileRequestSchema, f.calls[methodsOf(f).indexOf('GetFile')].body as Uint8Array);
    expect(fileReq).toMatchObject({
      repositoryURL: 'https://github.com/acme/app',
      ref: 'v2',
      rootPath: 'svc',
      localPath: 'hot.go',
      functionName: 'hot',
    });
    expect(a).toMatchObject({
      kind: 'file',
      file: { path: 'hot.go', text: SOURCE, url: 'https://github.com/acme/app/blob/v2/svc/hot.go', ref: 'v2' },
      commit: { sha: 'abc123', author: 'ada', message: 'Spin less\n\nbody' },
      commitNote: 'The range also has 1 other version(s) of the service; showing v2.',
    });
  });

  it('says which labels are missing and asks no source service when the profiles have none', async () => {
    const f = server({ Series: series([{ service_name: 'app' }]) });
    const a = await fetchSource(f.client, q, range, { name: HOSTILE, file: 'x.go' }, ALLOWED);
    expect(a).toMatchObject({ kind: 'unavailable', reason: 'no-labels' });
    expect(a.kind === 'unavailable' && a.text).toContain('service_repository and service_git_ref');
    expect(methodsOf(f)).toEqual(['Series']);
  });

  it('names the one label missing when the profiles carry the repository but not the ref', async () => {
    const f = server({ Series: series([{ service_repository: 'https://github.com/acme/app' }]) });
    const a = await fetchSource(f.client, q, range, HOT, ALLOWED);
    expect(a.kind === 'unavailable' && a.text).toMatch(
      /^No source: the profiles carry service_repository but no service_git_ref label\. Add it .*\(the commit it runs\)/
    );
  });

  it('tells the admin to allow the session cookie instead of asking for a file Pyroscope would refuse', async () => {
    const f = server({ Series: LABELLED, GetFile: file });
    const a = await fetchSource(f.client, q, range, HOT, { keepCookies: ['other'] });
    expect(a).toMatchObject({ kind: 'unavailable', reason: 'cookie-not-allowed' });
    expect(methodsOf(f)).not.toContain('GetFile');
  });

  it.each([
    [new ConnectError(401, 'unauthenticated', 'no session'), 'signed-out'],
    [new ConnectError(404, 'unimplemented', ''), 'no-service'],
    [new ConnectError(404, 'not_found', 'hot.go is not in acme/app at v2'), 'not-found'],
    [new ConnectError(502, 'unavailable', 'bad gateway'), 'failed'],
  ])('turns a GetFile failure (%s) into a line saying why, not an error', async (err, reason) => {
    const f = server({ Series: LABELLED, GetFile: () => err });
    const a = await fetchSource(f.client, q, range, HOT, ALLOWED);
    expect(a).toMatchObject({ kind: 'unavailable', reason });
    if (reason === 'signed-out') {
      expect(a).toMatchObject({ signInUrl: '/sign-in' });
    }
    if (reason === 'not-found') {
      expect(a.kind === 'unavailable' && a.text).toContain('hot.go is not in acme/app at v2');
    }
  });

  it('keeps the file when the commit cannot be read', async () => {
    const f = server({
      Series: LABELLED,
      GetFile: file,
      GetCommits: () => new ConnectError(500, 'internal', 'forge down'),
    });
    const a = await fetchSource(f.client, q, range, HOT, ALLOWED);
    expect(a).toMatchObject({ kind: 'file', commitNote: 'The commit could not be read: forge down' });
  });
});
