import { CallTree, NODE_TRUNCATED } from '../../src/tree/callTree';
import { FlameLayout, nameHue } from '../../src/layout/flameLayout';

export const ROW_HEIGHT_PX = 20;

export interface DrawTheme {
  background: string;
  text: string;
  truncated: string;
  dark: boolean;
}

/**
 * Draws the rows visible in a viewport onto a canvas the size of that viewport (never one tall
 * canvas: browsers cap a canvas side at 32,767 px, which deep stacks exceed). Nodes narrower than
 * half a pixel are culled; labels only where they fit. Text goes through fillText, so a function
 * name is always drawn as text, never parsed as markup.
 */
export function drawFlame(
  ctx: CanvasRenderingContext2D,
  tree: CallTree,
  layout: FlameLayout,
  widthPx: number,
  heightPx: number,
  scrollTopPx: number,
  theme: DrawTheme,
  dpr: number
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, widthPx, heightPx);
  if (tree.count === 0 || tree.total[0] <= 0) {
    return;
  }
  const pxPerUnit = widthPx / tree.total[0];
  const firstRow = Math.floor(scrollTopPx / ROW_HEIGHT_PX);
  const lastRow = Math.min(tree.maxDepth, Math.ceil((scrollTopPx + heightPx) / ROW_HEIGHT_PX));
  ctx.font = '12px monospace';
  ctx.textBaseline = 'middle';
  const lightness = theme.dark ? 45 : 70;
  for (let i = 0; i < tree.count; i++) {
    const w = tree.total[i] * pxPerUnit;
    if (w < 0.5) {
      // Its whole subtree is narrower still: skip it.
      i = tree.end[i] - 1;
      continue;
    }
    const d = tree.depth[i];
    if (d < firstRow || d > lastRow) {
      continue;
    }
    const x = layout.start[i] * pxPerUnit;
    const y = d * ROW_HEIGHT_PX - scrollTopPx;
    const name = tree.names[tree.nameId[i]];
    const truncated = (tree.flags[i] & NODE_TRUNCATED) !== 0;
    ctx.fillStyle = truncated ? theme.truncated : `hsl(${nameHue(name)}, 60%, ${lightness}%)`;
    ctx.fillRect(x, y, Math.max(w - 1, 0.5), ROW_HEIGHT_PX - 1);
    if (w > 24) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, w - 1, ROW_HEIGHT_PX - 1);
      ctx.clip();
      ctx.fillStyle = theme.text;
      ctx.fillText(name, x + 3, y + ROW_HEIGHT_PX / 2);
      ctx.restore();
    }
  }
}

/** The node under a point of the viewport, or -1. */
export function hitTest(tree: CallTree, layout: FlameLayout, widthPx: number, xPx: number, yPx: number, scrollTopPx: number): number {
  if (tree.count === 0 || tree.total[0] <= 0) {
    return -1;
  }
  const depth = Math.floor((yPx + scrollTopPx) / ROW_HEIGHT_PX);
  const value = (xPx / widthPx) * tree.total[0];
  // Descend from the root through the child containing `value`: O(depth × siblings).
  let node = 0;
  if (value < 0 || value > tree.total[0]) {
    return -1;
  }
  while (tree.depth[node] < depth) {
    let c = node + 1;
    let found = -1;
    while (c < tree.end[node]) {
      if (value >= layout.start[c] && value < layout.start[c] + tree.total[c]) {
        found = c;
        break;
      }
      c = tree.end[c];
    }
    if (found < 0) {
      return -1;
    }
    node = found;
  }
  return node;
}
