import { cookieValue, keptCookieHeader, parseCookies } from './cookies';

describe('Cookie headers', () => {
  it('reads pairs as Go does: trimmed, quotes dropped, nameless and "="-less parts ignored', () => {
    expect(parseCookies('a=1; grafana_session=x;b="2" ; =nope; junk; c=')).toEqual([
      { name: 'a', value: '1' },
      { name: 'grafana_session', value: 'x' },
      { name: 'b', value: '2' },
      { name: 'c', value: '' },
    ]);
    expect(parseCookies(['a=1', 'b=2']).map((c) => c.name)).toEqual(['a', 'b']);
    expect(parseCookies(undefined)).toEqual([]);
  });

  it('takes the first value of a name, and keeps "=" inside values (base64 tokens)', () => {
    expect(cookieValue('t=abc==; t=def', 't')).toBe('abc==');
    expect(cookieValue('a=1', 't')).toBeUndefined();
  });

  it('keeps only the allowed names, never the skipped ones, and nothing when none is left', () => {
    const header = 'grafana_session=s; pyroscope_git_session=tok=; other=1; pyroscope_git_session=again';
    expect(keptCookieHeader(header, ['pyroscope_git_session'])).toBe(
      'pyroscope_git_session=tok=; pyroscope_git_session=again'
    );
    expect(keptCookieHeader(header, ['grafana_session', 'other'], ['grafana_session'])).toBe('other=1');
    expect(keptCookieHeader(header, [])).toBeUndefined();
    expect(keptCookieHeader(undefined, ['other'])).toBeUndefined();
  });
});
