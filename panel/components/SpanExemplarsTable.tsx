/**
 * "Top span exemplars": the spans of a span heatmap, largest total first, each with its flame graph
 * here and its trace in the traces datasource. Durations come from that datasource (the exemplars
 * hold the span's total, not its wall time).
 */
import React, { useEffect, useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, LinkButton, useStyles2 } from '@grafana/ui';
import type { Exemplar, TimeRangeMs } from '../../src/pyroscope/types';
import type { TracesTarget } from '../../src/contract/timeline';
import { formatValue } from './format';
import { traceExploreUrl } from '../traceLink';
import { traceSpanDurations } from '../traceDurations';

/** Rows shown at most (the rest scroll), and the height of a table showing `rows`. */
export const SPAN_TABLE_ROWS = 5;
export const spanTablePx = (rows: number) => 28 + rows * 26;

interface Props {
  rows: Exemplar[];
  /** Rows visible without scrolling (the panel's height decides). */
  visible: number;
  unit: string;
  traces?: TracesTarget;
  range: TimeRangeMs;
  onOpen: (e: Exemplar) => void;
}

const spanName = (e: Exemplar) => e.labels.find((l) => l.name === 'span_name')?.value ?? '';

export function SpanExemplarsTable({ rows, visible, unit, traces, range, onOpen }: Props) {
  const styles = useStyles2(getStyles);
  const [durations, setDurations] = useState<Map<string, number>>();
  const traceIds = rows.map((r) => r.traceId).filter(Boolean);
  const key = traceIds.join(',');
  useEffect(() => {
    setDurations(undefined);
    if (!traces || key === '') {
      return;
    }
    let live = true;
    void traceSpanDurations(traces, key.split(','), range).then((d) => live && setDurations(d));
    return () => {
      live = false;
    };
    // range is read with the trace IDs it came with: new rows come with each new answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [traces, key]);
  const durationOf = (e: Exemplar) => {
    if (!traces) {
      return '—';
    }
    const ms = durations?.get(e.spanId);
    return ms === undefined ? (durations ? 'not found' : '…') : formatValue(ms, 'ms');
  };
  return (
    <div className={styles.wrap} style={{ height: spanTablePx(visible) }}>
      <table className={styles.table} data-testid="flamelens-span-exemplars" aria-label="Top span exemplars">
        <thead>
          <tr>
            <th>Span name</th>
            <th style={{ width: 150 }}>Span ID</th>
            <th style={{ width: 270 }}>Trace ID</th>
            <th style={{ width: 80 }}>Total</th>
            <th
              style={{ width: 80 }}
              title={traces ? 'From the traces datasource' : 'Set a traces datasource in the datasource config'}
            >
              Duration
            </th>
            <th style={{ width: 250 }} />
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={`${e.spanId}-${e.timestamp}`}>
              <td title={spanName(e)}>{spanName(e)}</td>
              <td className={styles.id} title={e.spanId}>
                {e.spanId}
              </td>
              <td className={styles.id} title={e.traceId}>
                {e.traceId}
              </td>
              <td>{formatValue(e.value, unit)}</td>
              <td>{durationOf(e)}</td>
              <td className={styles.actions}>
                <Button size="sm" fill="text" onClick={() => onOpen(e)}>
                  Open flame graph
                </Button>
                {traces && e.traceId && !(durations && !durations.has(e.spanId)) && (
                  <LinkButton size="sm" fill="text" icon="link" href={traceExploreUrl(traces, e.traceId, range)}>
                    Open trace
                  </LinkButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrap: css({ overflowY: 'auto', flex: 'none' }),
  table: css({
    width: '100%',
    fontSize: theme.typography.bodySmall.fontSize,
    tableLayout: 'fixed',
    'th, td': {
      textAlign: 'left',
      padding: '2px 6px',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      height: 26,
    },
    th: { color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightMedium },
  }),
  actions: css({ '&&': { overflow: 'visible' } }),
  id: css({ fontFamily: theme.typography.fontFamilyMonospace }),
});
