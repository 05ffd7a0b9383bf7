/** The line table of function details: per file and line, self, total and share, largest self first. */
import React from 'react';
import { useStyles2 } from '@grafana/ui';
import type { FunctionDetails } from '../../src/pprof/functionDetails';
import { formatValue } from './format';
import { getStyles, percent } from './FunctionDetailsDrawer';

/** Rows shown before "and N more lines" (the hottest come first). */
const ROWS_SHOWN = 200;

export function LineTable({ details, unit }: { details: FunctionDetails; unit?: string }) {
  const styles = useStyles2(getStyles);
  const rows = details.lines.slice(0, ROWS_SHOWN);
  return (
    <table className={styles.table} data-testid="flamelens-line-table">
      <caption className={styles.caption}>
        Lines <span className={styles.muted}>(largest self first; share of the function&apos;s total)</span>
        {details.lines.every((r) => r.line <= 0) && (
          <div className={styles.muted}>The profile records no line numbers for this function.</div>
        )}
      </caption>
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>File</th>
          <th className={styles.num}>Line</th>
          <th className={styles.num}>Self</th>
          <th className={styles.num}>Total</th>
          <th className={styles.num}>Share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.file}\u0000${r.line}`}>
            <td className={styles.name} title={r.file} style={{ direction: 'rtl', textAlign: 'left' }}>
              {/* Right to left keeps the end of a long path (the file name) in view when it is cut;
                  the bidi isolate keeps the path itself in reading order. */}
              <bdi>{r.file || '(no file)'}</bdi>
            </td>
            <td className={styles.num}>{r.line > 0 ? r.line : '–'}</td>
            <td className={styles.num}>{formatValue(r.self, unit)}</td>
            <td className={styles.num}>{formatValue(r.total, unit)}</td>
            <td className={styles.num}>{percent(r.total, details.total)}</td>
          </tr>
        ))}
        {details.lines.length > rows.length && (
          <tr>
            <td className={styles.muted} colSpan={5}>
              and {details.lines.length - rows.length} more lines
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
