import { re2 } from '../regex/re2';
import fc from 'fast-check';
import { interpolateSelector, Replace } from './interpolate';
import { matches, parseSelector } from './selector';

/** A tiny Grafana-like replace: $name and ${name}, values from a table, format applied. */
function replacer(vars: Record<string, string | string[]>): Replace {
  return (text, format) =>
    text.replace(/\$\{(\w+)\}|\$(\w+)/g, (m, a, b) => (vars[a ?? b] === undefined ? m : format(vars[a ?? b])));
}

describe('interpolateSelector', () => {
  it('escapes a single value inside its quotes', () => {
    expect(interpolateSelector('{service_name="$s"}', replacer({ s: 'a"b\\c' }))).toBe('{service_name="a\\"b\\\\c"}');
  });

  it('joins multi-values inside =~ into one escaped alternation (grafana#68092)', () => {
    const out = interpolateSelector('{pod=~"$pod", env="prod"}', replacer({ pod: ['x.1', 'y|2'] }));
    expect(out).toBe('{pod=~"(x\\\\.1|y\\\\|2)", env="prod"}');
    const [m] = parseSelector(out);
    expect(matches(m, 'x.1', re2)).toBe(true);
    expect(matches(m, 'y|2', re2)).toBe(true);
    expect(matches(m, 'xx1', re2)).toBe(false);
  });

  it('falls back to plain interpolation for templates that are not selectors yet', () => {
    expect(interpolateSelector('{$filters}', replacer({ filters: 'a="b"' }))).toBe('{a="b"}');
  });

  it('leaves templates without variables untouched', () => {
    expect(interpolateSelector('{a = "b"}', replacer({}))).toBe('{a = "b"}');
  });

  it('for any value, the interpolated selector parses to a matcher matching exactly that value (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('=', '=~'),
        fc.string({ unit: 'binary' }),
        (value, op, other) => {
          const out = interpolateSelector(`{label${op}"$v"}`, replacer({ v: value }));
          const [m] = parseSelector(out);
          expect(matches(m, value, re2)).toBe(true);
          expect(matches(m, other, re2)).toBe(other === value);
        }
      ),
      { numRuns: 300 }
    );
  });

  it('multi-value regex matches exactly the chosen values (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }),
        fc.string({ unit: 'binary' }),
        (values, other) => {
          const [m] = parseSelector(interpolateSelector('{label=~"$v"}', replacer({ v: values })));
          for (const v of values) {
            expect(matches(m, v, re2)).toBe(true);
          }
          expect(matches(m, other, re2)).toBe(values.includes(other));
        }
      ),
      { numRuns: 200 }
    );
  });
});
