import React, { useEffect, useState } from 'react';
import { css } from '@emotion/css';
import { Alert, Button, useStyles2 } from '@grafana/ui';
import { gitSession } from '../services/gitSession';

/**
 * "Source code access": whether this browser holds the GitHub session the source service needs,
 * and a button to sign in or out. A failure shows as an alert, the page stays usable.
 */
export function GitSignInPage() {
  const styles = useStyles2(() => ({ page: css({ padding: 16, maxWidth: 900 }) }));
  const [signedIn, setSignedIn] = useState<boolean>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    gitSession.signedIn().then(setSignedIn, (e: Error) => setError(e.message));
  }, []);

  const run = async (action: () => Promise<boolean>) => {
    setBusy(true);
    setError(undefined);
    try {
      setSignedIn(await action());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.page}>
      <h1>Source code access</h1>
      <p>
        In Grafana this is the GitHub sign-in of Profiles Drilldown: it keeps the session in the pyroscope_git_session
        cookie, which a data source passes on to Pyroscope when it allows that cookie.
      </p>
      {signedIn !== undefined && (
        <p data-testid="git-session-state">
          {signedIn ? 'This browser is signed in to GitHub.' : 'This browser is not signed in to GitHub.'}
        </p>
      )}
      {error && <Alert title={error} severity="error" />}
      {signedIn !== undefined &&
        (signedIn ? (
          <Button variant="secondary" disabled={busy} onClick={() => void run(gitSession.signOut)}>
            Sign out
          </Button>
        ) : (
          <Button disabled={busy} onClick={() => void run(gitSession.signIn)}>
            Sign in
          </Button>
        ))}
    </div>
  );
}
