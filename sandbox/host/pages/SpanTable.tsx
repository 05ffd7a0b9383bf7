import React from 'react';
import { dateTimeFormat } from '@grafana/data';

/** One span as the host's trace tables show it (times in milliseconds). */
export interface SpanRow {
  traceId: string;
  spanId: string;
  name: string;
  service: string;
  startMs: number;
  durationMs: number;
}

/**
 * The spans of the Traces page and of Explore's trace view: service, span name, [trace ID], span
 * ID, [start], duration, [an extra column]. Every value is rendered as text.
 */
export function SpanTable({
  rows,
  testId,
  traceIdColumn = false,
  startColumn = false,
  extra,
}: {
  rows: SpanRow[];
  testId: string;
  traceIdColumn?: boolean;
  startColumn?: boolean;
  extra?: { header: string; cell: (row: SpanRow) => React.ReactNode };
}) {
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th>Service</th>
          <th>Span</th>
          {traceIdColumn && <th>Trace ID</th>}
          <th>Span ID</th>
          {startColumn && <th>Start</th>}
          <th>Duration</th>
          {extra && <th>{extra.header}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.spanId}>
            <td>{s.service}</td>
            <td>{s.name}</td>
            {traceIdColumn && <td>{s.traceId}</td>}
            <td>{s.spanId}</td>
            {startColumn && <td>{dateTimeFormat(s.startMs, { defaultWithMS: true })}</td>}
            <td>{s.durationMs} ms</td>
            {extra && <td>{extra.cell(s)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
