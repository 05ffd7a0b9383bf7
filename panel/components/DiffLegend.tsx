import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, RadioButtonGroup, Toggletip, useStyles2 } from '@grafana/ui';
import { diffColor, PRESENCE_COLORS, type DiffPalette } from '../../src/layout/colors';
import { vanishedStacks, type DiffColoring, type DiffView } from '../../src/tree/diffView';
import type { DiffSide } from '../viewState';
import { formatValue } from './format';

export const LEGEND_PX = 28;
/** Vanished stacks listed; the count says how many there are in all. */
const VANISHED_LISTED = 50;

export interface DiffControls {
  coloring: DiffColoring;
  onColoring: (c: DiffColoring) => void;
  /** Shows one side alone as a plain flame graph. */
  onOpenSide: (side: DiffSide) => void;
  /** Shows a node of the drawn diff (a vanished stack). */
  onPickNode: (node: number) => void;
}

interface Props extends DiffControls {
  diff: DiffView;
  palette: DiffPalette;
  unit?: string;
  width: number;
}

const COLORING_LABEL: Record<DiffColoring, string> = {
  share: 'change of each frame’s share of its side’s total',
  absolute: 'change of each frame’s absolute value',
};

/** The diff's scale and colouring, frames on one side only, vanished stacks, and each side alone. */
export function DiffLegend(p: Props) {
  const styles = useStyles2(getStyles);
  const stops = [-1, -0.5, 0, 0.5, 1].map((c) => diffColor(c, p.palette)).join(', ');
  const { added, removed } = PRESENCE_COLORS[p.palette];
  const vanished = useMemo(() => vanishedStacks(p.diff, VANISHED_LISTED), [p.diff]);
  return (
    <div data-testid="flamelens-diff-legend" className={styles.legend} style={{ width: p.width }}>
      <RadioButtonGroup
        size="sm"
        value={p.coloring}
        onChange={p.onColoring}
        options={[
          { value: 'share', label: 'Share', description: 'Colour by the change of each frame’s share of its total' },
          { value: 'absolute', label: 'Absolute', description: 'Colour by the change of each frame’s value' },
        ]}
      />
      <span>−100%</span>
      <div
        className={styles.scale}
        style={{ background: `linear-gradient(to right, ${stops})` }}
        title={`Colour: ${COLORING_LABEL[p.coloring]}; grey is unchanged`}
        data-testid="flamelens-diff-scale"
        aria-label={`Colour: ${COLORING_LABEL[p.coloring]}`}
      />
      <span>+100%</span>
      <span className={styles.swatch} style={{ background: added }} />
      <span>added</span>
      <span className={styles.swatch} style={{ background: removed }} />
      <span>removed</span>
      {vanished.count > 0 && (
        <Toggletip
          placement="bottom-start"
          fitContent
          closeButton
          content={<VanishedList {...vanished} unit={p.unit} onPick={p.onPickNode} />}
        >
          <Button size="sm" variant="secondary" fill="text" data-testid="flamelens-vanished">
            {vanished.count} stack{vanished.count === 1 ? '' : 's'} vanished
          </Button>
        </Toggletip>
      )}
      <Button size="sm" variant="secondary" fill="text" onClick={() => p.onOpenSide('baseline')}>
        Open baseline
      </Button>
      <Button size="sm" variant="secondary" fill="text" onClick={() => p.onOpenSide('comparison')}>
        Open comparison
      </Button>
    </div>
  );
}

function VanishedList({
  stacks,
  count,
  unit,
  onPick,
}: ReturnType<typeof vanishedStacks> & { unit?: string; onPick: (node: number) => void }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.list} data-testid="flamelens-vanished-list">
      <div>
        In the baseline, gone from the comparison
        {count > stacks.length ? ` (the ${stacks.length} largest of ${count})` : ''}:
      </div>
      {stacks.map((s) => (
        <button key={s.node} className={styles.item} onClick={() => onPick(s.node)} title={s.path.join(' › ')}>
          <span className={styles.value}>
            {formatValue(s.value, unit)} · {(s.share * 100).toFixed(2)}%
          </span>
          <span className={styles.path}>{s.path.join(' › ')}</span>
        </button>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  legend: css({
    height: LEGEND_PX - 4,
    display: 'flex',
    alignItems: 'center',
    gap: 6,
    fontSize: 11,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
  }),
  scale: css({ flex: 1, minWidth: 40, height: 10 }),
  swatch: css({ display: 'inline-block', width: 10, height: 10, flexShrink: 0 }),
  list: css({
    display: 'flex',
    flexDirection: 'column',
    gap: 2,
    maxHeight: 320,
    overflowY: 'auto',
    width: 480,
    maxWidth: '80vw',
  }),
  item: css({
    display: 'flex',
    gap: theme.spacing(1),
    textAlign: 'left',
    background: 'none',
    border: 'none',
    color: theme.colors.text.primary,
    padding: '2px 4px',
    cursor: 'pointer',
    '&:hover': { background: theme.colors.action.hover },
  }),
  value: css({ flexShrink: 0, color: theme.colors.text.secondary, fontVariantNumeric: 'tabular-nums' }),
  path: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
});
