/**
 * The call tree's grid: the visible rows of one tree under a root, virtualised, with the keyboard
 * of callTreeKeys and the selection shared through props (a selection made elsewhere opens its path).
 */
import React, { useEffect, useMemo, useRef, useState } from 'react';
import { useStyles2 } from '@grafana/ui';
import { nodeName, type CallTree } from '../../src/tree/callTree';
import {
  ancestorsOpen,
  hasChildren,
  initialOpen,
  isUnder,
  openPathTo,
  setOpen,
  visibleRows,
} from '../../src/tree/callTreeRows';
import { callTreeKey } from './callTreeKeys';
import { CALL_TREE_HEADER_PX, CALL_TREE_ROW_PX, getCallTreeStyles } from './callTreeStyles';
import { CallTreeHeader, CallTreeRow, callTreeColumns } from './CallTreeRow';
import type { CallTreeViewProps } from './CallTreeView';

const OVERSCAN = 10;

/**
 * The rows a user opened, per tree and focus: leaving the callers view or a focus and coming back
 * finds them open again (kept as long as the tree is; a byte per node per focus visited).
 */
const remembered = new WeakMap<CallTree, Map<number, Uint8Array>>();
function openStateOf(tree: CallTree, root: number): Uint8Array {
  return remembered.get(tree)?.get(root) ?? initialOpen(tree, root);
}
function rememberOpen(tree: CallTree, root: number, open: Uint8Array): void {
  let byRoot = remembered.get(tree);
  if (!byRoot) {
    byRoot = new Map();
    remembered.set(tree, byRoot);
  }
  byRoot.set(root, open);
}

export interface TreeRowsProps extends CallTreeViewProps {
  onCallers?: (name: string) => void;
  heading?: React.ReactNode;
  /** Escape with no focus to leave (the callers view goes back to the call tree). */
  onLeave?: () => void;
  label: string;
}

export function CallTreeGrid(p: TreeRowsProps) {
  const styles = useStyles2(getCallTreeStyles);
  const { tree, root } = p;
  const [state, setState] = useState(() => ({ tree, root, open: openStateOf(tree, root) }));
  let open = state.open;
  if (state.tree !== tree || state.root !== root) {
    // A new tree or focus shows the rows it had open last time, or its own first rows.
    open = openStateOf(tree, root);
    setState({ tree, root, open });
  }
  const setOpenState = (next: Uint8Array) => {
    rememberOpen(tree, root, next);
    setState({ tree, root, open: next });
  };
  // A selection made elsewhere (the flame graph, a search step) is shown: its path opens.
  const sel = p.selected >= 0 && p.selected < tree.count && isUnder(tree, p.selected, root) ? p.selected : -1;
  if (sel > root && !ancestorsOpen(tree, open, sel, root)) {
    open = openPathTo(tree, open, sel, root);
    setState({ tree, root, open });
  }
  const rows = useMemo(() => visibleRows(tree, open, root), [tree, open, root]);
  const rowOf = useMemo(() => {
    const m = new Map<number, number>();
    rows.forEach((node, r) => m.set(node, r));
    return m;
  }, [rows]);

  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // A new tree or focus starts at its top.
  useEffect(() => {
    if (scroller.current) {
      scroller.current.scrollTop = 0;
    }
    setScrollTop(0);
  }, [tree, root]);
  const headed = p.heading !== undefined || root !== 0;
  const bodyH = p.height - CALL_TREE_HEADER_PX - (headed ? CALL_TREE_HEADER_PX : 0);
  // Keep the selected row in sight.
  const selRow = sel >= 0 ? rowOf.get(sel) : undefined;
  useEffect(() => {
    const s = scroller.current;
    if (!s || selRow === undefined) {
      return;
    }
    const y = selRow * CALL_TREE_ROW_PX;
    if (y < s.scrollTop || y + CALL_TREE_ROW_PX > s.scrollTop + bodyH) {
      s.scrollTop = Math.max(0, y - bodyH / 2);
      setScrollTop(s.scrollTop);
    }
  }, [selRow, bodyH]);

  const first = Math.max(0, Math.floor(scrollTop / CALL_TREE_ROW_PX) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + bodyH) / CALL_TREE_ROW_PX) + OVERSCAN);
  // A bottom-up tree has no self time to show (src/tree/callTree: bottomUp): its totals only.
  const cols = callTreeColumns(p.width, p.diff ? 3 : tree.bottomUp ? 1 : 2, p.onCallers !== undefined);
  const toggle = (node: number) => hasChildren(tree, node) && setOpenState(setOpen(open, node, !open[node]));

  const onKeyDown = (e: React.KeyboardEvent) => {
    const pageRows = Math.floor(bodyH / CALL_TREE_ROW_PX);
    const action = callTreeKey(e.key, e.shiftKey, {
      tree,
      rows,
      rowOf: (n) => rowOf.get(n),
      open,
      selected: sel,
      root,
      pageRows,
    });
    if (!action) {
      if (e.key === 'Escape' && p.onLeave) {
        e.preventDefault();
        p.onLeave();
      }
      return;
    }
    e.preventDefault();
    switch (action.kind) {
      case 'select':
        return p.onSelect(action.node);
      case 'open':
        return setOpenState(action.open);
      case 'search':
        return p.onSearchKey?.();
      case 'callers':
        return p.onCallers?.(nodeName(tree, action.node));
      case 'unfocus':
        return p.onFocus(0);
      case 'menu': {
        const r = e.currentTarget.getBoundingClientRect();
        const y = (rowOf.get(action.node) ?? 0) * CALL_TREE_ROW_PX - scrollTop + CALL_TREE_HEADER_PX;
        return p.onNodeMenu?.(
          action.node,
          r.left + 40,
          r.top + Math.min(p.height - 8, Math.max(8, y + CALL_TREE_ROW_PX))
        );
      }
    }
  };

  return (
    <div
      className={styles.wrap}
      style={{ width: p.width, height: p.height }}
      role="treegrid"
      aria-label={p.label}
      aria-rowcount={rows.length}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onMouseLeave={() => p.onHoverName?.(undefined)}
      data-testid="flamelens-call-tree"
    >
      {p.heading && <div className={styles.heading}>{p.heading}</div>}
      {!p.heading && root !== 0 && (
        // Shares are now of the focused node: say so, and how to leave.
        <div className={styles.heading} data-testid="flamelens-call-tree-focus">
          Focused on {nodeName(tree, root)} · shares of its total · Esc or Reset to leave
        </div>
      )}
      <CallTreeHeader cols={cols} pair={p.diff !== undefined} bottomUp={tree.bottomUp === true} />
      <div
        ref={scroller}
        className={styles.body}
        style={{ height: bodyH }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div style={{ height: rows.length * CALL_TREE_ROW_PX, position: 'relative' }}>
          {Array.from(rows.subarray(first, last), (node, k) => (
            <CallTreeRow
              key={node}
              tree={tree}
              node={node}
              row={first + k}
              root={root}
              open={open[node] === 1}
              selected={node === sel}
              matched={p.matched?.[node] === 1}
              cols={cols}
              unit={p.unit}
              diff={p.diff}
              palette={p.palette}
              textAlign={p.textAlign}
              onToggle={toggle}
              onSelect={p.onSelect}
              onHover={p.onHoverName}
              onMenu={p.onNodeMenu}
              onCallers={p.onCallers}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
