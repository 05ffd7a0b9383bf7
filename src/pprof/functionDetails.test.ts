import { WireWriter } from './writer';
import { decodePprof } from './decode';
import { functionDetailsOfPprof } from './functionDetails';

/** A pprof with inlining, line numbers and recursion, built field by field (profile.proto numbers). */
function profile(): Uint8Array {
  const strings = [
    '',
    'cpu',
    'nanoseconds',
    'main',
    'main.go',
    'handle',
    'h.go',
    'hot',
    '<img src=x onerror=alert(1)>',
  ];
  const w = new WireWriter();
  w.bytesField(1, new WireWriter().uintField(1, 1).uintField(2, 2).finish());
  const sample = (locs: number[], v: number) =>
    w.bytesField(2, new WireWriter().packedField(1, locs).packedField(2, [v]).finish());
  sample([1, 3], 30); // hot inlined in handle (line 20), from main
  sample([4, 2, 3], 10); // hot at 45, called from handle line 21
  sample([2, 3], 5); // handle itself
  sample([4, 4, 2, 3], 7); // hot recursing
  sample([5, 3], 3); // a hostile name, called from main
  const line = (fn: number, n: number) => new WireWriter().uintField(1, fn).uintField(2, n).finish();
  const location = (id: number, lines: Uint8Array[]) => {
    const l = new WireWriter().uintField(1, id).uintField(3, 0x1000 + id);
    lines.forEach((x) => l.bytesField(4, x));
    w.bytesField(4, l.finish());
  };
  location(1, [line(3, 42), line(2, 20)]); // innermost (inlined callee) first
  location(2, [line(2, 21)]);
  location(3, [line(1, 12)]);
  location(4, [line(3, 45)]);
  location(5, [line(4, 7)]);
  const fn = (id: number, name: number, file: number, start: number) =>
    w.bytesField(
      5,
      new WireWriter().uintField(1, id).uintField(2, name).uintField(4, file).uintField(5, start).finish()
    );
  fn(1, 3, 4, 10);
  fn(2, 5, 6, 18);
  fn(3, 7, 6, 40);
  fn(4, 8, 6, 1);
  strings.forEach((s) => w.stringField(6, s));
  return w.finish();
}

describe('function details from a pprof', () => {
  const p = decodePprof(profile());

  it('gives self, total and a line table: flat on the innermost frame, cumulative once per sample', () => {
    const hot = functionDetailsOfPprof(p, 'hot', 0)!;
    expect([hot.self, hot.total, hot.grandTotal]).toEqual([47, 47, 55]);
    expect(hot.lines).toEqual([
      { file: 'h.go', line: 42, self: 30, total: 30 },
      { file: 'h.go', line: 45, self: 17, total: 17 },
    ]);
    expect([hot.file, hot.startLine]).toEqual(['h.go', 40]);
    // Recursion: hot calling hot is neither its caller nor its callee.
    expect(hot.callers).toEqual([{ name: 'handle', total: 47 }]);
    expect(hot.callees).toEqual([]);
  });

  it('counts an inlined callee on its caller’s line, and callers and callees once per sample', () => {
    const handle = functionDetailsOfPprof(p, 'handle', 0)!;
    expect([handle.self, handle.total]).toEqual([5, 52]);
    expect(handle.lines).toEqual([
      { file: 'h.go', line: 21, self: 5, total: 22 },
      { file: 'h.go', line: 20, self: 0, total: 30 },
    ]);
    expect(handle.callers).toEqual([{ name: 'main', total: 52 }]);
    expect(handle.callees).toEqual([{ name: 'hot', total: 47 }]);
    const main = functionDetailsOfPprof(p, 'main', 0)!;
    expect(main.callees).toEqual([
      { name: 'handle', total: 52 },
      { name: '<img src=x onerror=alert(1)>', total: 3 },
    ]);
  });

  it('has nothing for a function no sample holds', () => {
    expect(functionDetailsOfPprof(p, 'absent', 0)).toBeUndefined();
  });
});
