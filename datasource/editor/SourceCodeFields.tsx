/**
 * Source code settings: whether Grafana's proxy forwards the GitHub session cookie Pyroscope's
 * source service reads (an allowed cookie, kept with any others the admin allowed), and where users
 * sign in to GitHub for it.
 */
import React from 'react';
import { Field, FieldSet, Input, Switch } from '@grafana/ui';
import { GIT_SESSION_COOKIE } from '../../src/contract/functionDetails';

interface Props {
  keepCookies?: string[];
  signInUrl?: string;
  onChange: (patch: { keepCookies?: string[]; sourceSignInUrl?: string }) => void;
}

/** The allowed cookies with the session cookie added or removed, the others kept as they were. */
export function withSessionCookie(cookies: readonly string[] | undefined, on: boolean): string[] {
  const others = (cookies ?? []).filter((c) => c !== GIT_SESSION_COOKIE);
  return on ? [...others, GIT_SESSION_COOKIE] : others;
}

export function SourceCodeFields({ keepCookies, signInUrl, onChange }: Props) {
  const on = keepCookies?.includes(GIT_SESSION_COOKIE) ?? false;
  return (
    <FieldSet label="Source code">
      <Field
        label="Forward the GitHub session cookie"
        description={`Function details show a function's source when Pyroscope can read it from GitHub for the signed-in user. Grafana's proxy forwards no browser cookie unless it is allowed: this adds ${GIT_SESSION_COOKIE} to the datasource's allowed cookies (keepCookies).`}
      >
        <Switch
          id="flamelens-git-cookie"
          aria-label="Forward the GitHub session cookie"
          value={on}
          onChange={(e) => onChange({ keepCookies: withSessionCookie(keepCookies, e.currentTarget.checked) })}
        />
      </Field>
      <Field
        label="GitHub sign-in page"
        description="Shown to users who are not signed in (for example Profiles Drilldown, where a function's details offer Connect to GitHub)."
      >
        <Input
          id="flamelens-sign-in-url"
          aria-label="GitHub sign-in page"
          width={60}
          placeholder="/a/grafana-pyroscope-app/explore"
          value={signInUrl ?? ''}
          onChange={(e) => onChange({ sourceSignInUrl: e.currentTarget.value.trim() || undefined })}
        />
      </Field>
    </FieldSet>
  );
}
