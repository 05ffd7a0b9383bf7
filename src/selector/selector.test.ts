import { re2 } from '../regex/re2';
import fc from 'fast-check';
import {
  anyOfMatcher,
  literalMatcher,
  matches,
  parseSelector,
  printSelector,
  quoteValue,
  SelectorError,
  withMatcher,
} from './selector';

describe('parseSelector', () => {
  it('parses every operator, spacing and a trailing comma', () => {
    expect(parseSelector(' { service_name="x", env=~"a|b" ,pod!~"y.*", zone != "z", } ')).toEqual([
      { name: 'service_name', op: '=', value: 'x' },
      { name: 'env', op: '=~', value: 'a|b' },
      { name: 'pod', op: '!~', value: 'y.*' },
      { name: 'zone', op: '!=', value: 'z' },
    ]);
  });

  it('treats empty text and {} as the empty selector', () => {
    expect(parseSelector('')).toEqual([]);
    expect(parseSelector('{ }')).toEqual([]);
  });

  it('decodes escapes and accepts single quotes, backticks and quoted label names', () => {
    expect(parseSelector(`{a="q\\"\\\\n\\n", b='it\\'s', c=\`raw\\d\`, "my.label"="v"}`)).toEqual([
      { name: 'a', op: '=', value: 'q"\\n\n' },
      { name: 'b', op: '=', value: "it's" },
      { name: 'c', op: '=', value: 'raw\\d' },
      { name: 'my.label', op: '=', value: 'v' },
    ]);
  });

  it.each([
    ['service_name="x"}', 1, /expected "\{"/],
    ['{service_name="x"', 18, /unexpected end/],
    ['{service_name=x}', 15, /quoted value/],
    ['{service_name~"x"}', 14, /operator/],
    ['{1abc="x"}', 2, /label name/],
    ['{a="x" b="y"}', 8, /expected "," or "\}"/],
    ['{a="x}', 4, /unterminated/],
    ['{a=~"(unclosed"}', 5, /invalid regular expression for a: missing closing \): `\(unclosed`$/],
    ['{a="x", b!~"x(?!y)"}', 12, /invalid regular expression for b: .*unsupported Perl syntax/],
    ['{a="x"} junk', 9, /after the closing/],
    ['{a="\\q"}', 5, /unknown escape/],
    ['{"service.name"~"x"}', 16, /operator/],
    ['{"k8s.pod.name="x"}', 17, /operator/],
    ['{"service.name}', 2, /unterminated/],
  ])('points at the column of the error in %s', (text, column, message) => {
    let err: unknown;
    try {
      parseSelector(text, { regex: re2 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SelectorError);
    expect((err as SelectorError).column).toBe(column);
    expect((err as SelectorError).message).toMatch(message);
    expect((err as SelectorError).message).toMatch(new RegExp(`^column ${column}:`));
  });
});

describe('printing and literal matchers', () => {
  it('prints a selector that parses back to the same matchers', () => {
    const ms = [
      { name: 'a', op: '=' as const, value: 'he said "hi"\\' },
      { name: 'weird.name', op: '!=' as const, value: '\n\t\u0001' },
    ];
    expect(parseSelector(printSelector(ms))).toEqual(ms);
  });

  it('adds or replaces a matcher in a selector', () => {
    expect(withMatcher('{a="1", b="2"}', { name: 'a', op: '=', value: '3' })).toBe('{b="2", a="3"}');
  });

  it('escape → parse gives back any value, and the matcher matches exactly it (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('=' as const, '=~' as const),
        fc.string({ unit: 'binary' }),
        (value, op, other) => {
          const m = literalMatcher('label', op, value);
          const [parsed] = parseSelector(`{label${op}${quoteValue(m.value)}}`);
          expect(parsed).toEqual(m);
          expect(matches(parsed, value, re2)).toBe(true);
          expect(matches(parsed, other, re2)).toBe(other === value);
        }
      ),
      { numRuns: 300 }
    );
  });

  it('joins several values into one regex matching exactly those values', () => {
    const m = anyOfMatcher('pod', ['a.b', 'c|d', '(x)']);
    expect(matches(m, 'a.b', re2)).toBe(true);
    expect(matches(m, 'c|d', re2)).toBe(true);
    expect(matches(m, 'axb', re2)).toBe(false);
    expect(matches(m, 'c', re2)).toBe(false);
    expect(matches(anyOfMatcher('pod', []), '', re2)).toBe(false);
  });
});

describe('UTF-8 label names (Pyroscope 2)', () => {
  it('parses quoted names and prints them quoted, plain names plain', () => {
    const ms = parseSelector('{"service.name"="checkout", "k8s.pod.name"=~"a.*", region="eu"}');
    expect(ms.map((m) => m.name)).toEqual(['service.name', 'k8s.pod.name', 'region']);
    expect(printSelector(ms)).toBe('{"service.name"="checkout", "k8s.pod.name"=~"a.*", region="eu"}');
    expect(withMatcher('{}', literalMatcher('k8s.pod.name', '=', 'p"1'))).toBe('{"k8s.pod.name"="p\\"1"}');
  });
});
