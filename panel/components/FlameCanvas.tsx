import React, { useEffect, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { CallTree, nodeName } from '../../src/tree/callTree';
import { layoutFlame } from '../../src/layout/flameLayout';
import { drawFlame, hitTest, ROW_HEIGHT_PX } from './drawFlame';
import { formatValue } from './format';

interface Props {
  tree: CallTree;
  unit?: string;
  width: number;
  height: number;
}

/** A scrollable flame graph (icicle: root on top) drawn on a viewport-sized canvas. */
export function FlameCanvas({ tree, unit, width, height }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [hover, setHover] = useState<{ node: number; x: number; y: number }>();
  const layout = useMemo(() => layoutFlame(tree), [tree]);
  const contentHeight = (tree.maxDepth + 1) * ROW_HEIGHT_PX;

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) {
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    drawFlame(ctx, tree, layout, width, height, scrollTop, {
      background: theme.colors.background.primary,
      text: theme.isDark ? '#fff' : '#111',
      truncated: theme.isDark ? '#555' : '#bbb',
      dark: theme.isDark,
    }, dpr);
  }, [tree, layout, width, height, scrollTop, theme]);

  const total = tree.total[0] || 1;
  const node = hover?.node ?? -1;

  return (
    <div className={styles.scroller} style={{ width, height }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="flamelens-flamegraph">
      <div style={{ height: contentHeight, position: 'relative' }}>
        <canvas
          ref={canvasRef}
          className={styles.canvas}
          style={{ width, height, top: scrollTop }}
          aria-label="Flame graph"
          onMouseMove={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            const n = hitTest(tree, layout, width, e.clientX - r.left, e.clientY - r.top, scrollTop);
            setHover(n >= 0 ? { node: n, x: e.clientX - r.left, y: e.clientY - r.top + scrollTop } : undefined);
          }}
          onMouseLeave={() => setHover(undefined)}
        />
        {node >= 0 && hover && (
          <div className={styles.tooltip} style={{ left: Math.min(hover.x + 12, Math.max(0, width - 320)), top: hover.y + 16 }} role="tooltip">
            <div className={styles.tooltipName}>{nodeName(tree, node)}</div>
            <div>
              Total: {formatValue(tree.total[node], unit)} ({((tree.total[node] / total) * 100).toFixed(2)}%)
            </div>
            <div>
              Self: {formatValue(tree.self[node], unit)} ({((tree.self[node] / total) * 100).toFixed(2)}%)
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  scroller: css({ overflowY: 'auto', overflowX: 'hidden', position: 'relative' }),
  canvas: css({ position: 'absolute', left: 0 }),
  tooltip: css({
    position: 'absolute',
    pointerEvents: 'none',
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.medium}`,
    padding: theme.spacing(1),
    borderRadius: theme.shape.radius.default,
    maxWidth: 320,
    fontSize: theme.typography.bodySmall.fontSize,
    zIndex: 1,
  }),
  tooltipName: css({ fontWeight: theme.typography.fontWeightMedium, wordBreak: 'break-all' }),
});
