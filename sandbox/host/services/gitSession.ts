/**
 * The browser's GitHub session for the source service, through the host's endpoints
 * (sandbox/server/hostGitSession.ts): the stand-in for Profiles Drilldown's GitHub sign-in.
 */

async function signedInFrom(r: Response): Promise<boolean> {
  const body = (await r.json()) as { signedIn?: boolean; message?: string };
  if (!r.ok) {
    throw new Error(body.message ?? `HTTP ${r.status}`);
  }
  return body.signedIn === true;
}

export const gitSession = {
  signedIn: async () => signedInFrom(await fetch('/api/sandbox/git/session')),
  signIn: async () => signedInFrom(await fetch('/api/sandbox/git/sign-in', { method: 'POST' })),
  signOut: async () => signedInFrom(await fetch('/api/sandbox/git/sign-out', { method: 'POST' })),
};
