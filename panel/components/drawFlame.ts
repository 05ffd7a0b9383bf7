import { CallTree, NODE_TRUNCATED } from '../../src/tree/callTree';
import { nameHue } from '../../src/layout/flameLayout';
import { fitText, ROW_HEIGHT_PX, rowY, type View } from './flameGeometry';

export interface DrawTheme {
  background: string;
  text: string;
  truncated: string;
  dimmed: string;
  selected: string;
  dark: boolean;
}

/**
 * Draws the rows visible in a viewport onto a canvas the size of that viewport (never one tall
 * canvas: browsers cap a canvas side at 32,767 px, which deep stacks exceed). Subtrees narrower
 * than half a pixel are skipped whole; nodes under 3 px are batched into one path per colour
 * class, without labels. Text goes through fillText, so a name is never parsed as markup.
 */
export function drawFlame(
  ctx: CanvasRenderingContext2D,
  tree: CallTree,
  view: View,
  widthPx: number,
  heightPx: number,
  scrollTopPx: number,
  theme: DrawTheme,
  dpr: number
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, widthPx, heightPx);
  const z = view.zoom;
  if (tree.count === 0 || tree.total[z] <= 0) {
    return;
  }
  const pxPerUnit = widthPx / tree.total[z];
  const firstY = scrollTopPx - ROW_HEIGHT_PX;
  const lastY = scrollTopPx + heightPx;
  ctx.font = '12px monospace';
  ctx.textBaseline = 'middle';
  const charPx = ctx.measureText('m').width || 7.2;
  const lightness = theme.dark ? 45 : 72;
  const highlight = view.highlightName ?? -1;
  const minLabel = Math.max(view.minLabelWidth ?? 24, 8);
  const refining = new Set(view.refining);
  // Narrow nodes side by side on a row merge into one run per row and class (lit or faded): a
  // profile's long tail is thousands of sub-3px nodes, and one rect each dominated drawing.
  const rows = tree.maxDepth + 1;
  const runStart = new Float64Array(rows).fill(-1);
  const runEnd = new Float64Array(rows);
  const runFaded = new Uint8Array(rows);
  const narrow = new Path2D();
  const narrowDim = new Path2D();
  const flushRun = (d: number) => {
    if (runStart[d] >= 0) {
      const y = rowY(tree, d, view.orientation) - scrollTopPx;
      (runFaded[d] ? narrowDim : narrow).rect(
        runStart[d],
        y,
        Math.max(runEnd[d] - runStart[d], 0.5),
        ROW_HEIGHT_PX - 1
      );
      runStart[d] = -1;
    }
  };

  const drawNode = (i: number, x: number, w: number, dim: boolean) => {
    const y = rowY(tree, tree.depth[i], view.orientation) - scrollTopPx;
    if (y <= -ROW_HEIGHT_PX || y >= heightPx) {
      return;
    }
    const name = tree.names[tree.nameId[i]];
    const faded =
      dim || (view.matched !== undefined && !view.matched[i]) || (highlight >= 0 && tree.nameId[i] !== highlight);
    if (w < 3) {
      const d = tree.depth[i];
      const f = faded ? 1 : 0;
      if (runStart[d] >= 0 && (runFaded[d] !== f || x > runEnd[d] + 0.5)) {
        flushRun(d);
      }
      if (runStart[d] < 0) {
        runStart[d] = x;
        runFaded[d] = f;
      }
      runEnd[d] = x + w;
      return;
    }
    const truncated = (tree.flags[i] & NODE_TRUNCATED) !== 0;
    ctx.fillStyle = faded
      ? theme.dimmed
      : truncated
        ? theme.truncated
        : view.colorOf
          ? view.colorOf(i)
          : `hsl(${nameHue(name)}, 60%, ${lightness}%)`;
    ctx.fillRect(x, y, w - 1, ROW_HEIGHT_PX - 1);
    if (truncated && !faded) {
      // Hatching marks what the node limit folded away.
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, w - 1, ROW_HEIGHT_PX - 1);
      ctx.clip();
      ctx.strokeStyle = theme.text;
      ctx.globalAlpha = 0.25;
      for (let hx = x - ROW_HEIGHT_PX; hx < x + w; hx += 6) {
        ctx.beginPath();
        ctx.moveTo(hx, y + ROW_HEIGHT_PX);
        ctx.lineTo(hx + ROW_HEIGHT_PX, y);
        ctx.stroke();
      }
      ctx.restore();
    }
    if (truncated && refining.has(i)) {
      ctx.save();
      ctx.strokeStyle = theme.selected;
      ctx.setLineDash([4, 3]);
      ctx.strokeRect(x + 0.5, y + 0.5, w - 2, ROW_HEIGHT_PX - 2);
      ctx.restore();
    }
    if (i === view.selected) {
      ctx.strokeStyle = theme.selected;
      ctx.lineWidth = 2;
      ctx.strokeRect(x + 1, y + 1, w - 3, ROW_HEIGHT_PX - 3);
    }
    if (w > minLabel) {
      const label = fitText(ctx, refining.has(i) ? `${name} · loading…` : name, w - 6, view.textAlign, charPx);
      if (label) {
        ctx.fillStyle = theme.text;
        ctx.globalAlpha = faded ? 0.6 : 1;
        ctx.fillText(label, x + 3, y + ROW_HEIGHT_PX / 2);
        ctx.globalAlpha = 1;
      }
    }
  };

  // Ancestors of the zoomed node: full width, dimmed, so the path stays visible.
  for (let a = tree.parent[z]; a >= 0; a = tree.parent[a]) {
    drawNode(a, 0, widthPx, true);
  }
  // x comes from the walk itself: cursor[d] is where the next node at depth d starts (value units
  // from the zoomed node's left edge); a node's children start at its own left edge.
  const cursor = new Float64Array(tree.maxDepth + 2);
  const end = tree.end[z];
  const icicle = view.orientation === 'icicle';
  for (let i = z; i < end; i++) {
    const d = tree.depth[i];
    const start = cursor[d];
    cursor[d] = start + tree.total[i];
    cursor[d + 1] = start;
    const w = tree.total[i] * pxPerUnit;
    if (w < 0.5) {
      i = tree.end[i] - 1;
      continue;
    }
    const y = rowY(tree, d, view.orientation);
    if (icicle ? y > lastY : y < firstY) {
      // Past the viewport's far edge: the whole subtree lies further out.
      i = tree.end[i] - 1;
      continue;
    }
    if (y < firstY || y > lastY) {
      continue;
    }
    drawNode(i, start * pxPerUnit, w, false);
  }
  for (let d = 0; d < rows; d++) {
    flushRun(d);
  }
  ctx.fillStyle = `hsl(30, 50%, ${lightness}%)`;
  ctx.fill(narrow);
  ctx.fillStyle = theme.dimmed;
  ctx.fill(narrowDim);
}
