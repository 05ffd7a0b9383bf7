import React, { useMemo, useState } from 'react';
import { useStyles2 } from '@grafana/ui';
import { CallTree } from '../../src/tree/callTree';
import { exactTopRows, TopRow, topTable, TopSort, truncationSummary, type TruncationSummary } from '../../src/tree/top';
import type { ExactFunctions } from '../hooks/useExactFunctions';
import { formatValue } from './format';
import { ellipsize } from '../../src/layout/ellipsize';
import type { TextAlign } from '../types';
import {
  ACTION_PX,
  getTableStyles,
  type RowAction,
  TableSort,
  VirtualTable,
  emptyTableText,
  useShownRows,
} from './VirtualTable';

/** What both top tables take from the panel. */
export interface TopTableCommon {
  width: number;
  height: number;
  unit?: string;
  /** Only functions whose names pass are listed (the search); all when undefined. */
  filter?: (name: string) => boolean;
  /** A row is hovered (name id) or left (undefined): the flame graph lights that function's nodes. */
  onHoverName?: (nameId: number | undefined) => void;
  /** Click on a row: highlight the function in the graph. */
  onPick?: (name: string) => void;
  /** The sandwich button of a row. */
  onSandwich?: (name: string) => void;
  /** The function details button of a row. */
  onDetails?: (name: string) => void;
  /** The function shown as picked (e.g. the sandwich's). */
  picked?: string;
  /** Which part of a long name to keep: its tail ('right'), or both ends (the middle goes). */
  textAlign?: TextAlign;
}

interface Props extends TopTableCommon {
  tree: CallTree;
  /** Every function's exact values, when fetched (the graph's own otherwise). */
  exact?: ExactFunctions;
}

/** Width of a character of the monospace name column at the table's font size (CSS px). */
const CHAR_PX = 7.3;

/**
 * Column widths for a table width: the value columns share at most half of it (each up to 130 px),
 * so the names keep the largest share (half of 600 px, over 40% of 280).
 */
export function columnWidths(width: number, actions: number, valueColumns = 2): { name: number; value: number } {
  const rest = width - actions * ACTION_PX;
  const value = Math.max(56, Math.min(130, Math.floor((rest * 0.5) / valueColumns)));
  return { name: Math.max(0, rest - valueColumns * value), value };
}

/** Below this a value column shows the value alone (the share is in its title). */
export const SHARE_MIN_PX = 100;

/** How the name column shows a name that does not fit: its end kept, or both ends. */
export function useNameCell(nameWidth: number, textAlign: TextAlign | undefined) {
  const styles = useStyles2(getTableStyles);
  const chars = Math.floor((nameWidth - 16) / CHAR_PX);
  const keep = textAlign === 'right' ? 'end' : 'middle';
  return (name: string) => (
    <td className={styles.name} title={name}>
      {ellipsize(name, chars, keep)}
    </td>
  );
}

/** The sandwich button and the row events both tables wire the same way. */
export function rowEvents<R extends { nameId: number; name: string }>(p: TopTableCommon) {
  return {
    picked: (r: R) => r.name === p.picked,
    onHoverRow: (r: R | undefined) => p.onHoverName?.(r?.nameId),
    onClickRow: (r: R) => p.onPick?.(r.name),
    actions: [
      p.onSandwich && {
        title: 'Sandwich: callers and callees',
        label: (r: R) => `Sandwich view of ${r.name}`,
        symbol: '⇅',
        onClick: (r: R) => p.onSandwich!(r.name),
        // A function of the exact table the truncated graph lacks has no frames to sandwich.
        applies: (r: R) => r.nameId >= 0,
      },
      p.onDetails && {
        title: 'Function details: lines and source',
        label: (r: R) => `Function details of ${r.name}`,
        symbol: 'ℹ',
        // Read from the datasource's pprof: functions the truncated graph folded away have them too.
        onClick: (r: R) => p.onDetails!(r.name),
      },
    ].filter((a): a is RowAction<R> => Boolean(a)),
  };
}

/** How many row buttons the tables show. */
export const actionCount = (p: TopTableCommon) => Number(Boolean(p.onSandwich)) + Number(Boolean(p.onDetails));

