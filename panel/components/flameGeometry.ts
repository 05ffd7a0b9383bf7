/**
 * The flame graph's geometry, shared by drawing and pointer handling: row heights, where a depth
 * sits per orientation, which node is under a point, and how a label fits a width.
 */
import { CallTree } from '../../src/tree/callTree';
import type { Orientation, TextAlign } from '../types';

export const ROW_HEIGHT_PX = 20;

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
  /** Truncated nodes whose frames are being loaded: outlined and labelled so. */
  refining?: readonly number[];
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
