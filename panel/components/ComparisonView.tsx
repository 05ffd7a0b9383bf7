import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { CallTree } from '../../src/tree/callTree';
import type { Side } from '../profileData';
import type { SideRole } from '../../src/contract/frames';
import { FlameCanvas, FlameCanvasProps } from './FlameCanvas';
import { Timeline } from './Timeline';

export interface ComparisonSide extends Side {
  role: SideRole;
  /** The side's tree on the layout both sides share (same node indexes). */
  aligned: CallTree;
  /** A fetch for a new range is in flight, or failed. */
  status?: { loading: true } | { error: string };
}

/** Zoom, search and selection are shared: both sides use the same node indexes. */
interface Props extends Pick<
  FlameCanvasProps,
  'unit' | 'width' | 'height' | 'view' | 'onZoom' | 'onSelect' | 'canvasRef'
> {
  sides: [ComparisonSide, ComparisonSide];
  onSearchKey: () => void;
  onContextMenu: (node: number, x: number, y: number) => void;
  /** Set when the datasource can fetch a side for another range. */
  onRetarget?: (role: SideRole, range: { start: number; end: number }) => void;
}

const HEADER_PX = 22;
const GAP_PX = 8;

/** Each side's width, CSS px. */
export const comparisonColumnWidth = (width: number) => Math.floor((width - GAP_PX) / 2);
const TIMELINE_PX = 48;

function describe(side: ComparisonSide): string {
  const who = side.role === 'baseline' ? 'Baseline' : 'Comparison';
  const sel = side.selector ? ` ${side.selector}` : '';
  const range = side.range
    ? ` · ${dateTimeFormat(side.range.start, { format: 'YYYY-MM-DD HH:mm:ss' })} → ${dateTimeFormat(side.range.end, { format: 'HH:mm:ss' })}`
    : '';
  return `${who}${sel}${range}`;
}

/**
 * Two flame graphs side by side (baseline left, comparison right), zoomed and searched together,
 * each under its own timeline when the query returned one: dragging across a timeline retargets
 * that side only, as Pyroscope's comparison page does.
 */
export function ComparisonView({
  sides,
  unit,
  width,
  height,
  view,
  onZoom,
  onSelect,
  onSearchKey,
  onContextMenu,
  onRetarget,
  canvasRef,
}: Props) {
  const styles = useStyles2(getStyles);
  const colWidth = comparisonColumnWidth(width);
  return (
    <div className={styles.row} data-testid="flamelens-comparison">
      {sides.map((side) => {
        const timeline = side.timeline && onRetarget ? TIMELINE_PX : 0;
        const empty = side.aligned.total[view.zoom] <= 0;
        return (
          <div key={side.role} style={{ width: colWidth }} data-testid={`flamelens-side-${side.role}`}>
            <div className={styles.header} title={describe(side)}>
              {describe(side)}
              {side.status && ('loading' in side.status ? ' · loading…' : ` · ${side.status.error}`)}
            </div>
            {side.timeline && onRetarget && (
              <Timeline
                data={side.timeline}
                width={colWidth}
                height={TIMELINE_PX - 4}
                selected={side.range}
                onSelect={(r) => onRetarget(side.role, r)}
                label={`${side.role} timeline`}
              />
            )}
            {empty ? (
              <div className={styles.empty}>Not in the {side.role} profile.</div>
            ) : (
              <FlameCanvas
                tree={side.aligned}
                unit={unit}
                width={colWidth}
                height={height - HEADER_PX - timeline}
                view={view}
                onZoom={onZoom}
                onSelect={onSelect}
                onSearchKey={onSearchKey}
                onContextMenu={onContextMenu}
                label={`${side.role === 'baseline' ? 'Baseline' : 'Comparison'} flame graph`}
                canvasRef={side.role === 'baseline' ? canvasRef : undefined}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({ display: 'flex', gap: GAP_PX }),
  header: css({
    height: HEADER_PX,
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  }),
  empty: css({ padding: theme.spacing(2), color: theme.colors.text.secondary }),
});
