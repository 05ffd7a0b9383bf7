/**
 * The host's GitHub sign-in for the source service, standing in for Profiles Drilldown's "Connect
 * to GitHub": in Grafana the browser signs in to GitHub, Pyroscope's GithubLogin turns the code
 * into a session token, and Drilldown keeps it in the pyroscope_git_session cookie on Grafana's
 * origin, where the datasource proxy passes it on when the datasource allows it.
 *
 *   POST /api/sandbox/git/sign-in    GithubLogin on the API, then Set-Cookie with its token
 *   POST /api/sandbox/git/sign-out   the cookie cleared
 *   GET  /api/sandbox/git/session    {signedIn}: whether the browser holds the cookie
 *
 * Drilldown sets the cookie from script, so it is not HttpOnly here either. Signed in means holding
 * the cookie: the API forgets its sessions when it restarts, and then answers 401 until the next
 * sign-in.
 */
import { cookieValue } from './cookies';
import { GIT_SESSION_COOKIE } from './gitSessions';

export interface HostReply {
  status: number;
  body: unknown;
  setCookie?: string;
}

/** The sandbox has no GitHub: any code signs in. */
const SANDBOX_AUTHORIZATION_CODE = 'sandbox';

export async function gitSessionReply(
  method: string,
  pathname: string,
  cookieHeader: string | string[] | undefined,
  apiUrl: string
): Promise<HostReply | undefined> {
  if (pathname === '/api/sandbox/git/session' && method === 'GET') {
    return { status: 200, body: { signedIn: Boolean(cookieValue(cookieHeader, GIT_SESSION_COOKIE)) } };
  }
  if (pathname === '/api/sandbox/git/sign-out' && method === 'POST') {
    return {
      status: 200,
      body: { signedIn: false },
      setCookie: `${GIT_SESSION_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0`,
    };
  }
  if (pathname === '/api/sandbox/git/sign-in' && method === 'POST') {
    let r: Response;
    let answer: { token?: string; tokenExpiresAt?: string; message?: string };
    try {
      r = await fetch(`${apiUrl}/vcs.v1.VCSService/GithubLogin`, {
        method: 'POST',
        // The API's default tenant, so sign-in works with multi-tenancy on too (sessions are not per tenant).
        headers: { 'Content-Type': 'application/json', 'X-Scope-OrgID': 'anonymous' },
        body: JSON.stringify({ authorizationCode: SANDBOX_AUTHORIZATION_CODE }),
      });
      answer = (await r.json()) as typeof answer;
    } catch (e) {
      return { status: 502, body: { message: `GitHub sign-in failed: ${(e as Error).message}` } };
    }
    if (!r.ok || !answer.token) {
      return { status: 502, body: { message: `GitHub sign-in failed: ${answer.message ?? r.statusText}` } };
    }
    const expires = new Date(Number(answer.tokenExpiresAt)).toUTCString();
    return {
      status: 200,
      body: { signedIn: true },
      setCookie: `${GIT_SESSION_COOKIE}=${answer.token}; Path=/; SameSite=Lax; Expires=${expires}`,
    };
  }
  return undefined;
}
