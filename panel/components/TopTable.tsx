import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { CallTree } from '../../src/tree/callTree';
import { topTable, TopSort } from '../../src/tree/top';
import { formatValue } from './format';

interface Props {
  tree: CallTree;
  unit?: string;
  width: number;
  height: number;
}

const MAX_ROWS = 500;

/** Self and total per function; function names render as text nodes, never as markup. */
export function TopTable({ tree, unit, width, height }: Props) {
  const styles = useStyles2(getStyles);
  const [sort, setSort] = useState<TopSort>('self');
  const rows = useMemo(() => topTable(tree, sort), [tree, sort]);
  const total = tree.total[0] || 1;
  const header = (key: TopSort, label: string) => (
    <th aria-sort={sort === key ? 'descending' : 'none'}>
      <button className={styles.sortButton} onClick={() => setSort(key)}>
        {label}
      </button>
    </th>
  );
  return (
    <div className={styles.wrap} style={{ width, height }}>
      <table className={styles.table} data-testid="flamelens-top-table">
        <thead>
          <tr>
            {header('name', 'Function')}
            {header('self', 'Self')}
            {header('total', 'Total')}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((r) => (
            <tr key={r.nameId}>
              <td className={styles.name} title={r.name}>
                {r.name}
              </td>
              <td>
                {formatValue(r.self, unit)} <span className={styles.pct}>{((r.self / total) * 100).toFixed(1)}%</span>
              </td>
              <td>
                {formatValue(r.total, unit)} <span className={styles.pct}>{((r.total / total) * 100).toFixed(1)}%</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && <div className={styles.more}>Showing the top {MAX_ROWS} of {rows.length} functions.</div>}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrap: css({ overflow: 'auto' }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: theme.typography.bodySmall.fontSize,
    'th, td': { padding: theme.spacing(0.5, 1), borderBottom: `1px solid ${theme.colors.border.weak}`, textAlign: 'right', whiteSpace: 'nowrap' },
    'th:first-child, td:first-child': { textAlign: 'left' },
    thead: { position: 'sticky', top: 0, background: theme.colors.background.primary },
  }),
  name: css({ maxWidth: 400, overflow: 'hidden', textOverflow: 'ellipsis', fontFamily: theme.typography.fontFamilyMonospace }),
  pct: css({ color: theme.colors.text.secondary }),
  sortButton: css({ background: 'none', border: 'none', color: theme.colors.text.primary, cursor: 'pointer', fontWeight: theme.typography.fontWeightMedium, padding: 0 }),
  more: css({ padding: theme.spacing(1), color: theme.colors.text.secondary }),
});
