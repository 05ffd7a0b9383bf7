import { exportFile, exportedTree } from './exports';
import { parseFolded } from '../src/formats/folded';
import { decodePprof } from '../src/pprof/decode';
import { pprofToTree } from '../src/pprof/toTree';
import { printFolded } from '../src/formats/folded';

const HOSTILE = '<img src=x onerror=alert(1)>';
const { tree } = parseFolded(`main;work 6\nmain;${HOSTILE} 3\ngc 1\n`);

describe('panel exports', () => {
  it('exports only the zoomed subtree, with its path', () => {
    const t = exportedTree(
      tree,
      tree.nameId.findIndex((id) => tree.names[id] === 'main')
    );
    expect(printFolded(t)).toBe(`main;${HOSTILE} 3\nmain;work 6\n`);
  });

  it('writes pprof that decodes to the same stacks and totals', () => {
    const f = exportFile(tree, 'pprof', 'cpu', 'ns');
    const p = decodePprof(f.data as Uint8Array);
    expect(p.sampleTypes).toEqual([{ type: 'cpu', unit: 'nanoseconds' }]);
    expect(printFolded(pprofToTree(p, { sampleType: 0 }))).toBe(printFolded(tree));
  });

  it('escapes hostile names in SVG and HTML exports', () => {
    for (const format of ['svg', 'html'] as const) {
      const text = exportFile(tree, format, HOSTILE).data as string;
      expect(text).not.toContain('<img');
    }
  });

  it('names files after the title, without unsafe characters', () => {
    expect(exportFile(tree, 'folded', 'cpu / ride-sharing-app').name).toBe('cpu_ride-sharing-app.folded.txt');
  });
});
