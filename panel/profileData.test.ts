import { treeToNestedSetFrame } from '../src/frames/nestedSet';
import { parseFolded } from '../src/formats/folded';
import { readProfileData } from './profileData';
import type { FlameGraphCustom } from '../src/contract/frames';
import { diffView } from '../src/tree/diffView';
import { transformTree } from '../src/tree/transform';
import { re2 } from '../src/regex/re2';
import { diffTreesToNestedSetFrame } from '../src/frames/nestedSet';
import { diffTrees } from '../src/tree/diff';

const frame = (folded: string, refId: string, custom?: Partial<FlameGraphCustom>) =>
  treeToNestedSetFrame(parseFolded(folded).tree, { unit: 'ns', refId, custom });

describe('readProfileData', () => {
  it('takes two queries as baseline (refId A) and comparison (refId B), whatever their order', () => {
    const d = readProfileData([frame('b 2\n', 'B'), frame('a 1\n', 'A')]);
    expect(d.kind).toBe('pair');
    if (d.kind === 'pair') {
      expect(d.baseline.tree.total[0]).toBe(1);
      expect(d.comparison.tree.total[0]).toBe(2);
    }
  });

  it('reads the roles, selectors, ranges and per-side timelines a comparison query returns', () => {
    const timeline = {
      name: 't',
      refId: 'A',
      length: 2,
      meta: { custom: { timelineOf: 'baseline' } },
      fields: [
        { name: 'time', type: 'time', values: [10, 20], config: {} },
        { name: 'v', type: 'number', values: [1, 3], config: { unit: 'cores' } },
      ],
    };
    const d = readProfileData([
      timeline as never,
      frame('x 1\n', 'A', { role: 'comparison', labelSelector: '{v="2"}', start: 0, end: 100 }),
      frame('x 2\n', 'A', { role: 'baseline', labelSelector: '{v="1"}', start: 0, end: 100 }),
    ]);
    expect(d.kind).toBe('pair');
    if (d.kind === 'pair') {
      expect(d.baseline).toMatchObject({ selector: '{v="1"}', range: { start: 0, end: 100 } });
      expect(Array.from(d.baseline.timeline!.values)).toEqual([1, 3]);
      expect(d.baseline.timeline!.unit).toBe('cores');
      expect(d.comparison.timeline).toBeUndefined();
    }
  });

  it('names what is missing when no frame is a flame graph', () => {
    const d = readProfileData([
      { name: 'x', length: 0, fields: [{ name: 'time', type: 'time', values: [], config: {} }] } as never,
    ]);
    expect(d).toEqual({
      kind: 'none',
      message: expect.stringMatching(/missing fields "level", "value", "self", "label"/),
    });
  });
});

describe('transformTree', () => {
  it('hides by pattern and by name, collapses recursion, and reports an invalid pattern without throwing', () => {
    const t = parseFolded('runtime.gc;scan 2\nf;f;g 3\n').tree;
    const filters = { hide: ['/^runtime\\./', 'g'], keep: [], presets: [] };
    const out = transformTree(t, { filters, collapseRecursion: true }, re2);
    expect(out.errors).toEqual([]);
    expect(out.hiddenSelf).toBe(3);
    expect(out.tree.names.filter((_, id) => Array.from(out.tree.nameId).includes(id)).sort()).toEqual([
      'f',
      'scan',
      'total',
    ]);
    const bad = transformTree(t, { filters: { hide: ['/(/'], keep: [], presets: [] }, collapseRecursion: false }, re2);
    expect(bad.errors).toEqual([expect.stringMatching(/^Hide \/\(\/: invalid regular expression/)]);
    expect(bad.tree).toBe(t);
  });
});

describe('diffView', () => {
  it('uses the two sides of a diff frame as they are, and aligns separate trees by path', () => {
    const d = diffTrees(parseFolded('main;a 5\nmain;b 5\n').tree, parseFolded('main;a 9\nmain;c 1\n').tree);
    const pair = readProfileData([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })]);
    if (pair.kind !== 'pair') throw new Error('expected a pair');
    const fromFrame = diffView(pair.baseline.tree, pair.comparison.tree);
    expect(fromFrame.left).toBe(pair.baseline.tree);
    expect(fromFrame.right).toBe(pair.comparison.tree);
    const separate = diffView(parseFolded('main;a 5\nmain;b 5\n').tree, parseFolded('main;a 9\nmain;c 1\n').tree);
    expect(separate.left.count).toBe(fromFrame.left.count);
    expect(Array.from(separate.combined.total)).toEqual(Array.from(fromFrame.combined.total));
    expect(Array.from(separate.change)).toEqual(Array.from(fromFrame.change));
  });
});

describe('a comparison with one side empty', () => {
  it('shows the side with data and says the other has none', () => {
    const only = frame('main;x 3\n', 'A', { role: 'comparison', labelSelector: '{a="1"}', start: 1, end: 2 });
    const d = readProfileData([only]);
    expect(d.kind).toBe('single');
    expect(d.kind === 'single' && d.note).toBe(
      'The baseline has no profiles for its selector and time range: showing the comparison alone.'
    );
  });
});
