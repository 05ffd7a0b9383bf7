import * as fs from 'fs';
import { PprofMerger } from './merge';
import { decodePprof } from './decode';
import { encodeTreeAsPprof } from './encode';
import { pprofToTree } from './toTree';
import { TreeBuilder } from '../tree/callTree';
import { printFolded } from '../formats/folded';
import { recordedFixtures } from '../testing/recorded';
import { sharedFixtureFiles, sharedFixturesAvailable } from '../testing/fixtures';
import { type Fn, type Loc, picture, sourcePprof } from '../testing/sourcePprof';

const pprof = (...args: Parameters<typeof sourcePprof>) => decodePprof(sourcePprof(...args));

const OUT = { type: 'cpu', unit: 'nanoseconds', periodType: 'cpu', periodUnit: 'nanoseconds', gzip: false } as const;
const merged = (m: PprofMerger) => decodePprof(m.encode(OUT));

// main → handle → hot, with hot inlined into handle at h.go:20 in location 1.
const FUNCTIONS: Fn[] = [
  ['main', 'main.go', 10],
  ['handle', 'h.go', 18],
  ['hot', 'h.go', 40],
];
const LOCATIONS: Loc[] = [
  [
    [3, 42],
    [2, 20],
  ], // 1: hot at 42, inlined into handle at 20
  [[2, 21]], // 2: handle at 21
  [[1, 12]], // 3: main at 12
  [[3, 45]], // 4: hot at 45
  [[2, 30]], // 5: handle at 30
];

