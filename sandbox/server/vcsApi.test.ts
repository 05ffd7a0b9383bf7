import { startApi, tempGitRepository, type RunningApi } from './testing';
import { GIT_SESSION_COOKIE } from './gitSessions';

const REPO = 'https://github.com/example/rides';
const DEMO = '/tmp/ci3/main/sandbox/demo/rideshare.cjs';

describe('vcs.v1.VCSService in the sandbox API', () => {
  const repo = tempGitRepository();
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi({ vcs: { root: repo.dir, repositoryURL: REPO } });
  });
  afterAll(() => api.close());

  const call = (method: string, body: unknown, cookie?: string) =>
    fetch(`${api.url}/vcs.v1.VCSService/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(body),
    });
  const signIn = async () => {
    const r = await call('GithubLogin', { authorizationCode: 'any code' });
    expect(r.status).toBe(200);
    return (await r.json()) as { token: string; cookie: string; tokenExpiresAt: string; refreshTokenExpiresAt: string };
  };

  it('signs in with any code, answering a token, its cookie and expiry times (ms)', async () => {
    const before = Date.now();
    const login = await signIn();
    expect(login.cookie).toContain(`${GIT_SESSION_COOKIE}=${login.token}`);
    expect(Number(login.tokenExpiresAt)).toBeGreaterThan(before);
    expect(Number(login.refreshTokenExpiresAt)).toBeGreaterThan(Number(login.tokenExpiresAt));
    const empty = await call('GithubLogin', {});
    expect([empty.status, (await empty.json()).code]).toEqual([400, 'invalid_argument']);
  });

  it('answers GetFile and GetCommits 401 unauthenticated without a session it issued', async () => {
    for (const cookie of [undefined, `${GIT_SESSION_COOKIE}=made-up`, `other=1`]) {
      for (const [method, body] of [
        ['GetFile', { repositoryURL: REPO, ref: 'main', localPath: DEMO }],
        ['GetCommits', { repository_url: REPO, refs: ['main'] }],
      ] as const) {
        const r = await call(method, body, cookie);
        const err = await r.json();
        expect([r.status, err.code]).toEqual([401, 'unauthenticated']);
        expect(err.message).toMatch(/sign in/);
      }
    }
  });

  it('serves a file of the repository at a ref, base64, with its URL on the forge', async () => {
    const { token } = await signIn();
    const cookie = `grafana_session=x; ${GIT_SESSION_COOKIE}=${token}`;
    const r = await call('GetFile', { repositoryURL: REPO, ref: repo.first, localPath: DEMO }, cookie);
    expect(r.status).toBe(200);
    const file = await r.json();
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe('version 1\n');
    expect(file.URL).toBe(`${REPO}/blob/${repo.first}/sandbox/demo/rideshare.cjs`);
    const other = await call(
      'GetFile',
      { repositoryURL: 'https://github.com/x/y', ref: 'main', localPath: DEMO },
      cookie
    );
    expect([other.status, (await other.json()).code]).toEqual([404, 'not_found']);
    const missing = await call('GetFile', { repositoryURL: `${REPO}.git`, ref: 'main', localPath: 'nope.js' }, cookie);
    expect([missing.status, (await missing.json()).message]).toEqual([
      404,
      'file nope.js not found in the repository at main',
    ]);
    const climbing = await call('GetFile', { repositoryURL: REPO, ref: 'main', localPath: '../x' }, cookie);
    expect(climbing.status).toBe(400);
  });

  it('serves commits: full message, author name, ISO date, full sha and URL, one per ref', async () => {
    const { token } = await signIn();
    const r = await call(
      'GetCommits',
      { repository_url: REPO, refs: [repo.first.slice(0, 7), 'main'] },
      `${GIT_SESSION_COOKIE}=${token}`
    );
    expect(r.status).toBe(200);
    const { commits } = await r.json();
    expect(commits[0]).toEqual({
      message: 'First\n\nWith a body.',
      author: { login: 'Ada Lovelace', avatarURL: '' },
      date: '2024-05-06T07:08:09+02:00',
      sha: repo.first,
      URL: `${REPO}/commit/${repo.first}`,
    });
    expect(commits[1].sha).toBe(repo.second);
    const unknown = await call('GetCommits', { repository_url: REPO, refs: ['v0'] }, `${GIT_SESSION_COOKIE}=${token}`);
    expect([unknown.status, (await unknown.json()).code]).toEqual([404, 'not_found']);
  });

  it('speaks binary protobuf too, and refuses GET and unknown methods as the querier does', async () => {
    const { token } = await signIn();
    const { create, toBinary, fromBinary } = await import('@bufbuild/protobuf');
    const vcs = await import('../../src/pyroscope/gen/vcs/v1/vcs_pb');
    const r = await fetch(`${api.url}/vcs.v1.VCSService/GetFile`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/proto', Cookie: `${GIT_SESSION_COOKIE}=${token}` },
      body: toBinary(
        vcs.GetFileRequestSchema,
        create(vcs.GetFileRequestSchema, { repositoryURL: REPO, ref: 'main', localPath: 'README.md' })
      ) as BodyInit,
    });
    expect(r.status).toBe(200);
    const file = fromBinary(vcs.GetFileResponseSchema, new Uint8Array(await r.arrayBuffer()));
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe('readme\n');
    expect((await fetch(`${api.url}/vcs.v1.VCSService/GetFile`)).status).toBe(405);
    const nope = await call('GithubRefresh', {});
    expect([nope.status, (await nope.json()).code]).toEqual([404, 'unimplemented']);
  });
});
