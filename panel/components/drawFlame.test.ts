import { drawFlame } from './drawFlame';
import { fitText, hitTest, ROW_HEIGHT_PX, View, rowY } from './flameGeometry';
import { parseFolded } from '../../src/formats/folded';
import { nodeName } from '../../src/tree/callTree';

// total(10) → a(6) → c(5); total → b(4); drawn over 100 px: a = 0..60, b = 60..100.
const { tree } = parseFolded('a;c 5\na 1\nb 4\n');
const view = (patch: Partial<View> = {}): View => ({
  zoom: 0,
  orientation: 'icicle',
  textAlign: 'left',
  selected: -1,
  ...patch,
});
const at = (v: View, x: number, row: number, scroll = 0) => {
  const n = hitTest(tree, v, 100, x, row * ROW_HEIGHT_PX + 1 - scroll, scroll);
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

/** A 2D context that records what is painted where: fillRect colours and fillText labels. */
function recordingContext() {
  const rects: Array<{ x: number; y: number; w: number; fill: string }> = [];
  const texts: string[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    globalAlpha: 1,
    lineWidth: 1,
    font: '',
    textBaseline: '',
    setTransform: () => undefined,
    measureText: (t: string) => ({ width: t.length * 7 }),
    fillRect(x: number, y: number, w: number) {
      rects.push({ x, y, w, fill: String(this.fillStyle) });
    },
    fillText: (t: string) => texts.push(t),
    fill: () => undefined,
    strokeRect: () => undefined,
    save: () => undefined,
    restore: () => undefined,
    beginPath: () => undefined,
    rect: () => undefined,
    clip: () => undefined,
    moveTo: () => undefined,
    lineTo: () => undefined,
    stroke: () => undefined,
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, rects, texts };
}

describe('drawFlame', () => {
  const theme = { background: 'bg', text: 'fg', truncated: 'tr', dimmed: 'dim', selected: 'sel', dark: false };
  beforeAll(() => {
    (globalThis as unknown as { Path2D: unknown }).Path2D = class {
      rect() {
        return undefined;
      }
    };
  });

  it("dims every node but the hovered table row's function", () => {
    const { ctx, rects } = recordingContext();
    const c = tree.names.indexOf('c');
    drawFlame(ctx, tree, view({ highlightName: c, colorOf: () => 'lit' }), 500, 100, 0, theme, 1);
    const fills = new Map(rects.slice(1).map((r) => [r.y, r.fill]));
    expect(fills.get(2 * ROW_HEIGHT_PX)).toBe('lit');
    expect(fills.get(0)).toBe('dim');
  });

  it('labels only nodes wider than the minimum label width', () => {
    const wide = recordingContext();
    drawFlame(wide.ctx, tree, view({ minLabelWidth: 24 }), 500, 100, 0, theme, 1);
    expect(wide.texts).toEqual(expect.arrayContaining(['total', 'a', 'b', 'c']));
    // b is 200 px wide, c 250, a 300, the root 500: only wider than 250 px get a label.
    const narrow = recordingContext();
    drawFlame(narrow.ctx, tree, view({ minLabelWidth: 250 }), 500, 100, 0, theme, 1);
    expect(narrow.texts.sort()).toEqual(['a', 'total']);
  });

  it('paints only the rows inside the viewport', () => {
    const { ctx, rects } = recordingContext();
    drawFlame(ctx, tree, view(), 500, ROW_HEIGHT_PX, 2 * ROW_HEIGHT_PX, theme, 1);
    // The background, then c alone (row 2 = the only row in view).
    expect(rects.slice(1).map((r) => Math.round(r.w))).toEqual([249]);
  });
});
