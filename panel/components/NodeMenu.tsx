import React, { useEffect, useState } from 'react';
import { ContextMenu, Menu } from '@grafana/ui';
import { type CallTree, NODE_TRUNCATED, nodeName } from '../../src/tree/callTree';
import { pathOf } from '../../src/tree/paths';

/** The node a menu was opened on, with what "focus" means in the graph it belongs to. */
export interface NodeMenuTarget {
  name: string;
  x: number;
  y: number;
  onFocus: () => void;
  /** Set when the node is an "other" the node limit folded and the datasource can fetch it in full. */
  onLoadDetail?: () => void;
  /** A label group's node (group by label), not a function: only focus applies. */
  group?: boolean;
  /** The node's frames from the root, when they are a real call site (an untransformed, upright tree). */
  callSite?: string[];
  /** The graph's root ("total"): not a function, so no function details. */
  root?: boolean;
}

/**
 * The menu target for a node: its name, where focus goes, and — for an "other" the node limit
 * folded, when the datasource can fetch it (`loadDetail`) — loading its call site in full.
 */
export function menuTarget(
  tree: CallTree,
  node: number,
  x: number,
  y: number,
  onFocus: () => void,
  loadDetail?: (callSite: string[]) => unknown,
  groups?: ReadonlySet<string>,
  realPaths = false
): NodeMenuTarget {
  if (groups && tree.depth[node] === 1 && groups.has(nodeName(tree, node))) {
    return { name: nodeName(tree, node), x, y, onFocus, group: true };
  }
  const truncated = (tree.flags[node] & NODE_TRUNCATED) !== 0 && loadDetail !== undefined;
  const callSite = pathOf(tree, tree.parent[node]);
  const onLoadDetail = truncated ? () => void loadDetail(callSite) : undefined;
  return {
    name: nodeName(tree, node),
    x,
    y,
    onFocus,
    onLoadDetail,
    ...(realPaths ? { callSite: pathOf(tree, node) } : {}),
    ...(node === 0 ? { root: true } : {}),
  };
}

export interface NodeMenuActions {
  onSandwich: (name: string) => void;
  /** Adds a frame filter on this exact name. */
  onFilter: (action: 'hide' | 'keep', name: string) => void;
  onHighlightSimilar: (name: string) => void;
  /**
   * Function details: at the node's call site when it has one, else wherever the function runs.
   * Unset for two profiles: details read one query's profiles, not a comparison's two.
   */
  onDetails?: (name: string, callSite?: string[]) => void;
  onClose: () => void;
}

/** Copies text, falling back to a hidden textarea where the Clipboard API is unavailable (http). */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission denied or insecure context: use the fallback.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/** The right-click menu of a flame graph node. The name is shown as text (React escapes it). */
export function NodeMenu({ target, actions }: { target: NodeMenuTarget; actions: NodeMenuActions }) {
  // Read before the menu takes focus: the graph the menu was opened on. When closing the menu loses
  // focus (Escape, an item: the focused item goes with the menu), focus goes back there, so the
  // keyboard user carries on where they were; a click away on another control keeps its focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener?.isConnected) {
        opener.focus({ preventScroll: true });
      }
    },
    [opener]
  );
  const act = (f: () => void) => () => {
    f();
    actions.onClose();
  };
  return (
    <ContextMenu
      x={target.x}
      y={target.y}
      onClose={actions.onClose}
      focusOnOpen
      renderHeader={() => (
        <div
          data-testid="flamelens-menu-header"
          style={{ padding: '4px 8px', maxWidth: 360, wordBreak: 'break-all', fontFamily: 'monospace' }}
        >
          {target.name}
        </div>
      )}
      renderMenuItems={() =>
        target.group ? (
          <Menu.Item label="Focus on this group" icon="search-plus" onClick={act(target.onFocus)} />
        ) : (
          <>
            <Menu.Item label="Focus on this subtree" icon="search-plus" onClick={act(target.onFocus)} />
            <Menu.Item
              label="Sandwich view (callers and callees)"
              icon="gf-layout-simple"
              onClick={act(() => actions.onSandwich(target.name))}
            />
            {actions.onDetails && !target.root && (
              <Menu.Item
                label="Function details (lines and source)"
                icon="document-info"
                onClick={act(() => actions.onDetails?.(target.name, target.callSite))}
              />
            )}
            <Menu.Item label="Copy function name" icon="copy" onClick={act(() => void copyText(target.name))} />
            <Menu.Item
              label="Hide this function's frames"
              icon="eye-slash"
              onClick={act(() => actions.onFilter('hide', target.name))}
            />
            <Menu.Item
              label="Keep only this function's frames"
              icon="filter"
              onClick={act(() => actions.onFilter('keep', target.name))}
            />
            <Menu.Item
              label="Highlight similar (same function)"
              icon="fire"
              onClick={act(() => actions.onHighlightSimilar(target.name))}
            />
            {target.onLoadDetail && (
              <Menu.Item label="Load the folded stacks in full detail" icon="sync" onClick={act(target.onLoadDetail)} />
            )}
          </>
        )
      }
    />
  );
}
