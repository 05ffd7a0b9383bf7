import { readFileSync } from 'fs';
import fc from 'fast-check';
import { re2 } from '../regex/re2';
import { parseFolded, printFolded } from '../formats/folded';
import { decodePprof } from '../pprof/decode';
import { pprofToTree, shownSampleType } from '../pprof/toTree';
import { readSharedFixture } from '../testing/fixtures';
import { applyFrameFilters, exactNameFilter, FRAME_PRESETS, NO_FRAME_FILTERS, type FrameFilters } from './frameFilters';

const tree = (text: string) => parseFolded(text).tree;
const filters = (f: Partial<FrameFilters>): FrameFilters => ({ ...NO_FRAME_FILTERS, ...f });
const shownNames = (t: ReturnType<typeof tree>) =>
  [...new Set(Array.from(t.nameId.slice(1), (id) => t.names[id]))].sort();

describe('frame filters', () => {
  const t = tree('main;runtime.mcall;park 5\nmain;app.run;lib.x 3\nmain;Runtime.Up 2\n');

  it('hides exact names and /regex/ frames, handing their time to the caller', () => {
    const out = applyFrameFilters(t, filters({ hide: ['/^runtime\\./', 'lib.x'] }), re2);
    expect(printFolded(out.tree)).toBe('main;Runtime.Up 2\nmain;app.run 3\nmain;park 5\n');
    expect(out.hiddenSelf).toBe(3);
    expect(out.hiddenThrough).toBe(8);
    expect(out.hiddenFunctions).toBe(2);
    // A stack through two hidden frames counts once.
    expect(applyFrameFilters(t, filters({ hide: ['main', '/^runtime\\./'] }), re2).hiddenThrough).toBe(10);
    expect(out.tree.total[0]).toBe(10);
  });

  it('matches case-insensitively with a trailing i', () => {
    const out = applyFrameFilters(t, filters({ hide: ['/^runtime\\./i'] }), re2);
    expect(shownNames(out.tree)).toEqual(['app.run', 'lib.x', 'main', 'park']);
    expect(out.hiddenSelf).toBe(2);
  });

  it('keeps only matching frames; a hide filter wins over a keep filter', () => {
    const kept = applyFrameFilters(t, filters({ keep: ['/^app\\./', 'park'] }), re2);
    expect(printFolded(kept.tree)).toBe('app.run 3\npark 5\n');
    expect(kept.tree.self[0]).toBe(2);
    // lib.x (3) went to app.run, Runtime.Up (2) to the root; park's 5 was never hidden.
    expect(kept.hiddenSelf).toBe(5);
    const both = applyFrameFilters(t, filters({ keep: ['/^app\\./', 'park'], hide: ['park'] }), re2);
    expect(printFolded(both.tree)).toBe('app.run 3\n');
  });

  it('reports an invalid pattern by what the user typed and still applies the others', () => {
    const out = applyFrameFilters(t, filters({ hide: ['/(a/', 'park'], keep: ['/[z/'] }), re2);
    expect(out.errors).toEqual([
      'Hide /(a/: invalid regular expression (missing closing ): `(a`); nothing filtered by it.',
      'Keep /[z/: invalid regular expression (missing closing ]: `[z`); nothing filtered by it.',
    ]);
    // The keep filter failed: it must not blank the graph.
    expect(shownNames(out.tree)).toEqual(['Runtime.Up', 'app.run', 'lib.x', 'main', 'runtime.mcall']);
  });

  it('applies exact names and literal patterns while the regex engine is still loading', () => {
    const out = applyFrameFilters(t, filters({ hide: ['/^runtime/', 'main', '/^l.b/'] }), undefined);
    expect(shownNames(out.tree)).toEqual(['Runtime.Up', 'app.run', 'lib.x', 'park']);
    expect(out.errors).toEqual([]);
  });

  it("never hides protected names (a grouped graph's group nodes), even under keep-only", () => {
    const grouped = tree('region=eu;main;b 3\nregion=us;main;b 5\nregion=us;main;c 2\n');
    const out = applyFrameFilters(grouped, filters({ keep: ['b'] }), re2, new Set(['region=eu', 'region=us']));
    expect(printFolded(out.tree)).toBe('region=eu;b 3\nregion=us 2\nregion=us;b 5\n');
  });

  it('never hides the root, and a name that reads as /regex/ is matched exactly', () => {
    const odd = tree('/x/;xx 1\n/x/;x 2\n');
    expect(exactNameFilter('/x/')).toBe('/^\\/x\\/$/');
    const out = applyFrameFilters(odd, filters({ hide: [exactNameFilter('/x/'), '/^total$/'] }), re2);
    expect(printFolded(out.tree)).toBe('x 2\nxx 1\n');
  });

  it('keeps the total and moves exactly the hidden self time (property)', () => {
    const arb = fc.array(
      fc.tuple(fc.array(fc.constantFrom('a', 'b', 'c', 'main'), { minLength: 1, maxLength: 5 }), fc.nat(100)),
      { minLength: 1, maxLength: 20 }
    );
    fc.assert(
      fc.property(arb, fc.subarray(['a', 'b', 'c', 'main']), (rows, hidden) => {
        const input = tree(rows.map(([s, n]) => `${s.join(';')} ${n + 1}`).join('\n'));
        const out = applyFrameFilters(input, filters({ hide: hidden }), re2);
        expect(out.tree.total[0]).toBe(input.total[0]);
        let expected = 0;
        for (let i = 1; i < input.count; i++) {
          expected += hidden.includes(input.names[input.nameId[i]]) ? input.self[i] : 0;
        }
        expect(out.hiddenSelf).toBe(expected);
        expect(shownNames(out.tree).some((n) => hidden.includes(n))).toBe(false);
      }),
      { numRuns: 200 }
    );
  });
});

