/**
 * Pyroscope's source service, vcs.v1.VCSService, over Connect (binary protobuf or JSON), with this
 * repository as the forge (gitForge.ts):
 *
 * - GithubLogin: any non-empty code signs in (the sandbox has no GitHub) and gets a session token;
 * - GetFile, GetCommits: only with a live session in the pyroscope_git_session cookie
 *   (`unauthenticated`, HTTP 401, otherwise), only for the sandbox's repository URL (`not_found`
 *   for any other). A file is answered base64 with its URL `<repository>/blob/<ref>/<path>`, a
 *   commit with `<repository>/commit/<sha>`, as GitHub names them.
 */
import { type Encoding, ConnectFailure, decodeRequest, reply, type Reply } from './connect';
import type { GitForge } from './gitForge';
import type { GitSessions } from './gitSessions';
import {
  GetCommitsRequestSchema,
  GetCommitsResponseSchema,
  GetFileRequestSchema,
  GetFileResponseSchema,
  GithubLoginRequestSchema,
  GithubLoginResponseSchema,
} from '../../src/pyroscope/gen/vcs/v1/vcs_pb';

export interface VcsOptions {
  /** The repository the forge serves, as profiles name it (service_repository). */
  repositoryURL: string;
  forge: GitForge;
  sessions: GitSessions;
}

/** One URL however it is written: case, a trailing slash or ".git" do not make another repository. */
const sameRepository = (a: string, b: string) => {
  const norm = (u: string) =>
    u
      .trim()
      .replace(/\/+$/, '')
      .replace(/\.git$/, '')
      .toLowerCase();
  return norm(a) === norm(b);
};

export type VcsHandler = (
  method: string,
  cookie: string | string[] | undefined,
  enc: Encoding,
  body: Uint8Array
) => Promise<Reply>;

export function vcsService(opts: VcsOptions): VcsHandler {
  const base = opts.repositoryURL.replace(/\/+$/, '');
  const checkRepository = (url: string) => {
    if (!sameRepository(url, base)) {
      throw new ConnectFailure(
        'not_found',
        `repository ${JSON.stringify(url)} is not served here: the sandbox serves only ${base} (FLAMELENS_REPOSITORY_URL)`
      );
    }
  };
  return async (method, cookie, enc, body) => {
    switch (method) {
      case 'GithubLogin': {
        const r = decodeRequest(GithubLoginRequestSchema, enc, body);
        const login = opts.sessions.login(r.authorizationCode);
        return reply(GithubLoginResponseSchema, enc, {
          cookie: login.cookie,
          token: login.token,
          tokenExpiresAt: BigInt(login.tokenExpiresAtMs),
          refreshTokenExpiresAt: BigInt(login.refreshTokenExpiresAtMs),
        });
      }
      case 'GetFile': {
        opts.sessions.require(cookie);
        const r = decodeRequest(GetFileRequestSchema, enc, body);
        checkRepository(r.repositoryURL);
        const file = await opts.forge.file(r.ref, r.localPath, r.rootPath);
        return reply(GetFileResponseSchema, enc, {
          content: Buffer.from(file.bytes).toString('base64'),
          URL: `${base}/blob/${r.ref}/${file.path}`,
        });
      }
      case 'GetCommits': {
        opts.sessions.require(cookie);
        const r = decodeRequest(GetCommitsRequestSchema, enc, body);
        checkRepository(r.repositoryUrl);
        const commits = await Promise.all(r.refs.map((ref) => opts.forge.commit(ref)));
        return reply(GetCommitsResponseSchema, enc, {
          commits: commits.map((c) => ({
            message: c.message,
            author: { login: c.authorName, avatarURL: '' },
            date: c.date,
            sha: c.sha,
            URL: `${base}/commit/${c.sha}`,
          })),
        });
      }
      default:
        throw new ConnectFailure(
          'unimplemented',
          `/vcs.v1.VCSService/${method} is not a method this server implements`
        );
    }
  };
}
