import { WireWriter } from '../src/pprof/writer';
import { readDroppedFile } from './droppedFileReader';

/**
 * A heap profile after everything was freed: in-use space (the default type) all zero, allocated
 * space not — the shape that showed an empty panel when dropped.
 */
function heapProfile(inuse: number, alloc: number): Uint8Array {
  const strings = ['', 'inuse_space', 'bytes', 'alloc_space', 'main'];
  const w = new WireWriter();
  for (const [type, unit] of [
    [1, 2],
    [3, 2],
  ]) {
    w.bytesField(1, new WireWriter().uintField(1, type).uintField(2, unit).finish());
  }
  w.bytesField(2, new WireWriter().packedField(1, [1]).packedField(2, [inuse, alloc]).finish());
  w.bytesField(4, new WireWriter().uintField(1, 1).bytesField(4, new WireWriter().uintField(1, 1).finish()).finish());
  w.bytesField(5, new WireWriter().uintField(1, 1).uintField(2, 4).finish());
  for (const s of strings) {
    w.stringField(6, s);
  }
  w.uintField(14, 1);
  return w.finish();
}

describe('a dropped profile', () => {
  it('shows the first sample type with data when the default one is all zero, and offers the others', () => {
    const r = readDroppedFile('heap.pb', heapProfile(0, 4096));
    if ('error' in r || r.data.kind !== 'single') throw new Error('expected a profile');
    expect(r.sampleTypes?.names).toEqual(['inuse_space (bytes)', 'alloc_space (bytes)']);
    expect(r.sampleTypes?.shown).toBe(1);
    expect(r.data.side.tree.total[0]).toBe(4096);
    const other = r.sampleTypes!.show(0);
    if (other.data.kind !== 'single') throw new Error('expected a profile');
    expect(other.data.side.tree.total[0]).toBe(0);
    expect(other.sampleTypes?.shown).toBe(0);
  });

  it('keeps the default type when it has data', () => {
    const r = readDroppedFile('heap.pb', heapProfile(10, 4096));
    expect('error' in r ? -1 : r.sampleTypes?.shown).toBe(0);
  });

  it('names the file and the problem when it cannot be read', () => {
    expect(readDroppedFile('x.pb.gz', new Uint8Array([0x1f, 0x8b, 1, 2]))).toEqual({
      error: expect.stringMatching(/^x\.pb\.gz: gzip data is truncated/),
    });
  });
});
