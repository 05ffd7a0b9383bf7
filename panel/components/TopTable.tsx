import React, { useMemo, useState } from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { CallTree } from '../../src/tree/callTree';
import { topTable, TopSort } from '../../src/tree/top';
import { formatValue } from './format';
import { ellipsize } from '../../src/layout/ellipsize';
import type { TextAlign } from '../types';

interface Props {
  tree: CallTree;
  unit?: string;
  width: number;
  height: number;
  /** Only functions whose names pass are listed (the search); all when undefined. */
  filter?: (name: string) => boolean;
  /** A row is hovered (name id) or left (undefined): the flame graph lights that function's nodes. */
  onHoverName?: (nameId: number | undefined) => void;
  /** Click on a row: highlight the function in the graph. */
  onPick?: (name: string) => void;
  /** The sandwich button of a row. */
  onSandwich?: (name: string) => void;
  /** The function shown as picked (e.g. the sandwich's). */
  picked?: string;
  /** Which part of a long name to keep: its tail ('right'), or both ends (the middle goes). */
  textAlign?: TextAlign;
}

/** Width of a character of the monospace name column at the table's font size (CSS px). */
const CHAR_PX = 7.3;
const ACTION_PX = 32;

/**
 * Column widths for a table width: the value columns take up to 130 px each but never more than a
 * quarter of the table, so the names keep the largest share (half of 600 px, over 40% of 280).
 */
export function columnWidths(width: number, actions: boolean): { name: number; value: number } {
  const rest = width - (actions ? ACTION_PX : 0);
  const value = Math.max(56, Math.min(130, Math.floor(rest * 0.25)));
  return { name: Math.max(0, rest - 2 * value), value };
}

const ROW_PX = 25;
const HEADER_PX = 27;
/** Rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 8;

/**
 * Self and total per function, every function of the profile: only the rows in view are in the
 * DOM (a profile can hold tens of thousands of functions). Names render as text nodes, never as
 * markup.
 */
export function TopTable({
  tree,
  unit,
  width,
  height,
  filter,
  onHoverName,
  onPick,
  onSandwich,
  picked,
  textAlign,
}: Props) {
  const styles = useStyles2(getStyles);
  const [sort, setSort] = useState<{ by: TopSort; ascending: boolean }>({ by: 'self', ascending: false });
  const all = useMemo(() => topTable(tree, sort.by), [tree, sort.by]);
  const rows = useMemo(() => {
    const kept = filter ? all.filter((r) => filter(r.name)) : all;
    return sort.ascending ? [...kept].reverse() : kept;
  }, [all, filter, sort.ascending]);
  const total = tree.total[0] || 1;
  const cols = columnWidths(width, onSandwich !== undefined);
  // Characters that fit the name column (its padding off); a value column too narrow for the
  // share shows the value alone (the share is in its title).
  const nameChars = Math.floor((cols.name - 16) / CHAR_PX);
  const keep = textAlign === 'right' ? 'end' : 'middle';
  const withShare = cols.value >= 100;
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_PX) + OVERSCAN);
  // Names list A→Z first, values largest first; a second click on a header reverses the order.
  const ascendingNow = (sort.by === 'name') !== sort.ascending;
  const header = (key: TopSort, label: string) => (
    <th aria-sort={sort.by === key ? (ascendingNow ? 'ascending' : 'descending') : 'none'}>
      <button
        className={styles.sortButton}
        onClick={() => setSort((s) => ({ by: key, ascending: s.by === key ? !s.ascending : false }))}
      >
        {label}
        {sort.by === key ? (ascendingNow ? ' ▴' : ' ▾') : ''}
      </button>
    </th>
  );
  return (
    <div
      className={styles.wrap}
      style={{ width, height }}
      onMouseLeave={() => onHoverName?.(undefined)}
      onScroll={(e) => setScrollTop(Math.max(0, e.currentTarget.scrollTop - HEADER_PX))}
    >
      <table className={styles.table} data-testid="flamelens-top-table">
        {/* Fixed column widths: only the rows in view are rendered, so automatic widths would jump. */}
        <colgroup>
          <col style={{ width: cols.name }} />
          <col style={{ width: cols.value }} />
          <col style={{ width: cols.value }} />
          {onSandwich && <col style={{ width: ACTION_PX }} />}
        </colgroup>
        <thead>
          <tr>
            {header('name', 'Function')}
            {header('self', 'Self')}
            {header('total', 'Total')}
            {onSandwich && <th aria-label="Actions" />}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr style={{ height: first * ROW_PX }} aria-hidden />}
          {rows.slice(first, last).map((r) => (
            <tr
              key={r.nameId}
              className={cx(styles.row, r.name === picked && styles.picked)}
              onMouseEnter={() => onHoverName?.(r.nameId)}
              onClick={() => onPick?.(r.name)}
            >
              <td className={styles.name} title={r.name}>
                {ellipsize(r.name, nameChars, keep)}
              </td>
              <ValueCell value={r.self} unit={unit} share={r.self / total} withShare={withShare} />
              <ValueCell value={r.total} unit={unit} share={r.total / total} withShare={withShare} />
              {onSandwich && (
                <td>
                  <button
                    className={styles.action}
                    title="Sandwich: callers and callees"
                    aria-label={`Sandwich view of ${r.name}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onSandwich(r.name);
                    }}
                  >
                    ⇅
                  </button>
                </td>
              )}
            </tr>
          ))}
          {last < rows.length && <tr style={{ height: (rows.length - last) * ROW_PX }} aria-hidden />}
        </tbody>
      </table>
      {rows.length === 0 && <div className={styles.more}>No function matches the search.</div>}
    </div>
  );
}

function ValueCell({
  value,
  unit,
  share,
  withShare,
}: {
  value: number;
  unit?: string;
  share: number;
  withShare: boolean;
}) {
  const styles = useStyles2(getStyles);
  const pct = `${(share * 100).toFixed(1)}%`;
  return (
    <td title={withShare ? undefined : pct}>
      {formatValue(value, unit)}
      {withShare && <span className={styles.pct}> {pct}</span>}
    </td>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrap: css({ overflow: 'auto', flexShrink: 0 }),
  table: css({
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: theme.typography.bodySmall.fontSize,
    'th, td': {
      padding: theme.spacing(0, 1),
      height: ROW_PX,
      boxSizing: 'border-box',
      borderBottom: `1px solid ${theme.colors.border.weak}`,
      textAlign: 'right',
      whiteSpace: 'nowrap',
    },
    th: { height: HEADER_PX },
    'th:first-child, td:first-child': { textAlign: 'left' },
    thead: { position: 'sticky', top: 0, background: theme.colors.background.primary, zIndex: 1 },
  }),
  row: css({ cursor: 'pointer', '&:hover': { background: theme.colors.action.hover } }),
  picked: css({ background: theme.colors.action.selected }),
  name: css({ overflow: 'hidden', fontFamily: theme.typography.fontFamilyMonospace }),
  pct: css({ color: theme.colors.text.secondary }),
  sortButton: css({
    background: 'none',
    border: 'none',
    color: theme.colors.text.primary,
    cursor: 'pointer',
    fontWeight: theme.typography.fontWeightMedium,
    padding: 0,
  }),
  more: css({ padding: theme.spacing(1), color: theme.colors.text.secondary }),
  action: css({
    background: 'none',
    border: 'none',
    color: theme.colors.text.secondary,
    cursor: 'pointer',
    padding: theme.spacing(0, 0.5),
    '&:hover': { color: theme.colors.text.primary },
  }),
});
