/**
 * pprof details pinned on small profiles written with the project's own wire writer: name
 * fallbacks, inlined frames, labels (string and numeric), several mappings, default_sample_type.
 */
import { WireWriter } from './writer';
import { decodePprof } from './decode';
import { pprofToTree, resolveSampleType } from './toTree';
import { printFolded } from '../formats/folded';

/** Builds a raw pprof profile from a compact description. */
function profile(): Uint8Array {
  const strings = [
    '',
    'cpu',
    'nanoseconds',
    'samples',
    'count',
    'main',
    'inlinedHelper',
    'caller',
    '',
    'sys.name',
    'region',
    'eu',
    'us',
    'bytes',
    '/bin/app',
    '/lib/libc.so',
  ];
  const s = (v: string) => strings.indexOf(v);
  const w = new WireWriter();
  w.bytesField(1, new WireWriter().uintField(1, s('samples')).uintField(2, s('count')).finish());
  w.bytesField(1, new WireWriter().uintField(1, s('cpu')).uintField(2, s('nanoseconds')).finish());
  const label = (key: string, str?: string, num?: number) => {
    const l = new WireWriter().uintField(1, s(key));
    if (str) l.uintField(2, s(str));
    if (num !== undefined) l.uintField(3, num).uintField(4, s('bytes'));
    return l.finish();
  };
  // sample 1: main → caller(+inlinedHelper) ; region=eu, bytes=4096
  w.bytesField(
    2,
    new WireWriter()
      .packedField(1, [2, 1])
      .packedField(2, [1, 100])
      .bytesField(3, label('region', 'eu'))
      .bytesField(3, label('bytes', undefined, 4096))
      .finish()
  );
  // sample 2: main → (function with only a system name) ; region=us
  w.bytesField(
    2,
    new WireWriter().packedField(1, [3, 1]).packedField(2, [2, 250]).bytesField(3, label('region', 'us')).finish()
  );
  // sample 3: main → (unsymbolized address 0x4a3f10) ; region=us
  w.bytesField(
    2,
    new WireWriter().packedField(1, [4, 1]).packedField(2, [1, 50]).bytesField(3, label('region', 'us')).finish()
  );
  w.bytesField(
    3,
    new WireWriter().uintField(1, 1).uintField(2, 0x400000).uintField(3, 0x500000).uintField(5, s('/bin/app')).finish()
  );
  w.bytesField(
    3,
    new WireWriter()
      .uintField(1, 2)
      .uintField(2, 0x7f0000)
      .uintField(3, 0x7f1000)
      .uintField(5, s('/lib/libc.so'))
      .finish()
  );
  const line = (fn: number) => new WireWriter().uintField(1, fn).uintField(2, 10).finish();
  w.bytesField(4, new WireWriter().uintField(1, 1).uintField(2, 1).bytesField(4, line(1)).finish());
  // Location 2 holds two lines: the inlined callee first, as pprof stores them.
  w.bytesField(
    4,
    new WireWriter().uintField(1, 2).uintField(2, 1).bytesField(4, line(2)).bytesField(4, line(3)).finish()
  );
  w.bytesField(4, new WireWriter().uintField(1, 3).uintField(2, 2).bytesField(4, line(4)).finish());
  w.bytesField(4, new WireWriter().uintField(1, 4).uintField(2, 2).uintField(3, 0x4a3f10).finish());
  w.bytesField(5, new WireWriter().uintField(1, 1).uintField(2, s('main')).finish());
  w.bytesField(5, new WireWriter().uintField(1, 2).uintField(2, s('inlinedHelper')).finish());
  w.bytesField(5, new WireWriter().uintField(1, 3).uintField(2, s('caller')).finish());
  w.bytesField(5, new WireWriter().uintField(1, 4).uintField(3, s('sys.name')).finish());
  for (const str of strings.slice(0, 8).concat(['x'], strings.slice(9))) {
    w.stringField(6, str);
  }
  w.uintField(14, s('samples'));
  return w.finish();
}

describe('pprof details', () => {
  const p = decodePprof(profile());

  it('expands inlined lines callee-last (root first), and falls back to system name, then address', () => {
    expect(printFolded(pprofToTree(p, { sampleType: 1 }))).toBe(
      'main;0x4a3f10 50\nmain;caller;inlinedHelper 100\nmain;sys.name 250\n'
    );
  });

  it('keeps string and numeric labels, and filters samples by string labels', () => {
    const keys = Array.from(p.labelKey, (k) => p.strings[k]);
    expect(keys).toEqual(['region', 'bytes', 'region', 'region']);
    expect(p.labelNum[1]).toBe(4096);
    expect(p.strings[p.labelNumUnit[1]]).toBe('bytes');
    expect(pprofToTree(p, { sampleType: 1, labelFilter: { region: 'us' } }).total[0]).toBe(300);
  });

  it('reads several mappings', () => {
    expect(p.mappingCount).toBe(2);
    expect(Array.from(p.mappingFilename, (i) => p.strings[i])).toEqual(['/bin/app', '/lib/libc.so']);
  });

  it('honours default_sample_type', () => {
    expect(p.defaultSampleType).toBe('samples');
    expect(resolveSampleType(p)).toBe(0);
  });
});
