/**
 * One row of the call tree, and its header: the name indented by depth behind a chevron (none for
 * a leaf), then self and total (or, for two profiles, baseline, comparison and change), each as a
 * value, a share and a bar. Names are React text, never markup.
 */
import React from 'react';
import { cx } from '@emotion/css';
import { useStyles2 } from '@grafana/ui';
import { nodeName, type CallTree } from '../../src/tree/callTree';
import { describeShareChange } from '../../src/tree/diffView';
import { diffColor, type DiffPalette } from '../../src/layout/colors';
import { ellipsize } from '../../src/layout/ellipsize';
import type { TextAlign } from '../types';
import { formatValue } from './format';
import { CALL_TREE_ROW_PX, getCallTreeStyles } from './callTreeStyles';

const INDENT_PX = 14;
const CHAR_PX = 7.3;
/** Below this a value column shows the value alone (the share is in its title). */
const SHARE_MIN_PX = 96;

export interface Columns {
  name: number;
  value: number;
  /** The callers button's column, 0 without one. */
  action: number;
}

/** Column widths: values share half the width (each 72–170 px), the name the rest. */
export function callTreeColumns(width: number, valueColumns: number, action: boolean): Columns {
  const value = Math.max(72, Math.min(170, Math.floor((width * 0.5) / valueColumns)));
  const actionW = action ? 28 : 0;
  return { name: Math.max(80, width - valueColumns * value - actionW), value, action: actionW };
}

export function CallTreeHeader({ cols, pair, bottomUp }: { cols: Columns; pair: boolean; bottomUp: boolean }) {
  const styles = useStyles2(getCallTreeStyles);
  const head = (label: string, title: string) => (
    <div role="columnheader" className={styles.valueHead} style={{ width: cols.value }} title={title}>
      {label}
    </div>
  );
  return (
    <div className={styles.header} role="row">
      <div role="columnheader" style={{ width: cols.name }}>
        Function
      </div>
      {pair ? (
        <>
          {head('Baseline', 'Total in the baseline')}
          {head('Comparison', 'Total in the comparison')}
          {head('Change', "Change of the total's share: percentage points (relative to the baseline share)")}
        </>
      ) : bottomUp ? (
        head('Total', 'Time in the function at the top of this path, called through the callers below it')
      ) : (
        <>
          {head('Self', 'In the function itself')}
          {head('Total', 'In the function and everything it calls')}
        </>
      )}
    </div>
  );
}

export interface CallTreeRowProps {
  tree: CallTree;
  node: number;
  row: number;
  root: number;
  open: boolean;
  selected: boolean;
  matched: boolean;
  cols: Columns;
  unit?: string;
  diff?: { left: CallTree; right: CallTree };
  palette: DiffPalette;
  textAlign: TextAlign;
  onToggle: (node: number) => void;
  onSelect: (node: number) => void;
  onHover?: (nameId: number) => void;
  onMenu?: (node: number, x: number, y: number) => void;
  onCallers?: (name: string) => void;
}

export function CallTreeRow(p: CallTreeRowProps) {
  const styles = useStyles2(getCallTreeStyles);
  const { tree, node, root, cols } = p;
  const level = tree.depth[node] - tree.depth[root];
  const name = nodeName(tree, node);
  const kids = tree.end[node] > node + 1;
  // Deep rows keep half the name column for the name: past that the indent stops growing and the
  // depth is written in front (a 126-level stack would otherwise push the name out of view).
  const maxIndent = Math.floor(cols.name / 2 / INDENT_PX) * INDENT_PX;
  const indent = Math.min(level * INDENT_PX, maxIndent);
  const deep = level * INDENT_PX > maxIndent;
  const chars = Math.floor((cols.name - indent - 30 - (deep ? 32 : 0)) / CHAR_PX);
  const ofWhat = root === 0 ? 'the total' : `the focused ${nodeName(tree, root)}`;
  const value = (v: number, of: number) => {
    const pct = `${((v / (of || 1)) * 100).toFixed(1)}%`;
    return (
      <div role="gridcell" className={styles.value} style={{ width: cols.value }} title={`${pct} of ${ofWhat}`}>
        <span>{formatValue(v, p.unit)}</span>
        {cols.value >= SHARE_MIN_PX && <span className={styles.pct}> {pct}</span>}
        <div className={styles.bar} style={{ width: `${Math.min(100, (v / (of || 1)) * 100)}%` }} />
      </div>
    );
  };
  return (
    <div
      role="row"
      aria-level={level + 1}
      aria-expanded={kids ? p.open : undefined}
      aria-selected={p.selected}
      data-node={node}
      className={cx(styles.row, p.selected && styles.selected, p.matched && styles.matched)}
      style={{ top: p.row * CALL_TREE_ROW_PX }}
      onMouseEnter={() => p.onHover?.(tree.nameId[node])}
      onClick={() => p.onSelect(node)}
      onDoubleClick={() => p.onToggle(node)}
      onContextMenu={(e) => {
        if (p.onMenu) {
          e.preventDefault();
          p.onSelect(node);
          p.onMenu(node, e.clientX, e.clientY);
        }
      }}
    >
      <div role="gridcell" className={styles.name} style={{ width: cols.name, paddingLeft: indent }} title={name}>
        {deep && <span className={styles.depth}>{level}›</span>}
        {kids ? (
          <button
            className={styles.chevron}
            tabIndex={-1}
            aria-label={`${p.open ? 'Close' : 'Open'} ${name}`}
            onClick={(e) => {
              e.stopPropagation();
              p.onToggle(node);
            }}
          >
            {p.open ? '▾' : '▸'}
          </button>
        ) : (
          <span className={styles.leaf} />
        )}
        {ellipsize(name, Math.max(4, chars), p.textAlign === 'right' ? 'end' : 'middle')}
      </div>
      {p.diff ? (
        <>
          {value(p.diff.left.total[node], p.diff.left.total[root])}
          {value(p.diff.right.total[node], p.diff.right.total[root])}
          <ChangeCell diff={p.diff} node={node} width={cols.value} palette={p.palette} />
        </>
      ) : tree.bottomUp ? (
        value(tree.total[node], tree.total[root])
      ) : (
        <>
          {value(tree.self[node], tree.total[root])}
          {value(tree.total[node], tree.total[root])}
        </>
      )}
      {p.onCallers && (
        <button
          className={styles.action}
          title={`Callers of ${name}`}
          aria-label={`Callers of ${name}`}
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            p.onCallers!(name);
          }}
        >
          ⇡
        </button>
      )}
    </div>
  );
}

function ChangeCell(p: {
  diff: { left: CallTree; right: CallTree };
  node: number;
  width: number;
  palette: DiffPalette;
}) {
  const styles = useStyles2(getCallTreeStyles);
  const { left, right } = p.diff;
  const pp = (right.total[p.node] / (right.total[0] || 1) - left.total[p.node] / (left.total[0] || 1)) * 100;
  const word = left.total[p.node] === 0 ? 'new ' : right.total[p.node] === 0 ? 'gone ' : '';
  return (
    <div
      role="gridcell"
      className={styles.value}
      style={{ width: p.width, color: pp === 0 ? undefined : diffColor(Math.sign(pp), p.palette) }}
      title={describeShareChange(left, right, p.node)}
    >
      {`${word}${pp >= 0 ? '+' : '−'}${Math.abs(pp).toFixed(2)} pp`}
    </div>
  );
}
