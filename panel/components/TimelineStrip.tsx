/**
 * The timeline above the flame graph: the query's profile metric with a diamond per exemplar (each
 * point's largest profile), or a heatmap of every profile's or span's total over time. A click on a
 * diamond or a cell opens that profile or span in the graph.
 */
import React, { useEffect, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { RadioButtonGroup, useStyles2, useTheme2 } from '@grafana/ui';
import type { Exemplar } from '../../src/pyroscope/types';
import type { TimelineAnswer, TimelineKind } from '../../src/contract/timeline';
import { fitCanvas } from './canvasSize';
import { cellAt, exemplarAt, exemplarMarks, heatmapCells, type Box } from '../timelineGeometry';
import { describeCell, describeExemplar, diamond, drawSeries, heat, summaryOf, timeText } from './timelineDraw';

export const TIMELINE_KINDS: Array<{ label: string; value: TimelineKind; description: string }> = [
  { label: 'Metric', value: 'series', description: 'The profile metric, each point’s largest profile marked' },
  { label: 'Profiles', value: 'individual', description: 'Heatmap: how many profiles had each total' },
  { label: 'Spans', value: 'span', description: 'Heatmap: how many spans had each total' },
];

/** Header row and plot, CSS px. */
export const STRIP_HEADER_PX = 28;
/** A line reads at 84 px; a heatmap's 20 buckets need more to be told apart (5.7 px each). */
export const plotHeight = (kind: TimelineKind | 'unsupported') =>
  kind === 'unsupported' ? 0 : kind === 'series' ? 84 : 124;

interface Props {
  kind: TimelineKind;
  onKind: (k: TimelineKind) => void;
  answer?: TimelineAnswer;
  /** Loading, an error, or why there is nothing to draw. */
  status?: string;
  width: number;
  range: { start: number; end: number };
  /** The exemplar shown in the graph (ringed). */
  chosen?: Exemplar;
  onOpen: (e: Exemplar, note?: string) => void;
}

type Hover = { x: number; y: number; text: string };

export function TimelineStrip({ kind, onKind, answer, status, width, range, chosen, onOpen }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const ref = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<Hover>();
  const rangeMs = range.end - range.start;
  const plotH = plotHeight(answer?.kind === 'unsupported' ? 'unsupported' : kind);
  const box: Box = useMemo(
    () => ({ width, height: plotH, start: range.start, end: range.end }),
    [width, plotH, range.start, range.end]
  );
  const marks = useMemo(() => (answer?.kind === 'series' ? exemplarMarks(box, answer) : []), [answer, box]);
  const cells = useMemo(
    () => (answer?.kind === 'individual' || answer?.kind === 'span' ? heatmapCells(box, answer) : []),
    [answer, box]
  );
  const maxCount = useMemo(() => cells.reduce((m, c) => Math.max(m, c.count), 0), [cells]);

  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) {
      return;
    }
    const dpr = fitCanvas(c, box.width, box.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, box.width, box.height);
    if (answer?.kind === 'series') {
      drawSeries(ctx, box, answer, theme);
      for (const m of marks) {
        const isChosen = chosen !== undefined && m.exemplar === chosen;
        diamond(ctx, m.x, m.y, isChosen ? 6 : 4, isChosen ? theme.colors.warning.main : theme.colors.text.primary);
      }
    } else {
      for (const cell of cells) {
        ctx.fillStyle = heat(cell.count / Math.max(1, maxCount));
        ctx.fillRect(cell.x, cell.y, Math.max(1, cell.w - 1), Math.max(1, cell.h - 1));
        if (chosen && cell.exemplar === chosen) {
          ctx.strokeStyle = theme.colors.text.primary;
          ctx.lineWidth = 2;
          ctx.strokeRect(cell.x, cell.y, cell.w - 1, cell.h - 1);
        }
      }
    }
  }, [answer, box, marks, cells, maxCount, chosen, theme]);

  const pick = (x: number, y: number): { exemplar?: Exemplar; text: string; note?: string } | undefined => {
    if (answer?.kind === 'series') {
      const m = exemplarAt(marks, x, y);
      return m && { exemplar: m.exemplar, text: describeExemplar(m.exemplar, answer.sampleUnit, rangeMs) };
    }
    const cell = cellAt(cells, x, y);
    return cell && answer && answer.kind !== 'unsupported'
      ? describeCell(cell, answer.kind, answer.sampleUnit, rangeMs)
      : undefined;
  };
  const at = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const summary = summaryOf(answer, marks.length, cells);
  return (
    <div className={styles.strip} data-testid="flamelens-exemplar-timeline">
      <div className={styles.header}>
        <RadioButtonGroup size="sm" options={TIMELINE_KINDS} value={kind} onChange={onKind} />
        <span className={styles.status} role="status" data-testid="flamelens-timeline-status">
          {status ?? summary}
        </span>
        <span className={styles.range}>
          {timeText(range.start, range.end - range.start)} – {timeText(range.end, range.end - range.start)}
        </span>
      </div>
      <div style={{ position: 'relative', width, height: plotH }}>
        <canvas
          ref={ref}
          style={{ width, height: plotH, display: 'block' }}
          role="img"
          aria-label={summary}
          data-testid="flamelens-timeline-canvas"
          onPointerMove={(e) => {
            const p = at(e);
            const hit = pick(p.x, p.y);
            setHover(hit && { ...p, text: hit.text });
            e.currentTarget.style.cursor = hit?.exemplar ? 'pointer' : 'default';
          }}
          onPointerLeave={() => setHover(undefined)}
          onClick={(e) => {
            const p = at(e);
            const hit = pick(p.x, p.y);
            if (hit?.exemplar) {
              onOpen(hit.exemplar, hit.note);
            }
          }}
        />
        {hover && (
          <div
            className={styles.tooltip}
            data-testid="flamelens-timeline-tooltip"
            style={{ left: Math.min(hover.x + 12, Math.max(0, width - 420)), top: 4 }}
          >
            {hover.text}
          </div>
        )}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  strip: css({ display: 'flex', flexDirection: 'column', flex: 'none' }),
  header: css({ display: 'flex', alignItems: 'center', gap: 8, height: STRIP_HEADER_PX, overflow: 'hidden' }),
  status: css({
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  }),
  range: css({
    marginLeft: 'auto',
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    whiteSpace: 'nowrap',
  }),
  tooltip: css({
    position: 'absolute',
    maxWidth: 420,
    whiteSpace: 'pre-line',
    padding: '2px 6px',
    fontSize: theme.typography.bodySmall.fontSize,
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    pointerEvents: 'none',
    zIndex: 2,
    overflowWrap: 'anywhere',
  }),
});
