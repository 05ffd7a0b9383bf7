import { CallTree, NODE_TRUNCATED } from '../../src/tree/callTree';
import { nameHue } from '../../src/layout/flameLayout';

export const ROW_HEIGHT_PX = 20;

import type { Orientation, TextAlign } from '../types';

export interface DrawTheme {
  background: string;
  text: string;
  truncated: string;
  dimmed: string;
  selected: string;
  dark: boolean;
}

/** What is shown: the zoomed node's subtree spans the width; its ancestors are drawn dimmed. */
export interface View {
  /** Node whose subtree fills the width (0 = root). */
  zoom: number;
  orientation: Orientation;
  textAlign: TextAlign;
  /** 1 where a node matches the search; undefined when there is no search. */
  matched?: Uint8Array;
  /** Keyboard-selected node, outlined; -1 for none. */
  selected: number;
  /** Colour per node (colour scheme or diff); default colours by name. */
  colorOf?: (node: number) => string;
  /** Name id whose nodes stay lit while every other node is dimmed (a hovered top-table row). */
  highlightName?: number;
  /** Nodes narrower than this many CSS pixels get no label (default 24). */
  minLabelWidth?: number;
}

/** Height of the whole graph in CSS pixels. */
export function contentHeight(tree: CallTree): number {
  return (tree.maxDepth + 1) * ROW_HEIGHT_PX;
}

/** Row y (CSS px, from the top of the content) of a depth, per orientation. */
export function rowY(tree: CallTree, depth: number, orientation: Orientation): number {
  return orientation === 'icicle' ? depth * ROW_HEIGHT_PX : (tree.maxDepth - depth) * ROW_HEIGHT_PX;
}

/** Depth of the row at content y, per orientation. */
export function rowAt(tree: CallTree, y: number, orientation: Orientation): number {
  const r = Math.floor(y / ROW_HEIGHT_PX);
  return orientation === 'icicle' ? r : tree.maxDepth - r;
}

/** Fits `text` to `maxPx`, keeping its head (left) or its tail (right), e.g. a long package path. */
export function fitText(
  ctx: Pick<CanvasRenderingContext2D, 'measureText'>,
  text: string,
  maxPx: number,
  align: TextAlign,
  charPx: number
): string {
  if (text.length * charPx <= maxPx) {
    return text;
  }
  const chars = Math.max(0, Math.floor(maxPx / charPx) - 1);
  if (chars <= 0) {
    return '';
  }
  return align === 'left' ? `${text.slice(0, chars)}…` : `…${text.slice(text.length - chars)}`;
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
    if (i === view.selected) {
      ctx.strokeStyle = theme.selected;
      ctx.lineWidth = 2;
      ctx.strokeRect(x + 1, y + 1, w - 3, ROW_HEIGHT_PX - 3);
    }
    if (w > minLabel) {
      const label = fitText(ctx, name, w - 6, view.textAlign, charPx);
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

/** The node under a point of the viewport, or -1. */
export function hitTest(
  tree: CallTree,
  view: View,
  widthPx: number,
  xPx: number,
  yPx: number,
  scrollTopPx: number
): number {
  const z = view.zoom;
  if (tree.count === 0 || tree.total[z] <= 0) {
    return -1;
  }
  const depth = rowAt(tree, yPx + scrollTopPx, view.orientation);
  if (depth < 0 || depth > tree.maxDepth) {
    return -1;
  }
  if (depth < tree.depth[z]) {
    // An ancestor row of the zoomed node.
    let a = z;
    while (tree.depth[a] > depth) {
      a = tree.parent[a];
    }
    return a;
  }
  const value = (xPx / widthPx) * tree.total[z];
  if (xPx < 0 || xPx > widthPx) {
    return -1;
  }
  // Descend from the zoomed node through the child containing `value`, summing sibling widths.
  let node = z;
  let nodeStart = 0;
  while (tree.depth[node] < depth) {
    let c = node + 1;
    let childStart = nodeStart;
    let found = -1;
    while (c < tree.end[node]) {
      if (value >= childStart && value < childStart + tree.total[c]) {
        found = c;
        break;
      }
      childStart += tree.total[c];
      c = tree.end[c];
    }
    if (found < 0) {
      return -1;
    }
    node = found;
    nodeStart = childStart;
  }
  return node;
}
