/**
 * @jest-environment jsdom
 */
import React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { GitSignInPage } from './GitSignInPage';

/** jsdom has no Response: the part of one the page reads. */
const answer = (status: number, body: unknown) => ({ ok: status < 300, status, json: async () => body });

/** The host's session endpoints, as a cookie jar of one cookie. */
function fakeHost(fail = false) {
  let cookie = false;
  const calls: string[] = [];
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url}`;
    calls.push(key);
    if (fail && key.endsWith('sign-in')) {
      return answer(502, { message: 'GitHub sign-in failed: nobody home' });
    }
    if (key === 'POST /api/sandbox/git/sign-in') cookie = true;
    if (key === 'POST /api/sandbox/git/sign-out') cookie = false;
    return answer(200, { signedIn: cookie });
  }) as unknown as typeof fetch;
  return calls;
}

const state = () => screen.findByTestId('git-session-state').then((e) => e.textContent);

describe('the source code access page', () => {
  it('says whether the browser is signed in, and signs in and out', async () => {
    const calls = fakeHost();
    render(<GitSignInPage />);
    expect(await state()).toBe('This browser is not signed in to GitHub.');
    expect(screen.getByText(/GitHub sign-in of Profiles Drilldown/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' })));
    expect(await state()).toBe('This browser is signed in to GitHub.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign out' })));
    expect(await state()).toBe('This browser is not signed in to GitHub.');
    expect(calls).toEqual([
      'GET /api/sandbox/git/session',
      'POST /api/sandbox/git/sign-in',
      'POST /api/sandbox/git/sign-out',
    ]);
  });

  it('shows a failed sign-in and stays signed out', async () => {
    fakeHost(true);
    render(<GitSignInPage />);
    expect(await state()).toMatch(/not signed in/);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' })));
    expect(await screen.findByText('GitHub sign-in failed: nobody home')).toBeTruthy();
    expect(await state()).toMatch(/not signed in/);
  });
});
