/**
 * The call tree's keyboard, as a treegrid's: what a key does given the rows shown, the open state
 * and the selection. Pure, so each key's effect is tested without a browser.
 *
 *   ↑ ↓ Home End PageUp PageDown   move the selection
 *   →   opens a closed row, or goes to its first child       ←   closes an open row, or goes to the parent
 *   Enter opens or closes   *  opens the whole subtree   c  callers   /  search   Escape  leaves a focus
 *   ContextMenu or Shift+F10   the node menu
 */
import type { CallTree } from '../../src/tree/callTree';
import { hasChildren, openSubtree, setOpen } from '../../src/tree/callTreeRows';

export type TreeKeyAction =
  | { kind: 'select'; node: number }
  | { kind: 'open'; open: Uint8Array }
  | { kind: 'search' }
  | { kind: 'callers'; node: number }
  | { kind: 'unfocus' }
  | { kind: 'menu'; node: number };

export interface TreeKeyState {
  tree: CallTree;
  rows: Int32Array;
  /** Row index of a visible node. */
  rowOf: (node: number) => number | undefined;
  open: Uint8Array;
  /** The selected node, or -1. */
  selected: number;
  root: number;
  /** Rows per page, for PageUp and PageDown. */
  pageRows: number;
}

export function callTreeKey(key: string, shiftKey: boolean, s: TreeKeyState): TreeKeyAction | undefined {
  const { tree, rows, open, selected: sel, root } = s;
  const at = sel >= 0 ? (s.rowOf(sel) ?? 0) : -1;
  const row = (r: number): TreeKeyAction => ({ kind: 'select', node: rows[Math.max(0, Math.min(rows.length - 1, r))] });
  switch (key) {
    case 'ArrowDown':
      return row(at + 1);
    case 'ArrowUp':
      return row(at < 0 ? 0 : at - 1);
    case 'Home':
      return row(0);
    case 'End':
      return row(rows.length - 1);
    case 'PageDown':
      return row(at + s.pageRows);
    case 'PageUp':
      return row(at - s.pageRows);
    case '/':
      return { kind: 'search' };
  }
  if (sel < 0) {
    return undefined;
  }
  const kids = hasChildren(tree, sel);
  switch (key) {
    case 'ArrowRight':
      if (!kids) {
        return undefined;
      }
      return open[sel] ? row(at + 1) : { kind: 'open', open: setOpen(open, sel, true) };
    case 'ArrowLeft':
      if (sel === root) {
        return undefined;
      }
      return open[sel] && kids
        ? { kind: 'open', open: setOpen(open, sel, false) }
        : { kind: 'select', node: tree.parent[sel] };
    case 'Enter':
      return kids ? { kind: 'open', open: setOpen(open, sel, !open[sel]) } : undefined;
    case '*':
      return { kind: 'open', open: openSubtree(tree, open, sel) };
    case 'c':
      return { kind: 'callers', node: sel };
    case 'Escape':
      return root !== 0 ? { kind: 'unfocus' } : undefined;
    case 'ContextMenu':
      return { kind: 'menu', node: sel };
    case 'F10':
      return shiftKey ? { kind: 'menu', node: sel } : undefined;
  }
  return undefined;
}
