/**
 * A cheap necessary condition for a regex match, read off the pattern's text: the literal runs
 * every match must contain (and, anchored, start or end with). Testing tens of thousands of frame
 * names with RE2 costs about a microsecond each; a `startsWith` or `includes` first lets RE2 see
 * only the names that can match, and patterns that are nothing but a literal never reach RE2.
 *
 *   ^runtime\.        → starts with "runtime."           (exact: RE2 is not needed)
 *   node:[a-z]+:\d+$  → contains "node:"                (RE2 confirms)
 *   a|b, (?i)…        → nothing can be said: undefined
 *
 * Only top-level concatenations are read; anything else (groups, classes, alternations, flags)
 * ends a run or gives up, so the condition is never stricter than the pattern.
 */

export interface Prefilter {
  /** Whether `text` can match at all. */
  test: (text: string) => boolean;
  /** The prefilter is the whole pattern: a passing string matches. */
  exact: boolean;
}

const META = new Set(['.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$']);
// Escapes of punctuation stand for themselves; \d, \w, \b, \Q… do not.
const isPunct = (c: string) => /^[!-/:-@[-`{-~]$/.test(c);

/** The pattern's top-level literal runs, or undefined when it has an alternation or flags. */
function scan(
  source: string
): { runs: string[]; anchoredStart: boolean; anchoredEnd: boolean; pure: boolean } | undefined {
  // Flag groups ((?i), (?s:…)), quoting (\Q…\E) and escapes that take arguments (\x41, \pL, \123)
  // change what the characters after them mean: give up rather than misread them.
  if (/\(\?(?!:)|\\[QxpP0-9]/.test(source)) {
    return undefined;
  }
  const runs: string[] = [];
  let run = '';
  let pure = true;
  let depth = 0;
  let anchoredStart = false;
  let anchoredEnd = false;
  const flush = () => {
    if (run !== '') {
      runs.push(run);
    }
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) {
        return undefined;
      }
      i++;
      if (depth === 0 && isPunct(next)) {
        run += next;
        continue;
      }
      pure = false;
      flush();
      continue;
    }
    if (c === '|' && depth === 0) {
      return undefined;
    }
    if (c === '(') {
      depth++;
      pure = false;
      flush();
      continue;
    }
    if (c === ')') {
      depth--;
      continue;
    }
    if (depth > 0) {
      continue;
    }
    if (c === '[') {
      pure = false;
      flush();
      // Skip the class: a ']' right after '[' or '[^' is a member, as in RE2.
      let j = i + 1;
      if (source[j] === '^') {
        j++;
      }
      if (source[j] === ']') {
        j++;
      }
      while (j < source.length && source[j] !== ']') {
        j += source[j] === '\\' ? 2 : 1;
      }
      i = j;
      continue;
    }
    if (c === '^' && i === 0) {
      anchoredStart = true;
      continue;
    }
    if (c === '$' && i === source.length - 1) {
      anchoredEnd = true;
      continue;
    }
    if (c === '*' || c === '?' || c === '{') {
      // The atom before is optional: it is not part of the run.
      pure = false;
      run = run.slice(0, -1);
      flush();
      if (c === '{') {
        const close = source.indexOf('}', i);
        if (close < 0) {
          return undefined;
        }
        i = close;
      }
      continue;
    }
    if (c === '+') {
      pure = false;
      flush();
      continue;
    }
    if (META.has(c)) {
      pure = false;
      flush();
      continue;
    }
    run += c;
  }
  flush();
  return depth === 0 ? { runs, anchoredStart, anchoredEnd, pure } : undefined;
}

export function prefilterOf(source: string): Prefilter | undefined {
  const s = scan(source);
  if (!s || s.runs.length === 0) {
    return undefined;
  }
  const { runs, pure } = s;
  // A pure pattern is one literal run, maybe anchored: the prefilter is the pattern.
  if (pure && runs.length === 1) {
    const lit = runs[0];
    if (s.anchoredStart && s.anchoredEnd) {
      return { test: (t) => t === lit, exact: true };
    }
    if (s.anchoredStart) {
      return { test: (t) => t.startsWith(lit), exact: true };
    }
    if (s.anchoredEnd) {
      return { test: (t) => t.endsWith(lit), exact: true };
    }
    return { test: (t) => t.includes(lit), exact: true };
  }
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a));
  return { test: (t) => t.includes(longest), exact: false };
}
