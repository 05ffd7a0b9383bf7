import { hitTest, ROW_HEIGHT_PX } from './drawFlame';
import { layoutFlame } from '../../src/layout/flameLayout';
import { parseFolded } from '../../src/formats/folded';
import { nodeName } from '../../src/tree/callTree';

describe('hitTest', () => {
  // total(10) → a(6) → c(5); total → b(4); drawn over 100 px: a = 0..60, b = 60..100.
  const { tree } = parseFolded('a;c 5\na 1\nb 4\n');
  const layout = layoutFlame(tree);

  it('finds the node under a point, row by row', () => {
    expect(nodeName(tree, hitTest(tree, layout, 100, 10, 1, 0))).toBe('total');
    expect(nodeName(tree, hitTest(tree, layout, 100, 10, ROW_HEIGHT_PX + 1, 0))).toBe('a');
    expect(nodeName(tree, hitTest(tree, layout, 100, 70, ROW_HEIGHT_PX + 1, 0))).toBe('b');
    expect(nodeName(tree, hitTest(tree, layout, 100, 20, 2 * ROW_HEIGHT_PX + 1, 0))).toBe('c');
  });

  it('accounts for the scroll offset and misses empty space', () => {
    expect(nodeName(tree, hitTest(tree, layout, 100, 20, 1, 2 * ROW_HEIGHT_PX))).toBe('c');
    expect(hitTest(tree, layout, 100, 55, 2 * ROW_HEIGHT_PX + 1, 0)).toBe(-1);
    expect(hitTest(tree, layout, 100, 70, 5 * ROW_HEIGHT_PX, 0)).toBe(-1);
  });
});
