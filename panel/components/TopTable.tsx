import React, { useMemo, useState } from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { IconButton, useStyles2 } from '@grafana/ui';
import { CallTree } from '../../src/tree/callTree';
import { topTable, TopSort } from '../../src/tree/top';
import { formatValue } from './format';

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
}

const MAX_ROWS = 500;

/** Self and total per function; function names render as text nodes, never as markup. */
export function TopTable({ tree, unit, width, height, filter, onHoverName, onPick, onSandwich, picked }: Props) {
  const styles = useStyles2(getStyles);
  const [sort, setSort] = useState<{ by: TopSort; ascending: boolean }>({ by: 'self', ascending: false });
  const all = useMemo(() => topTable(tree, sort.by), [tree, sort.by]);
  const rows = useMemo(() => {
    const kept = filter ? all.filter((r) => filter(r.name)) : all;
    return sort.ascending ? [...kept].reverse() : kept;
  }, [all, filter, sort.ascending]);
  const total = tree.total[0] || 1;
  // Names list A→Z first, values largest first; a second click on a header reverses the order.
  const ascendingNow = (sort.by === 'name') !== sort.ascending;
  const header = (key: TopSort, label: string) => (
    <th aria-sort={sort.by === key ? (ascendingNow ? 'ascending' : 'descending') : 'none'}>
      <button className={styles.sortButton} onClick={() => setSort((s) => ({ by: key, ascending: s.by === key ? !s.ascending : false }))}>
        {label}
        {sort.by === key ? (ascendingNow ? ' ▴' : ' ▾') : ''}
      </button>
    </th>
  );
  return (
    <div className={styles.wrap} style={{ width, height }} onMouseLeave={() => onHoverName?.(undefined)}>
      <table className={styles.table} data-testid="flamelens-top-table">
        <thead>
          <tr>
            {header('name', 'Function')}
            {header('self', 'Self')}
            {header('total', 'Total')}
            {onSandwich && <th aria-label="Actions" />}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((r) => (
            <tr key={r.nameId} className={cx(styles.row, r.name === picked && styles.picked)} onMouseEnter={() => onHoverName?.(r.nameId)} onClick={() => onPick?.(r.name)}>
              <td className={styles.name} title={r.name}>
                {r.name}
              </td>
              <td>
                {formatValue(r.self, unit)} <span className={styles.pct}>{((r.self / total) * 100).toFixed(1)}%</span>
              </td>
              <td>
                {formatValue(r.total, unit)} <span className={styles.pct}>{((r.total / total) * 100).toFixed(1)}%</span>
              </td>
              {onSandwich && (
                <td>
                  <IconButton
                    name="gf-layout-simple"
                    size="sm"
                    tooltip="Sandwich: callers and callees"
                    aria-label={`Sandwich view of ${r.name}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onSandwich(r.name);
                    }}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <div className={styles.more}>No function matches the search.</div>}
      {rows.length > MAX_ROWS && <div className={styles.more}>Showing the top {MAX_ROWS} of {rows.length} functions.</div>}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrap: css({ overflow: 'auto', flexShrink: 0 }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: theme.typography.bodySmall.fontSize,
    'th, td': { padding: theme.spacing(0.5, 1), borderBottom: `1px solid ${theme.colors.border.weak}`, textAlign: 'right', whiteSpace: 'nowrap' },
    'th:first-child, td:first-child': { textAlign: 'left' },
    thead: { position: 'sticky', top: 0, background: theme.colors.background.primary, zIndex: 1 },
  }),
  row: css({ cursor: 'pointer', '&:hover': { background: theme.colors.action.hover } }),
  picked: css({ background: theme.colors.action.selected }),
  name: css({ maxWidth: 400, overflow: 'hidden', textOverflow: 'ellipsis', fontFamily: theme.typography.fontFamilyMonospace }),
  pct: css({ color: theme.colors.text.secondary }),
  sortButton: css({ background: 'none', border: 'none', color: theme.colors.text.primary, cursor: 'pointer', fontWeight: theme.typography.fontWeightMedium, padding: 0 }),
  more: css({ padding: theme.spacing(1), color: theme.colors.text.secondary }),
});