/** Self and total per function, every function of the profile. */
export function TopTable(p: Props) {
  const [sort, setSort] = useState<TableSort<TopSort>>({ by: 'self', reversed: false });
  const ready = p.exact?.state === 'ready' ? p.exact.exact : undefined;
  const all = useMemo(
    () => (ready ? exactTopRows(ready.table, p.tree, sort.by) : topTable(p.tree, sort.by)),
    [ready, p.tree, sort.by]
  );
  const rows = useShownRows(all, p.filter, sort.reversed);
  const total = (ready ? ready.table.grandTotal : p.tree.total[0]) || 1;
  const folded = useMemo(() => truncationSummary(p.tree), [p.tree]);
  const footer = footerLines(p.exact, folded, all.length, p.unit);
  const cols = columnWidths(p.width, actionCount(p));
  const nameCell = useNameCell(cols.name, p.textAlign);
  const withShare = cols.value >= SHARE_MIN_PX;
  return (
    // One column: the lines under the rows stay under them whatever the container lays out.
    <div style={{ width: p.width, height: p.height, display: 'flex', flexDirection: 'column' }}>
      <VirtualTable<TopRow, TopSort>
        rows={rows}
        rowKey={(r) => r.nameId}
        columns={[
          { sort: 'name', label: 'Function', width: cols.name },
          { sort: 'self', label: 'Self', width: cols.value, title: 'In the function itself' },
          { sort: 'total', label: 'Total', width: cols.value, title: 'In the function and everything it calls' },
        ]}
        cells={(r) => (
          <>
            {nameCell(r.name)}
            <ValueCell value={r.self} unit={p.unit} share={r.self / total} withShare={withShare} />
            <ValueCell value={r.total} unit={p.unit} share={r.total / total} withShare={withShare} />
          </>
        )}
        sort={sort}
        onSort={setSort}
        ascendingColumn="name"
        width={p.width}
        height={p.height - footer.length * FOOTER_LINE_PX}
        {...rowEvents<TopRow>(p)}
        emptyText={emptyTableText(p.filter)}
        testId="flamelens-top-table"
      />
      {footer.map((line) => (
        <FooterLine key={line.testId} {...line} width={p.width} />
      ))}
    </div>
  );
}

const FOOTER_LINE_PX = 20;

interface FooterText {
  testId: string;
  text: string;
}

const pctText = (share: number) => {
  const pct = share * 100;
  return pct > 0 && pct < 0.05 ? '<0.1' : pct.toFixed(1);
};

/**
 * Under the rows: where they come from (exact, or the graph's while the exact table loads or when
 * it cannot), and what the node limit folded in the graph, which the rows never list as a function.
 */
export function footerLines(
  exact: ExactFunctions | undefined,
  folded: TruncationSummary | undefined,
  rowCount: number,
  unit?: string
): FooterText[] {
  const lines: FooterText[] = [];
  if (exact?.state === 'ready') {
    const { source, totalFunctions } = exact.exact;
    const count = totalFunctions.toLocaleString('en-US');
    const from = source === 'server' ? "the server's function table" : 'the merged profile';
    const cut =
      rowCount < totalFunctions ? `; the server sent the first ${rowCount.toLocaleString('en-US')} by self` : '';
    lines.push({ testId: 'flamelens-top-source', text: `Exact: all ${count} functions, from ${from}${cut}.` });
  } else if (exact) {
    const why =
      exact.state === 'loading' ? 'while the exact table loads' : `(the exact table could not load: ${exact.message})`;
    lines.push({ testId: 'flamelens-top-source', text: `From the flame graph ${why}.` });
  }
  if (folded) {
    lines.push({
      testId: 'flamelens-truncation',
      text: `${pctText(folded.share)}% of the graph is folded by the node limit ("other", never listed); every frame it shows is ≥ ${formatValue(folded.minShown, unit)}`,
    });
  }
  return lines;
}

function FooterLine({ testId, text, width }: FooterText & { width: number }) {
  return (
    <div
      data-testid={testId}
      title={text}
      style={{
        width,
        height: FOOTER_LINE_PX,
        lineHeight: `${FOOTER_LINE_PX}px`,
        // Its own height, never squeezed by the table above it.
        flexShrink: 0,
        fontSize: 11,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
        opacity: 0.8,
      }}
    >
      {text}
    </div>
  );
}

export function ValueCell({
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
  const styles = useStyles2(getTableStyles);
  const pct = `${(share * 100).toFixed(1)}%`;
  return (
    <td title={withShare ? undefined : pct}>
      {formatValue(value, unit)}
      {withShare && <span className={styles.pct}> {pct}</span>}
    </td>
  );
}
