import { ConnectFailure } from './connect';
import { GIT_SESSION_COOKIE, GitSessions, REFRESH_LIFETIME_MS, TOKEN_LIFETIME_MS } from './gitSessions';

describe('GitHub sessions', () => {
  let now = 1_700_000_000_000;
  const sessions = new GitSessions(() => now);
  const refusal = (cookie: string | undefined): string[] | undefined => {
    try {
      sessions.require(cookie);
      return undefined;
    } catch (e) {
      return e instanceof ConnectFailure ? [e.code, e.message] : [String(e)];
    }
  };

  it('issues a fresh token per sign-in, with GitHub lifetimes and a Set-Cookie value', () => {
    const a = sessions.login('code-1');
    const b = sessions.login('code-1');
    expect(a.token).not.toBe(b.token);
    expect(a.tokenExpiresAtMs).toBe(now + TOKEN_LIFETIME_MS);
    expect(a.refreshTokenExpiresAtMs).toBe(now + REFRESH_LIFETIME_MS);
    expect(a.cookie.startsWith(`${GIT_SESSION_COOKIE}=${a.token}; Path=/;`)).toBe(true);
    expect(() => sessions.login('')).toThrow(/authorizationCode is required/);
  });

  it('accepts only a cookie holding a token it issued, until the token expires', () => {
    const { token } = sessions.login('code');
    expect(refusal(`a=1; ${GIT_SESSION_COOKIE}=${token}`)).toBeUndefined();
    expect(refusal(undefined)).toEqual(['unauthenticated', expect.stringMatching(/sign in/)]);
    expect(refusal(`${GIT_SESSION_COOKIE}=forged`)?.[0]).toBe('unauthenticated');
    expect(refusal(`other=${token}`)?.[0]).toBe('unauthenticated');
    now += TOKEN_LIFETIME_MS;
    expect(refusal(`${GIT_SESSION_COOKIE}=${token}`)?.[0]).toBe('unauthenticated');
    expect(sessions.signedIn(`${GIT_SESSION_COOKIE}=${token}`)).toBe(false);
  });
});
