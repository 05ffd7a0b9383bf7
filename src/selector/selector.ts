/**
 * Prometheus-style label selectors, as Pyroscope takes them: `{service_name="api", env=~"prod|eu", pod!~"canary-.*"}`.
 *
 * Parse errors name the 1-based column, so an editor can underline the exact spot. Printing
 * escapes every value, and `literalMatcher` turns any string (quotes, backslashes, regex
 * characters, newlines) into a matcher that matches exactly that string, for equality and regex
 * operators alike: a variable's value can never break out of its quotes.
 */
import { FlamelensError } from '../errors';
import type { RegexEngine, StringTest } from '../regex/engine';

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  op: MatchOp;
  value: string;
}

export class SelectorError extends FlamelensError {
  /** 1-based column of the problem in the selector text. */
  readonly column: number;
  constructor(column: number, message: string) {
    super('bad-selector', `column ${column}: ${message}`);
    this.column = column;
  }
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

/** Parses a selector. '' and '{}' are the empty selector. */
export function parseSelector(text: string, opts: { regex?: RegexEngine } = {}): Matcher[] {
  let i = 0;
  const n = text.length;
  const col = () => i + 1;
  const skipWs = () => {
    while (i < n && /\s/.test(text[i])) {
      i++;
    }
  };
  skipWs();
  if (i === n) {
    return [];
  }
  if (text[i] !== '{') {
    throw new SelectorError(col(), `expected "{" to start the selector, found "${text[i]}"`);
  }
  i++;
  const matchers: Matcher[] = [];
  skipWs();
  if (text[i] === '}') {
    i++;
  } else {
    for (;;) {
      skipWs();
      if (i >= n) {
        throw new SelectorError(col(), 'unexpected end: expected a label name or "}"');
      }
      // A trailing comma before "}" is allowed, as Prometheus allows it.
      if (text[i] === '}' && matchers.length > 0) {
        i++;
        break;
      }
      const nameCol = col();
      let name: string;
      if (text[i] === '"') {
        name = readString(text, i, (end) => (i = end));
      } else {
        if (!NAME_START.test(text[i])) {
          throw new SelectorError(nameCol, `expected a label name, found "${text[i]}"`);
        }
        const start = i;
        while (i < n && NAME_PART.test(text[i])) {
          i++;
        }
        name = text.slice(start, i);
      }
      skipWs();
      const opCol = col();
      let op: MatchOp;
      if (text.startsWith('=~', i)) {
        op = '=~';
      } else if (text.startsWith('!~', i)) {
        op = '!~';
      } else if (text.startsWith('!=', i)) {
        op = '!=';
      } else if (text[i] === '=') {
        op = '=';
      } else {
        throw new SelectorError(
          opCol,
          `expected an operator (=, !=, =~ or !~) after "${name}"${i < n ? `, found "${text[i]}"` : ''}`
        );
      }
      i += op.length;
      skipWs();
      if (i >= n || !['"', "'", '`'].includes(text[i])) {
        throw new SelectorError(col(), `expected a quoted value after ${name}${op}`);
      }
      const valueCol = col();
      const value = readString(text, i, (end) => (i = end));
      if ((op === '=~' || op === '!~') && opts.regex) {
        const compiled = opts.regex.compile(value, { anchored: true });
        if ('error' in compiled) {
          throw new SelectorError(valueCol, `invalid regular expression for ${name}: ${compiled.error}`);
        }
      }
      matchers.push({ name, op, value });
      skipWs();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        break;
      }
      throw new SelectorError(
        col(),
        i >= n ? 'unexpected end: expected "," or "}"' : `expected "," or "}", found "${text[i]}"`
      );
    }
  }
  skipWs();
  if (i < n) {
    throw new SelectorError(col(), `unexpected "${text[i]}" after the closing "}"`);
  }
  return matchers;
}

