import { parseFolded } from '../formats/folded';
import { diffColor, diffNodeColors, PRESENCE_COLORS } from '../layout/colors';
import { nodeAtPath } from './paths';
import { diffView, vanishedStacks } from './diffView';

const t = (text: string) => parseFolded(text).tree;

describe('diff colouring modes', () => {
  // The comparison window is twice as busy: `same` keeps its 4 units, `grew` doubles with the total.
  const d = diffView(t('main;same 4\nmain;grew 4\nmain;gone 2\n'), t('main;same 4\nmain;grew 14\nmain;new 2\n'));
  const node = (name: string) => nodeAtPath(d.combined, ['main', name]);

  it('absolute: a frame with the same value on both sides is neutral, whatever the totals did', () => {
    const abs = diffNodeColors(d, 'absolute', 'redgreen');
    expect(abs(node('same'))).toBe(diffColor(0, 'redgreen'));
    expect(abs(node('same'))).toBe('rgb(140, 140, 140)');
    expect(abs(node('grew'))).toBe(diffColor(1, 'redgreen'));
  });

  it('share: the same frame shrank, its share fell from 40% to 20%', () => {
    const share = diffNodeColors(d, 'share', 'redgreen');
    expect(share(node('same'))).toBe(diffColor(-0.5, 'redgreen'));
  });

  it('gives added and removed frames their own colours, in both modes and both palettes', () => {
    for (const palette of ['redgreen', 'colorblind'] as const) {
      for (const mode of ['share', 'absolute'] as const) {
        const c = diffNodeColors(d, mode, palette);
        expect(c(node('new'))).toBe(PRESENCE_COLORS[palette].added);
        expect(c(node('gone'))).toBe(PRESENCE_COLORS[palette].removed);
      }
      // Not an end of the change scale: "removed" must not read as "shrank a lot".
      expect(PRESENCE_COLORS[palette].removed).not.toBe(diffColor(-1, palette));
      expect(PRESENCE_COLORS[palette].added).not.toBe(diffColor(1, palette));
    }
  });
});

describe('vanishedStacks', () => {
  it('lists each removed subtree once at its top, largest first, with the count of all', () => {
    const d = diffView(t('main;a;x 1\nmain;b;c 3\nmain;b;d 2\nmain;k 4\nother 6\n'), t('main;k 4\nmain;a 1\n'));
    const { stacks, count } = vanishedStacks(d, 2);
    expect(count).toBe(3);
    expect(stacks.map((s) => [s.path.join(';'), s.value, s.share])).toEqual([
      ['other', 6, 6 / 16],
      ['main;b', 5, 5 / 16],
    ]);
    expect(vanishedStacks(d, 10).stacks.map((s) => s.path.join(';'))).toEqual(['other', 'main;b', 'main;a;x']);
  });

  it('finds nothing when every baseline stack is still there', () => {
    const d = diffView(t('a;b 1\n'), t('a;b 5\nc 1\n'));
    expect(vanishedStacks(d, 10)).toEqual({ stacks: [], count: 0 });
  });
});
