/**
 * GitHub sessions, as Pyroscope's source service keeps them: GithubLogin turns an authorization
 * code into a session token that the browser then sends back in the pyroscope_git_session cookie,
 * and GetFile/GetCommits answer only a request carrying a live one.
 *
 * The sandbox has no GitHub: any non-empty code signs in, and the token is a random string this
 * server remembers (in memory, so a restart signs everyone out), where Pyroscope's is the GitHub
 * token encrypted with its own key. Lifetimes are GitHub's: the token 8 hours, the refresh token
 * 184 days; there is no refresh here, an expired token is refused like an unknown one.
 */
import { randomBytes } from 'crypto';
import type { Clock } from '../../src/time/clock';
import { ConnectFailure } from './connect';
import { cookieValue } from './cookies';

export const GIT_SESSION_COOKIE = 'pyroscope_git_session';
export const TOKEN_LIFETIME_MS = 8 * 3600e3;
export const REFRESH_LIFETIME_MS = 184 * 24 * 3600e3;

export interface GitLogin {
  /** A Set-Cookie value (Pyroscope still answers one for older frontends). */
  cookie: string;
  token: string;
  tokenExpiresAtMs: number;
  refreshTokenExpiresAtMs: number;
}

export class GitSessions {
  private readonly expiresAtMs = new Map<string, number>();

  constructor(private readonly now: Clock) {}

  login(authorizationCode: string): GitLogin {
    if (!authorizationCode) {
      throw new ConnectFailure('invalid_argument', 'authorizationCode is required: the code GitHub gave the sign-in');
    }
    const now = this.now();
    for (const [token, at] of this.expiresAtMs) {
      if (at <= now) {
        this.expiresAtMs.delete(token);
      }
    }
    const token = randomBytes(32).toString('base64');
    const tokenExpiresAtMs = now + TOKEN_LIFETIME_MS;
    this.expiresAtMs.set(token, tokenExpiresAtMs);
    return {
      cookie: `${GIT_SESSION_COOKIE}=${token}; Path=/; Expires=${new Date(tokenExpiresAtMs).toUTCString()}; Secure; SameSite=Lax`,
      token,
      tokenExpiresAtMs,
      refreshTokenExpiresAtMs: now + REFRESH_LIFETIME_MS,
    };
  }

  /** Whether a Cookie header carries a live session token. */
  signedIn(cookieHeader: string | string[] | undefined): boolean {
    const token = cookieValue(cookieHeader, GIT_SESSION_COOKIE);
    const at = token === undefined ? undefined : this.expiresAtMs.get(token);
    return at !== undefined && at > this.now();
  }

  /** Refuses, as Pyroscope does, a request without a live session. */
  require(cookieHeader: string | string[] | undefined): void {
    if (!this.signedIn(cookieHeader)) {
      throw new ConnectFailure(
        'unauthenticated',
        `no GitHub session: sign in to GitHub first (the ${GIT_SESSION_COOKIE} cookie is missing, unknown or expired)`
      );
    }
  }
}
