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

describe('interpolateSelector escapes each variable on its own', () => {
  it('keeps the escaping of a quoted variable next to an unquoted one', () => {
    const out = interpolateSelector('{service=$svc, pod=~"$pod"}', replacer({ svc: 'a"b', pod: ['x.1', 'y|2'] }));
    expect(out).toBe('{service="a\\"b", pod=~"(x\\\\.1|y\\\\|2)"}');
  });

  it('quotes a name that needs it, literal or from a variable (Pyroscope 2 UTF-8 names)', () => {
    expect(interpolateSelector('{"service.name"="$s"}', replacer({ s: 'checkout' }))).toBe(
      '{"service.name"="checkout"}'
    );
    expect(interpolateSelector('{$label=$v}', replacer({ label: 'k8s.pod.name', v: 'p1' }))).toBe(
      '{"k8s.pod.name"="p1"}'
    );
  });

  it('for any names, values and mix of quoted and unquoted variables, matches only the literal values (property)', () => {
    const name = fc.oneof(
      fc.constantFrom('service_name', 'service.name', 'k8s.pod.name', 'a-b'),
      fc.string({ minLength: 1 })
    );
    const matcher = fc.record({
      name,
      nameVar: fc.boolean(),
      op: fc.constantFrom('=', '!=', '=~', '!~'),
      values: fc.uniqueArray(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 3 }),
      quoted: fc.boolean(),
      other: fc.string({ unit: 'binary' }),
    });
    fc.assert(
      fc.property(fc.array(matcher, { minLength: 1, maxLength: 4 }), (ms) => {
        const vars: Record<string, string | string[]> = {};
        const parts = ms.map((m, i) => {
          // Equality takes one value; regex operators any number (multi-value or All).
          const regex = m.op === '=~' || m.op === '!~';
          vars[`v${i}`] = regex ? m.values : m.values[0];
          vars[`n${i}`] = m.name;
          const nameText = m.nameVar ? (m.quoted ? `"$n${i}"` : `$n${i}`) : JSON.stringify(m.name);
          return `${nameText}${m.op}${m.quoted ? `"$v${i}"` : `$v${i}`}`;
        });
        const out = interpolateSelector(`{${parts.join(', ')}}`, replacer(vars));
        const parsed = parseSelector(out, { regex: re2 });
        expect(parsed).toHaveLength(ms.length);
        ms.forEach((m, i) => {
          const p = parsed[i];
          expect(p.name).toBe(m.name);
          const regex = m.op === '=~' || m.op === '!~';
          const chosen = regex ? m.values : [m.values[0]];
          const positive = m.op === '=' || m.op === '=~';
          for (const v of chosen) {
            expect(matches(p, v, re2)).toBe(positive);
          }
          expect(matches(p, m.other, re2)).toBe(positive === chosen.includes(m.other));
        });
      }),
      { numRuns: 300 }
    );
  });
});
