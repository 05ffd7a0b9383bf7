import { encodeTreeAsPprof } from './encode';
import { decodePprof } from './decode';
import { pprofToTree } from './toTree';
import { parseFolded, printFolded } from '../formats/folded';
import { recordedFixtures } from '../testing/recorded';

describe('encodeTreeAsPprof', () => {
  it('round-trips totals and stacks through gzipped pprof', () => {
    const { tree } = parseFolded('main;work;io 3\nmain;work 2\nmain;<b>x</b> 4\ngc 1\n');
    const p = decodePprof(encodeTreeAsPprof(tree, { type: 'cpu', unit: 'nanoseconds' }));
    expect(p.sampleTypes).toEqual([{ type: 'cpu', unit: 'nanoseconds' }]);
    expect(p.totals).toEqual([10n]);
    expect(printFolded(pprofToTree(p, { sampleType: 0 }))).toBe(printFolded(tree));
  });

  it('round-trips real recorded profiles', () => {
    for (const r of recordedFixtures()) {
      const p = decodePprof(r.bytes);
      for (let t = 0; t < p.sampleTypes.length; t++) {
        const tree = pprofToTree(p, { sampleType: t });
        const back = pprofToTree(decodePprof(encodeTreeAsPprof(tree, p.sampleTypes[t])), { sampleType: 0 });
        expect(printFolded(back)).toBe(printFolded(tree));
        expect(back.total[0]).toBe(tree.total[0]);
      }
    }
  });
});

describe('WireWriter int64 varints', () => {
  const { WireWriter } = jest.requireActual<typeof import('./writer')>('./writer');
  const readInt64 = (bytes: Uint8Array) => {
    let v = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) {
      v = (v << 7n) | BigInt(bytes[i] & 0x7f);
    }
    return BigInt.asIntN(64, v);
  };
  it.each([
    [0, 0n],
    [300, 300n],
    [-1, -1n],
    [2 ** 62, 2n ** 62n],
    [2 ** 63, 2n ** 63n - 1n],
    [1e30, 2n ** 63n - 1n],
    [Infinity, 2n ** 63n - 1n],
    [-(2 ** 63), -(2n ** 63n)],
    [-1e30, -(2n ** 63n)],
    [NaN, 0n],
  ])('writes %p as the int64 %p (clamped, never sign-flipped)', (value, expected) => {
    const bytes = new WireWriter().varint(value).finish();
    expect(bytes.length).toBeLessThanOrEqual(10);
    expect(readInt64(bytes)).toBe(expected);
  });
});
