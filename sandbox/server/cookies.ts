/**
 * The Cookie request header, read as Go's net/http reads it (Grafana and Pyroscope are Go): pairs
 * split on ";", names and values trimmed, a value's surrounding double quotes dropped, pairs
 * without "=" or with an empty name ignored. A name may come more than once; reading one name
 * takes its first value, as Go's Request.Cookie does.
 *
 *   "a=1; grafana_session=x;b=\"2\""  →  [a=1] [grafana_session=x] [b=2]
 */

export interface CookiePair {
  name: string;
  value: string;
}

export function parseCookies(header: string | string[] | undefined): CookiePair[] {
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  const out: CookiePair[] = [];
  for (const line of lines) {
    for (const part of line.split(';')) {
      const eq = part.indexOf('=');
      const name = part.slice(0, eq).trim();
      if (eq < 0 || name === '') {
        continue;
      }
      let value = part.slice(eq + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.slice(1, -1);
      }
      out.push({ name, value });
    }
  }
  return out;
}

/** The first value of cookie `name`, or undefined. */
export function cookieValue(header: string | string[] | undefined, name: string): string | undefined {
  return parseCookies(header).find((c) => c.name === name)?.value;
}

/**
 * The Cookie header with only the cookies named in `keep` (in the request's order, repeats
 * included) and never those in `skip`; undefined when none is left, so no header is sent.
 */
export function keptCookieHeader(
  header: string | string[] | undefined,
  keep: readonly string[],
  skip: readonly string[] = []
): string | undefined {
  const kept = parseCookies(header).filter((c) => keep.includes(c.name) && !skip.includes(c.name));
  return kept.length ? kept.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
}
