import React, { useMemo, useState } from 'react';
import { CallTree } from '../../src/tree/callTree';
import { DiffTopRow, diffTopTable, DiffTopSort } from '../../src/tree/top';
import { describeShareDelta } from '../../src/tree/diffView';
import { diffColor, DiffPalette } from '../../src/layout/colors';
import { actionCount, columnWidths, rowEvents, SHARE_MIN_PX, TopTableCommon, useNameCell, ValueCell } from './TopTable';
import { TableSort, VirtualTable, emptyTableText, useShownRows } from './VirtualTable';

interface Props extends TopTableCommon {
  /** Both sides on one layout (same names and node indexes). */
  left: CallTree;
  right: CallTree;
  palette: DiffPalette;
}

/**
 * The top table of two profiles: each function's self in the baseline and in the comparison, and
 * the change of its share, largest change first, coloured as the diff graph colours it. Never the
 * two sides added together, which would rank functions by a sum no one measured.
 */
export function DiffTopTable(p: Props) {
  const [sort, setSort] = useState<TableSort<DiffTopSort>>({ by: 'change', reversed: false });
  const all = useMemo(() => diffTopTable(p.left, p.right, sort.by), [p.left, p.right, sort.by]);
  const rows = useShownRows(all, p.filter, sort.reversed);
  const cols = columnWidths(p.width, actionCount(p), 3);
  const nameCell = useNameCell(cols.name, p.textAlign);
  const withShare = cols.value >= SHARE_MIN_PX;
  return (
    <VirtualTable<DiffTopRow, DiffTopSort>
      rows={rows}
      rowKey={(r) => r.nameId}
      columns={[
        { sort: 'name', label: 'Function', width: cols.name },
        { sort: 'baseline', label: 'Baseline', width: cols.value, title: 'Self in the baseline, and its share' },
        {
          sort: 'comparison',
          // Whole only where it fits: a cut "Comparisor" reads as a typo.
          label: cols.value < NARROW_PX ? 'Comp.' : 'Comparison',
          width: cols.value,
          title: 'Self in the comparison, and its share',
        },
        {
          sort: 'change',
          label: 'Change',
          width: cols.value,
          title: 'Change of the self share: percentage points (relative to the baseline share)',
        },
      ]}
      cells={(r) => {
        const words = describeShareDelta(r.leftSelf, p.left.total[0], r.rightSelf, p.right.total[0]);
        return (
          <>
            {nameCell(r.name)}
            <ValueCell value={r.leftSelf} unit={p.unit} share={r.leftShare} withShare={withShare} />
            <ValueCell value={r.rightSelf} unit={p.unit} share={r.rightShare} withShare={withShare} />
            <td title={words} style={r.change === 0 ? undefined : { color: diffColor(Math.sign(r.change), p.palette) }}>
              {changeCell(r, cols.value >= NARROW_PX)}
            </td>
          </>
        );
      }}
      sort={sort}
      onSort={setSort}
      ascendingColumn="name"
      width={p.width}
      height={p.height}
      {...rowEvents<DiffTopRow>(p)}
      emptyText={emptyTableText(p.filter)}
      testId="flamelens-top-table"
    />
  );
}

/** Value columns narrower than this get the short header and change text. */
const NARROW_PX = 104;

/** The change as it fits a column: points, or the word for a function on one side only. */
function changeCell(r: DiffTopRow, wide: boolean): string {
  // A narrow column drops the unit (the header's title gives it), never the number's end.
  const pp = `${r.change >= 0 ? '+' : '−'}${Math.abs(r.change * 100).toFixed(2)}${wide ? ' pp' : ''}`;
  if (r.leftSelf === 0 && r.rightSelf !== 0) {
    return `new ${pp}`;
  }
  if (r.rightSelf === 0 && r.leftSelf !== 0) {
    return `gone ${pp}`;
  }
  return pp;
}
