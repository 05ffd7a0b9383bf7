/**
 * What the flame graph says of one node: the hover tooltip (total, self, shares; a diff's baseline,
 * comparison and change) and the screen-reader summary of the selection. Names are text nodes.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { CallTree, NODE_TRUNCATED, nodeName } from '../../src/tree/callTree';
import { formatValue } from './format';
import { describeShareChange, describeValueChange } from '../../src/tree/diffView';

export interface TooltipDiff {
  left: CallTree;
  right: CallTree;
  change: Float32Array;
}

interface Props {
  tree: CallTree;
  node: number;
  unit?: string;
  diff?: TooltipDiff;
  /** Pointer position in the graph's content (CSS px), and the graph's width. */
  x: number;
  y: number;
  width: number;
}

export function FlameTooltip({ tree, node, unit, diff, x, y, width }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div
      className={styles.tooltip}
      style={{ left: Math.min(x + 12, Math.max(0, width - 320)), top: y + 16 }}
      role="tooltip"
      data-testid="flamelens-tooltip"
    >
      <div className={styles.tooltipName}>{nodeName(tree, node)}</div>
      {diff ? (
        <DiffFigures diff={diff} node={node} unit={unit} />
      ) : (
        <NodeFigures tree={tree} node={node} unit={unit} total={tree.total[0] || 1} />
      )}
    </div>
  );
}

/** One line for the live region: the selected node's name, total, share, self and depth. */
export function selectionSummary(tree: CallTree, sel: number, unit?: string): string {
  const total = tree.total[0] || 1;
  const share = ((tree.total[sel] / total) * 100).toFixed(2);
  const truncated = tree.flags[sel] & NODE_TRUNCATED ? '; truncated by the node limit' : '';
  // A bottom-up tree's self is where a path ends, not time in the function: not said.
  const self = tree.bottomUp ? '' : `; self ${formatValue(tree.self[sel], unit)}`;
  return `${nodeName(tree, sel)}: total ${formatValue(tree.total[sel], unit)}, ${share}% of all${self}; depth ${tree.depth[sel]}${truncated}`;
}

/** What a bottom-up node's total is: the time in the function at the top of its path, through these callers. */
export function bottomUpWords(tree: CallTree, node: number): string {
  let top = node;
  while (tree.depth[top] > 1) {
    top = tree.parent[top];
  }
  return node === top || node === 0
    ? "Bottom-up: all of it is the function's own time"
    : `Bottom-up: time in ${nodeName(tree, top)} called through this path`;
}

function DiffFigures({ diff, node, unit }: { diff: TooltipDiff; node: number; unit?: string }) {
  const share = (t: CallTree) => ((t.total[node] / (t.total[0] || 1)) * 100).toFixed(2);
  return (
    <>
      <div>
        Baseline: {formatValue(diff.left.total[node], unit)} ({share(diff.left)}% of the baseline)
      </div>
      <div>
        Comparison: {formatValue(diff.right.total[node], unit)} ({share(diff.right)}% of the comparison)
      </div>
      <div>
        Change: {describeValueChange(diff.left.total[node], diff.right.total[node], (v) => formatValue(v, unit))}
      </div>
      <div>Change of share: {describeShareChange(diff.left, diff.right, node)}</div>
    </>
  );
}

function NodeFigures({ tree, node, unit, total }: { tree: CallTree; node: number; unit?: string; total: number }) {
  const parent = tree.parent[node];
  const ofParent = parent >= 0 && tree.total[parent] > 0 ? (tree.total[node] / tree.total[parent]) * 100 : 100;
  return (
    <>
      <div>
        Total: {formatValue(tree.total[node], unit)} ({((tree.total[node] / total) * 100).toFixed(2)}% of all,{' '}
        {ofParent.toFixed(2)}% of parent)
      </div>
      {tree.bottomUp ? (
        <div>{bottomUpWords(tree, node)}</div>
      ) : (
        <div>
          Self: {formatValue(tree.self[node], unit)} ({((tree.self[node] / total) * 100).toFixed(2)}%)
        </div>
      )}
      {(tree.flags[node] & NODE_TRUNCATED) !== 0 && <div>Smaller nodes folded away by the node limit.</div>}
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
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
