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
