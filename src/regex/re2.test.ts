import { re2 } from './re2';

const compiled = (source: string, opts = {}) => {
  const r = re2.compile(source, opts);
  if ('error' in r) {
    throw new Error(r.error);
  }
  return r.test;
};

describe('the RE2 engine', () => {
  it('matches in linear time what freezes a backtracking engine', () => {
    // JavaScript's RegExp needs about 2^n steps for ((a+)+)+b against n a's; RE2 needs n.
    const test = compiled('((a+)+)+b', { anchored: true });
    expect(test('a'.repeat(100_000))).toBe(false);
    expect(test('aaab')).toBe(true);
  });

  it("anchors like Pyroscope's label matchers: the whole value must match", () => {
    const test = compiled('eu|us', { anchored: true });
    expect(['eu', 'us', 'eu-west', 'xus'].map(test)).toEqual([true, true, false, false]);
    expect(compiled('eu')('eu-west')).toBe(true);
  });

  it.each([
    ['(a', 'missing closing ): `(a`'],
    ['(?s)(?i)(a', 'missing closing ): `(?s)(?i)(a`'],
    ['a)', 'unexpected ): `a)`'],
    ['(?P<n', 'invalid named capture: `(?P<n`'],
  ])('quotes the pattern %j as typed in its error, never the anchoring or flags around it', (source, error) => {
    expect(re2.compile(source, { anchored: true, caseInsensitive: true })).toEqual({ error });
    expect(re2.compile(source)).toEqual({ error });
  });

  it('reports RE2 syntax errors as such, including syntax RE2 does not have', () => {
    expect(re2.compile('(a')).toEqual({ error: expect.stringMatching(/missing closing \)/) });
    expect(re2.compile('a(?=b)')).toEqual({ error: expect.stringMatching(/invalid or unsupported Perl syntax/) });
    expect(re2.compile('(a)\\1')).toEqual({ error: expect.stringMatching(/invalid escape/) });
  });

  it('folds case when asked, and lets . match a newline', () => {
    expect(compiled('gc', { caseInsensitive: true })('runtime.GC')).toBe(true);
    expect(compiled('a.b', { anchored: true })('a\nb')).toBe(true);
  });
});