/** Reads a quoted string at `start`; reports its end through `setEnd`. */
function readString(text: string, start: number, setEnd: (end: number) => void): string {
  const quote = text[start];
  let i = start + 1;
  let out = '';
  while (i < text.length) {
    const c = text[i];
    if (c === quote) {
      setEnd(i + 1);
      return out;
    }
    if (c === '\\' && quote !== '`') {
      const e = text[i + 1];
      if (e === undefined) {
        break;
      }
      const simple: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        '\\': '\\',
        '"': '"',
        "'": "'",
        a: '\x07',
        b: '\b',
        f: '\f',
        v: '\v',
      };
      if (e in simple) {
        out += simple[e];
        i += 2;
        continue;
      }
      if (e === 'u' || e === 'x' || e === 'U') {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) {
          throw new SelectorError(i + 1, `invalid \\${e} escape: expected ${len} hex digits`);
        }
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 2 + len;
        continue;
      }
      throw new SelectorError(i + 1, `unknown escape "\\${e}" (use \\\\ for a backslash)`);
    }
    out += c;
    i++;
  }
  throw new SelectorError(start + 1, `unterminated string: missing closing ${quote}`);
}

/** Quotes a value for a selector: backslashes, quotes and control characters escaped. */
export function quoteValue(value: string): string {
  let out = '"';
  for (const ch of value) {
    switch (ch) {
      case '\\':
        out += '\\\\';
        break;
      case '"':
        out += '\\"';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      default: {
        const code = ch.codePointAt(0)!;
        out += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
      }
    }
  }
  return out + '"';
}

function printName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : quoteValue(name);
}

export function printMatcher(m: Matcher): string {
  return `${printName(m.name)}${m.op}${quoteValue(m.value)}`;
}

export function printSelector(matchers: Matcher[]): string {
  return `{${matchers.map(printMatcher).join(', ')}}`;
}

/** Escapes regex metacharacters (RE2 syntax, as Pyroscope's matchers use). */
export function escapeRegex(value: string): string {
  return value.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/**
 * A matcher that matches exactly `value` (or, for negative ops, everything but it), whatever the
 * operator: regex operators get the value regex-escaped.
 */
export function literalMatcher(name: string, op: MatchOp, value: string): Matcher {
  return { name, op, value: op === '=~' || op === '!~' ? escapeRegex(value) : value };
}

/** A regex matcher matching exactly one of `values` (an empty list matches nothing). */
export function anyOfMatcher(name: string, values: string[], negate = false): Matcher {
  return {
    name,
    op: negate ? '!~' : '=~',
    value: values.length === 0 ? '[^\\s\\S]' : values.map(escapeRegex).join('|'),
  };
}

/**
 * A matcher compiled once into a test of label values. Regexes are anchored, as in Prometheus and
 * Pyroscope, and run on the injected engine (RE2: linear time, whatever the pattern). A pattern the
 * engine rejects matches nothing (parseSelector with the engine reports it first).
 */
export function matcherTest(m: Matcher, engine: RegexEngine): StringTest {
  switch (m.op) {
    case '=':
      return (v) => v === m.value;
    case '!=':
      return (v) => v !== m.value;
    case '=~':
    case '!~': {
      const compiled = engine.compile(m.value, { anchored: true });
      const test = 'error' in compiled ? () => false : compiled.test;
      return m.op === '=~' ? test : (v) => !test(v);
    }
  }
}

/** Whether a label value satisfies a matcher (compiles it: for many values, use matcherTest). */
export function matches(m: Matcher, labelValue: string, engine: RegexEngine): boolean {
  return matcherTest(m, engine)(labelValue);
}

/** Adds (or replaces) a matcher on `name` in a selector's text. */
export function withMatcher(selector: string, m: Matcher): string {
  const ms = parseSelector(selector).filter((x) => !(x.name === m.name && x.op === m.op));
  ms.push(m);
  return printSelector(ms);
}