describe('PprofMerger', () => {
  it('sums equal stacks across profiles and keeps files, lines and inlined frames', () => {
    const a = pprof(FUNCTIONS, LOCATIONS, [
      [[4, 2, 3], [10]],
      [[1, 3], [30]],
    ]);
    // The same source, numbered differently: ids are the profile's own.
    const b = pprof(
      [FUNCTIONS[2], FUNCTIONS[0], FUNCTIONS[1]],
      [[[1, 45]], [[2, 12]], [[3, 21]], [[3, 30]]],
      [
        [[1, 3, 2], [5]],
        [[4, 2], [2]],
      ]
    );
    const m = new PprofMerger();
    m.add(a, { sampleType: 0 });
    m.add(b, { sampleType: 0 });
    expect(picture(merged(m))).toBe(
      [
        'main main.go:12; handle h.go:20; hot h.go:42 30',
        'main main.go:12; handle h.go:21; hot h.go:45 15',
        'main main.go:12; handle h.go:30 2',
      ].join('\n')
    );
  });

  it("keeps each function's name, system name, file and start line, and one location per distinct line list", () => {
    const p = pprof(
      [['hot', 'h.go', 40, 'pkg.hot'], ...FUNCTIONS.slice(0, 2)],
      [[[1, 42]], [[1, 42]], [[2, 12]]],
      [
        [[1, 3], [1]],
        [[2, 3], [1]],
      ]
    );
    const m = new PprofMerger();
    m.add(p, { sampleType: 0 });
    const out = merged(m);
    const fns = Array.from({ length: out.functionCount }, (_, i) => [
      out.strings[out.functionName[i]],
      out.strings[out.functionSystemName[i]],
      out.strings[out.functionFilename[i]],
      out.functionStartLine[i],
    ]);
    expect(fns).toEqual(
      expect.arrayContaining([
        ['hot', 'pkg.hot', 'h.go', 40],
        ['main', 'main', 'main.go', 10],
      ])
    );
    expect(out.functionCount).toBe(2);
    // Locations 1 and 2 are the same line: one location, one stack, the values summed.
    expect(out.locationCount).toBe(2);
    expect(picture(out)).toBe('main main.go:12; hot h.go:42 2');
  });

  it('keeps unsymbolized locations by address', () => {
    const p = pprof(FUNCTIONS, [{ address: 0xbeef }, [[1, 12]]], [[[1, 2], [4]]]);
    const m = new PprofMerger();
    m.add(p, { sampleType: 0 });
    expect(picture(merged(m))).toBe('main main.go:12; 0xbeef 4');
  });

  it('merges the chosen sample type, the chosen samples and labels only, skipping zero values', () => {
    const p = pprof(
      FUNCTIONS,
      LOCATIONS,
      [
        [[2, 3], [1, 100], { span_id: 'a' }],
        [[5, 3], [1, 200], { span_id: 'b' }],
        [[4, 2, 3], [1, 0], { span_id: 'a' }],
        [
          [1, 3],
          [1, 400],
        ],
      ],
      {
        types: [
          ['samples', 'count'],
          ['cpu', 'nanoseconds'],
        ],
      }
    );
    const spans = new PprofMerger();
    spans.add(p, { sampleType: 1, labelAnyOf: { key: 'span_id', values: new Set(['a', 'b']) } });
    expect(picture(merged(spans))).toBe(
      ['main main.go:12; handle h.go:21 100', 'main main.go:12; handle h.go:30 200'].join('\n')
    );
    const some = new PprofMerger();
    some.add(p, { sampleType: 0, samples: Int32Array.of(1, 3) });
    expect(picture(merged(some))).toBe(
      ['main main.go:12; handle h.go:20; hot h.go:42 1', 'main main.go:12; handle h.go:30 1'].join('\n')
    );
    expect(() => new PprofMerger().add(p, { sampleType: 2 })).toThrow(/sample type index 2 is out of range/);
  });

  describe('with a call site', () => {
    const p = pprof(
      [...FUNCTIONS, ['other', 'o.go', 1]],
      [...LOCATIONS, [[4, 3]]],
      [
        [[4, 2, 3], [10]],
        [[1, 3], [30]],
        [[5, 3], [2]],
        [[6], [7]],
        [[2, 6], [9]],
      ]
    );
    const site = (...names: string[]) => {
      const m = new PprofMerger(names);
      m.add(p, { sampleType: 0 });
      return picture(merged(m));
    };

    it('keeps the stacks that begin with it, whole, counting inlined frames as frames', () => {
      expect(site('main', 'handle', 'hot')).toBe(
        ['main main.go:12; handle h.go:20; hot h.go:42 30', 'main main.go:12; handle h.go:21; hot h.go:45 10'].join(
          '\n'
        )
      );
      expect(site('main', 'handle')).toBe(
        [
          'main main.go:12; handle h.go:20; hot h.go:42 30',
          'main main.go:12; handle h.go:21; hot h.go:45 10',
          'main main.go:12; handle h.go:30 2',
        ].join('\n')
      );
      // handle under other is not under main: a call site is read from the root.
      expect(site('handle')).toBe('');
    });

    it('answers, when nothing matches, the empty profile an empty merged tree encodes to', () => {
      const m = new PprofMerger(['main', 'nowhere']);
      m.add(p, { sampleType: 0 });
      const opts = { ...OUT, timeNanos: 5e9, durationNanos: 6e9 };
      expect(m.encode(opts)).toEqual(encodeTreeAsPprof(new TreeBuilder().build(), opts));
      expect(new PprofMerger().encode(opts)).toEqual(encodeTreeAsPprof(new TreeBuilder().build(), opts));
    });
  });

  it('merges a stack 20,000 frames deep', () => {
    const depth = 20_000;
    const p = pprof(
      [['f', 'f.go', 1]],
      Array.from({ length: depth }, (_, i): Loc => [[1, i + 1]]),
      [[Array.from({ length: depth }, (_, i) => depth - i), [3]]]
    );
    const m = new PprofMerger(['f', 'f']);
    m.add(p, { sampleType: 0 });
    m.add(p, { sampleType: 0 });
    const out = merged(m);
    expect(out.totals).toEqual([6n]);
    expect(out.sampleLocStart[1]).toBe(depth);
  });

  it('keeps every stack, line and total of real profiles (a profile merged with itself doubles)', () => {
    const files = [
      ...recordedFixtures().map((r) => ({ name: r.file, bytes: r.bytes })),
      ...sharedFixtureFiles('pprof')
        .filter((f) => /^(go-cpu|java|nodejs-rideshare)/.test(f.split('/').pop()!))
        .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(f)) })),
    ];
    if (sharedFixturesAvailable()) {
      expect(files.length).toBeGreaterThan(recordedFixtures().length);
    }
    let withInlining = 0;
    for (const f of files) {
      const p = decodePprof(f.bytes);
      for (let t = 0; t < p.sampleTypes.length; t++) {
        const once = new PprofMerger();
        once.add(p, { sampleType: t });
        const out = decodePprof(once.encode({ ...p.sampleTypes[t], gzip: false }));
        expect([f.name, picture(out)]).toEqual([f.name, picture(p, t)]);
        expect(printFolded(pprofToTree(out, { sampleType: 0 }))).toBe(printFolded(pprofToTree(p, { sampleType: t })));
        const twice = new PprofMerger();
        twice.add(p, { sampleType: t });
        twice.add(p, { sampleType: t });
        expect(decodePprof(twice.encode({ ...p.sampleTypes[t] })).totals).toEqual([p.totals[t] * 2n]);
      }
      for (let l = 0; l < p.locationCount; l++) {
        if (p.locationLineStart[l + 1] - p.locationLineStart[l] > 1) {
          withInlining++;
          break;
        }
      }
    }
    if (sharedFixturesAvailable()) {
      expect(withInlining).toBeGreaterThan(0);
    }
  });
});
