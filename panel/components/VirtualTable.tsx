/**
 * The table shell the top tables share: sortable headers, fixed column widths, and only the rows in
 * view in the DOM (a profile can hold tens of thousands of functions). Rows render through `cells`,
 * whose text is React text nodes, never markup.
 */
import React, { ReactNode, useMemo, useState } from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

export interface TableColumn<S extends string> {
  sort: S;
  label: string;
  width: number;
  /** What the column holds, on hover of its header. */
  title?: string;
}

export interface TableSort<S extends string> {
  by: S;
  /** Reverses the column's natural order (values largest first, names A→Z). */
  reversed: boolean;
}

interface Props<R, S extends string> {
  rows: R[];
  rowKey: (row: R) => number;
  columns: Array<TableColumn<S>>;
  /** The row's cells, one `td` per column, in order. */
  cells: (row: R) => ReactNode;
  sort: TableSort<S>;
  onSort: (sort: TableSort<S>) => void;
  /** The column whose natural order is ascending (names). */
  ascendingColumn: S;
  width: number;
  height: number;
  picked?: (row: R) => boolean;
  onHoverRow?: (row: R | undefined) => void;
  onClickRow?: (row: R) => void;
  /** Buttons per row in a last column (sandwich, details). */
  actions?: Array<RowAction<R>>;
  emptyText: string;
  testId: string;
}

export interface RowAction<R> {
  title: string;
  label: (row: R) => string;
  symbol: string;
  onClick: (row: R) => void;
  /** Rows it applies to (all when unset). */
  applies?: (row: R) => boolean;
}

/** The rows a function table shows: those the search keeps, in the sort's direction. */
export function useShownRows<R extends { name: string }>(
  all: R[],
  filter: ((name: string) => boolean) | undefined,
  reversed: boolean
): R[] {
  return useMemo(() => {
    const kept = filter ? all.filter((r) => filter(r.name)) : all;
    return reversed ? [...kept].reverse() : kept;
  }, [all, filter, reversed]);
}

/** Why a function table is empty: the search, or frame filters hiding every frame. */
export function emptyTableText(filter: unknown): string {
  return filter ? 'No function matches the search.' : 'No functions: every frame is hidden by the frame filters.';
}

export const ROW_PX = 25;
const HEADER_PX = 27;
export const ACTION_PX = 32;
/** Rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 8;

export function VirtualTable<R, S extends string>(p: Props<R, S>) {
  const styles = useStyles2(getTableStyles);
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(p.rows.length, Math.ceil((scrollTop + p.height) / ROW_PX) + OVERSCAN);
  const header = (c: TableColumn<S>) => {
    const on = p.sort.by === c.sort;
    const ascending = (c.sort === p.ascendingColumn) !== (on && p.sort.reversed);
    return (
      <th key={c.sort} aria-sort={on ? (ascending ? 'ascending' : 'descending') : 'none'} title={c.title}>
        <button
          className={styles.sortButton}
          onClick={() => p.onSort({ by: c.sort, reversed: on ? !p.sort.reversed : false })}
        >
          {c.label}
          {on ? (ascending ? ' ▴' : ' ▾') : ''}
        </button>
      </th>
    );
  };
  const actions = p.actions?.length ? p.actions : undefined;
  return (
    <div
      className={styles.wrap}
      style={{ width: p.width, height: p.height }}
      onMouseLeave={() => p.onHoverRow?.(undefined)}
      onScroll={(e) => setScrollTop(Math.max(0, e.currentTarget.scrollTop - HEADER_PX))}
    >
      <table className={styles.table} data-testid={p.testId}>
        {/* Fixed column widths: only the rows in view are rendered, so automatic widths would jump. */}
        <colgroup>
          {p.columns.map((c) => (
            <col key={c.sort} style={{ width: c.width }} />
          ))}
          {actions && <col style={{ width: ACTION_PX * actions.length }} />}
        </colgroup>
        <thead>
          <tr>
            {p.columns.map(header)}
            {actions && <th aria-label="Actions" />}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr style={{ height: first * ROW_PX }} aria-hidden />}
          {p.rows.slice(first, last).map((r) => (
            <tr
              key={p.rowKey(r)}
              className={cx(styles.row, p.picked?.(r) && styles.picked)}
              onMouseEnter={() => p.onHoverRow?.(r)}
              onClick={() => p.onClickRow?.(r)}
            >
              {p.cells(r)}
              {actions && (
                <td>
                  {actions.map(
                    (action) =>
                      (action.applies?.(r) ?? true) && (
                        <button
                          key={action.title}
                          className={styles.action}
                          title={action.title}
                          aria-label={action.label(r)}
                          onClick={(e) => {
                            e.stopPropagation();
                            action.onClick(r);
                          }}
                        >
                          {action.symbol}
                        </button>
                      )
                  )}
                </td>
              )}
            </tr>
          ))}
          {last < p.rows.length && <tr style={{ height: (p.rows.length - last) * ROW_PX }} aria-hidden />}
        </tbody>
      </table>
      {p.rows.length === 0 && <div className={styles.more}>{p.emptyText}</div>}
    </div>
  );
}

export const getTableStyles = (theme: GrafanaTheme2) => ({
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
      overflow: 'hidden',
    },
    th: { height: HEADER_PX },
    'th:first-child, td:first-child': { textAlign: 'left' },
    thead: { position: 'sticky', top: 0, background: theme.colors.background.primary, zIndex: 1 },
  }),
  row: css({ cursor: 'pointer', '&:hover': { background: theme.colors.action.hover } }),
  picked: css({ background: theme.colors.action.selected }),
  name: css({ fontFamily: theme.typography.fontFamilyMonospace }),
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
