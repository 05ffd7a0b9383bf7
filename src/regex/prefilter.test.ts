import fc from 'fast-check';
import { re2 } from './re2';
import { prefilterOf } from './prefilter';

const matches = (source: string, text: string) => {
  const c = re2.compile(source);
  if ('error' in c) {
    throw new Error(c.error);
  }
  return c.test(text);
};

describe('regex prefilters', () => {
  it('reads anchored literals exactly, and needs RE2 for the rest', () => {
    expect(prefilterOf('^runtime\\.')).toMatchObject({ exact: true });
    expect(prefilterOf('^runtime\\.')!.test('runtime.mcall')).toBe(true);
    expect(prefilterOf('^runtime\\.')!.test('xruntime.mcall')).toBe(false);
    expect(prefilterOf('_\\[k\\]$')!.test('sys_write_[k]')).toBe(true);
    expect(prefilterOf('^main$')!.test('main2')).toBe(false);
    const node = prefilterOf(' node:[a-z_/]+:\\d+$')!;
    expect(node.exact).toBe(false);
    expect(node.test('Function:^x node:internal/timers:497')).toBe(true);
    expect(node.test('main.js:1')).toBe(false);
  });

  it('says nothing of alternations, flags, quoting and escapes with arguments', () => {
    for (const p of ['a|b', '(?i)abc', 'a(?i)bc', '\\Qa.b\\E', '\\x41bc', '\\pLx', '[abc]', '.*', '(ab)']) {
      const f = prefilterOf(p);
      // Either nothing, or a condition the examples below never contradict.
      expect(f === undefined || !f.exact).toBe(true);
    }
    expect(prefilterOf('a(?i)bc')).toBeUndefined();
    expect(prefilterOf('\\x41bc')).toBeUndefined();
  });

  it('never rejects a string the pattern matches, and is exact when it says so (property)', () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      'c',
      '\\.',
      '.',
      '[ab]',
      '[^a]',
      '(a|b)',
      '(?:ab)',
      '\\d',
      ':',
      ' ',
      'a*',
      'b?',
      'c+',
      'a{2}',
      '(ab)*',
      '\\[',
      '\\]'
    );
    const pattern = fc
      .tuple(fc.boolean(), fc.array(atom, { minLength: 1, maxLength: 6 }), fc.boolean())
      .map(([s, atoms, e]) => `${s ? '^' : ''}${atoms.join('')}${e ? '$' : ''}`);
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', ':', ' ', '1', '[', ']'), maxLength: 10 });
    let checked = 0;
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 20 }), (p, texts) => {
        const f = prefilterOf(p);
        for (const t of texts) {
          const m = matches(p, t);
          if (f && m) {
            checked++;
            expect({ p, t, passes: f.test(t) }).toEqual({ p, t, passes: true });
          }
          if (f?.exact) {
            expect({ p, t, exact: f.test(t) }).toEqual({ p, t, exact: m });
          }
        }
      }),
      { numRuns: 2000 }
    );
    // Not vacuous: many generated strings did match a pattern that has a prefilter.
    expect(checked).toBeGreaterThan(200);
  });
});