describe('frame filter presets on real profiles', () => {
  const fixtureTree = (file: string) => {
    const p = decodePprof(readSharedFixture(file));
    return pprofToTree(p, { sampleType: shownSampleType(p) });
  };
  const remaining = (file: string, preset: keyof typeof FRAME_PRESETS) => {
    const t = fixtureTree(file);
    const out = applyFrameFilters(t, filters({ presets: [preset] }), re2);
    expect(out.errors).toEqual([]);
    expect(out.tree.total[0]).toBe(t.total[0]);
    return { before: shownNames(t), after: shownNames(out.tree), hidden: out.hiddenFunctions };
  };

  it('Node.js hides node core frames (SDK and eBPF spellings), not the application', () => {
    const sdk = remaining('pprof/nodejs-wall.pb.gz', 'nodejs');
    expect(sdk.before.some((n) => n.startsWith('node:internal/'))).toBe(true);
    expect(sdk.after.filter((n) => n.startsWith('node:'))).toEqual([]);
    expect(sdk.after).toContain('./index.js:bikeSearchHandler:44');
    const ebpf = remaining('pprof/nodejs-cpu-ebpf-parca.pb.gz', 'nodejs');
    expect(ebpf.after).not.toContain('Function:^processTimers node:internal/timers:497');
    expect(ebpf.after).toContain('LazyCompile:*fib /usr/src/app/main.js:1');
  });

  it('Go hides the runtime, JVM the JDK, native the addresses and kernel entry', () => {
    const go = remaining('pprof/go-cpu-fib.pb.gz', 'go');
    expect(go.hidden).toBeGreaterThan(0);
    expect(go.after.filter((n) => n.startsWith('runtime.'))).toEqual([]);
    expect(go.after.some((n) => n.startsWith('math/big.'))).toBe(true);
    const jvm = remaining('pprof/java-cpu-asyncprofiler.pb.gz', 'jvm');
    expect(jvm.after.filter((n) => /^(java|sun|com\/sun)\//.test(n))).toEqual([]);
    expect(jvm.after).toContain('com/example/Something.funcBaz');
    const native = remaining('pprof/linux-kernel-cpu-ebpf.pb.gz', 'native');
    expect(native.after.filter((n) => /^0x/.test(n) || n === 'do_syscall_64')).toEqual([]);
    expect(native.after).toContain('schedule');
  });

  it('Python hides the standard library and frozen imports', () => {
    const py = tree(
      '<module> (app.py);run (/usr/lib/python3.11/threading.py);work (app.py) 3\n' +
        '<module> (app.py);_find_and_load (<frozen importlib._bootstrap>);x (C:\\Python312\\lib\\python3\\json.py) 1\n'
    );
    const out = applyFrameFilters(py, filters({ presets: ['python'] }), re2);
    expect(printFolded(out.tree)).toBe('<module> (app.py) 1\n<module> (app.py);work (app.py) 3\n');
  });
});

describe('the presets as the panel README lists them', () => {
  it('lists every filter of every preset', () => {
    const readme = readFileSync(`${__dirname}/../../panel/README.md`, 'utf8');
    for (const preset of Object.values(FRAME_PRESETS)) {
      expect(readme).toContain(`| ${preset.label}`);
      for (const p of preset.patterns) {
        expect(readme).toContain(`\`${p}\``);
      }
    }
  });
});
