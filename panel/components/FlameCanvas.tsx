import React, { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { CallTree } from '../../src/tree/callTree';
import { drawFlame } from './drawFlame';
import { contentHeight, hitTest, rowY, ROW_HEIGHT_PX, View } from './flameGeometry';
import { FlameTooltip, selectionSummary } from './FlameTooltip';
import { fitCanvas } from './canvasSize';
import { moveSelection } from './keyboard';

export interface FlameCanvasProps {
  tree: CallTree;
  unit?: string;
  width: number;
  height: number;
  view: View;
  onZoom: (node: number) => void;
  onSelect: (node: number) => void;
  /** Called when the user presses "/" in the graph. */
  onSearchKey?: () => void;
  /** Diff mode: the two sides (tree is their combination) and each node's change in share. */
  diff?: { left: CallTree; right: CallTree; change: Float32Array };
  /** Right click (or the context-menu key) on a node, at viewport coordinates. */
  onContextMenu?: (node: number, clientX: number, clientY: number) => void;
  /** Accessible name of the graph, e.g. "Callers of main.work". */
  label?: string;
  /** Receives the canvas, for exports of what is drawn. */
  canvasRef?: React.RefObject<HTMLCanvasElement>;
}

/**
 * A scrollable flame graph drawn on a viewport-sized canvas. Click zooms; the keyboard moves a
 * selection (arrows: parent, child, siblings), Enter zooms, Escape resets; a live region reads out
 * the selected node for screen readers.
 */
export function FlameCanvas({
  tree,
  unit,
  width,
  height,
  view,
  onZoom,
  onSelect,
  onSearchKey,
  diff,
  onContextMenu,
  label = 'Flame graph',
  canvasRef: givenRef,
}: FlameCanvasProps) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const ownRef = useRef<HTMLCanvasElement>(null);
  const canvasRef = givenRef ?? ownRef;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [hover, setHover] = useState<{ node: number; x: number; y: number }>();
  const fullHeight = contentHeight(tree);
  // Content y at the canvas's top edge. A flame (root at the bottom) shorter than the view sits on
  // the view's bottom edge, as flame graphs do, so a sandwich's callers sit right on the function.
  const viewTop = view.orientation === 'flame' ? scrollTop - Math.max(0, height - fullHeight) : scrollTop;

  // Flame orientation starts scrolled to the bottom, where the root is.
  useEffect(() => {
    if (view.orientation === 'flame' && scrollRef.current) {
      scrollRef.current.scrollTop = Math.max(0, fullHeight - height);
    }
  }, [view.orientation, fullHeight, height, tree]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) {
      return;
    }
    const dpr = fitCanvas(canvas, width, height);
    drawFlame(
      ctx,
      tree,
      view,
      width,
      height,
      viewTop,
      {
        background: theme.colors.background.primary,
        text: theme.isDark ? '#ffffff' : '#111217',
        truncated: theme.isDark ? '#4b4e57' : '#c4c7ce',
        dimmed: theme.isDark ? '#2c2f36' : '#e4e6ea',
        selected: theme.colors.primary.main,
        dark: theme.isDark,
      },
      dpr
    );
  }, [tree, view, width, height, viewTop, theme, canvasRef]);

  const node = hover?.node ?? -1;
  const sel = view.selected;

  // Keep the selection in sight, whether the keyboard or a search step moved it.
  useEffect(() => {
    const s = scrollRef.current;
    if (!s || sel < 0 || sel >= tree.count) {
      return;
    }
    const y = rowY(tree, tree.depth[sel], view.orientation);
    if (y < s.scrollTop || y + ROW_HEIGHT_PX > s.scrollTop + height) {
      s.scrollTop = Math.max(0, y - height / 2);
      setScrollTop(s.scrollTop);
    }
  }, [sel, tree, view.orientation, height]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === '/') {
      e.preventDefault();
      onSearchKey?.();
      return;
    }
    if (e.key === 'Enter' && sel >= 0) {
      onZoom(sel);
      return;
    }
    if ((e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) && sel >= 0 && onContextMenu) {
      e.preventDefault();
      const r = e.currentTarget.getBoundingClientRect();
      onContextMenu(
        sel,
        r.left + width / 2,
        r.top +
          Math.min(height - 8, Math.max(8, rowY(tree, tree.depth[sel], view.orientation) - viewTop + ROW_HEIGHT_PX))
      );
      return;
    }
    if (e.key === 'Escape') {
      onZoom(0);
      onSelect(-1);
      return;
    }
    const next = moveSelection(tree, sel < 0 ? view.zoom : sel, e.key, view.orientation);
    if (next !== undefined) {
      e.preventDefault();
      onSelect(next);
    }
  };

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      style={{ width, height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      data-testid="flamelens-flamegraph"
    >
      <div style={{ height: fullHeight, position: 'relative' }}>
        <canvas
          ref={canvasRef}
          className={styles.canvas}
          style={{ width, height, top: scrollTop }}
          aria-label={label}
          role="img"
          tabIndex={0}
          onKeyDown={onKeyDown}
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            const n = hitTest(tree, view, width, e.clientX - r.left, e.clientY - r.top, viewTop);
            if (n >= 0) {
              onSelect(n);
              onZoom(n);
            }
          }}
          onMouseMove={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            const n = hitTest(tree, view, width, e.clientX - r.left, e.clientY - r.top, viewTop);
            // Rendered within the event, not on a later scheduler task: the tooltip follows the
            // pointer in the same frame (the canvas is not redrawn for a hover).
            flushSync(() =>
              setHover(n >= 0 ? { node: n, x: e.clientX - r.left, y: e.clientY - r.top + scrollTop } : undefined)
            );
          }}
          onMouseLeave={() => setHover(undefined)}
          onContextMenu={(e) => {
            if (!onContextMenu) {
              return;
            }
            const r = e.currentTarget.getBoundingClientRect();
            const n = hitTest(tree, view, width, e.clientX - r.left, e.clientY - r.top, viewTop);
            if (n >= 0) {
              e.preventDefault();
              // The menu hands focus back to what had it: the graph, whatever had focus before.
              e.currentTarget.focus({ preventScroll: true });
              setHover(undefined);
              onSelect(n);
              onContextMenu(n, e.clientX, e.clientY);
            }
          }}
        />
        {node >= 0 && hover && (
          <FlameTooltip tree={tree} node={node} unit={unit} diff={diff} x={hover.x} y={hover.y} width={width} />
        )}
      </div>
      <div className={styles.srOnly} aria-live="polite" data-testid="flamelens-selection">
        {sel >= 0 ? selectionSummary(tree, sel, unit) : ''}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  scroller: css({ overflowY: 'auto', overflowX: 'hidden', position: 'relative' }),
  canvas: css({
    position: 'absolute',
    left: 0,
    outline: 'none',
    '&:focus-visible': { boxShadow: `0 0 0 2px ${theme.colors.primary.main}` },
  }),
  // Pinned to the top: at its static place, under the rows, it would make every graph scroll by 1 px.
  srOnly: css({
    position: 'absolute',
    top: 0,
    left: 0,
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
  }),
});
