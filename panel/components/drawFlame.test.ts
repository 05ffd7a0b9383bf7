import { fitText, hitTest, ROW_HEIGHT_PX, View, rowY } from './drawFlame';
import { layoutFlame } from '../../src/layout/flameLayout';
import { parseFolded } from '../../src/formats/folded';
import { nodeName } from '../../src/tree/callTree';

// total(10) → a(6) → c(5); total → b(4); drawn over 100 px: a = 0..60, b = 60..100.
const { tree } = parseFolded('a;c 5\na 1\nb 4\n');
const layout = layoutFlame(tree);
const view = (patch: Partial<View> = {}): View => ({ zoom: 0, orientation: 'icicle', textAlign: 'left', selected: -1, ...patch });
const at = (v: View, x: number, row: number, scroll = 0) => {
  const n = hitTest(tree, layout, v, 100, x, row * ROW_HEIGHT_PX + 1 - scroll, scroll);
  return n < 0 ? null : nodeName(tree, n);
};

describe('hitTest', () => {
  it('finds the node under a point, row by row (icicle: root on top)', () => {
    expect(at(view(), 10, 0)).toBe('total');
    expect(at(view(), 10, 1)).toBe('a');
    expect(at(view(), 70, 1)).toBe('b');
    expect(at(view(), 20, 2)).toBe('c');
    expect(at(view(), 55, 2)).toBeNull();
  });

  it('puts the root at the bottom in flame orientation', () => {
    expect(at(view({ orientation: 'flame' }), 10, 2)).toBe('total');
    expect(at(view({ orientation: 'flame' }), 20, 0)).toBe('c');
    expect(rowY(tree, 0, 'flame')).toBe(2 * ROW_HEIGHT_PX);
  });

  it('spreads the zoomed node over the width and keeps its ancestors hittable', () => {
    const a = 1;
    expect(nodeName(tree, a)).toBe('a');
    expect(at(view({ zoom: a }), 90, 2)).toBeNull();
    expect(at(view({ zoom: a }), 50, 2)).toBe('c');
    expect(at(view({ zoom: a }), 95, 0)).toBe('total');
  });

  it('accounts for the scroll offset', () => {
    expect(at(view(), 20, 2, ROW_HEIGHT_PX)).toBe('c');
  });
});

describe('fitText', () => {
  const ctx = { measureText: (t: string) => ({ width: t.length * 10 }) } as never;
  it('keeps the head or the tail of a long name', () => {
    expect(fitText(ctx, 'github.com/acme/pkg.Func', 100, 'left', 10)).toBe('github.co…');
    expect(fitText(ctx, 'github.com/acme/pkg.Func', 100, 'right', 10)).toBe('…/pkg.Func');
    expect(fitText(ctx, 'short', 100, 'left', 10)).toBe('short');
  });
});
