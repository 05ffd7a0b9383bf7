import React from 'react';
import type { DataFrame } from '@grafana/data';
import { SpanRow, SpanTable } from './SpanTable';

/** The spans of a trace frame (Grafana's, as Tempo's datasource returns it), read by field name. */
export function traceRows(frame: DataFrame): SpanRow[] {
  const values = (name: string): unknown[] => frame.fields.find((f) => f.name === name)?.values ?? [];
  const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));
  const [traceIds, spanIds, names, services, starts, durations] = [
    'traceID',
    'spanID',
    'operationName',
    'serviceName',
    'startTime',
    'duration',
  ].map(values);
  return Array.from({ length: frame.length }, (_, i) => ({
    traceId: text(traceIds[i]),
    spanId: text(spanIds[i]),
    name: text(names[i]),
    service: text(services[i]),
    startMs: Number(starts[i]),
    durationMs: Number(durations[i]),
  }));
}

/**
 * Explore's trace view, as far as the host goes: the trace ID and a table of its spans. Grafana's
 * (the span timeline, span details, links, the node graph) is not reproduced.
 */
export function TraceView({ frame }: { frame: DataFrame }) {
  const rows = traceRows(frame);
  return (
    <section data-testid="trace-view" style={{ marginTop: 8 }}>
      <h2>Trace {rows[0]?.traceId ?? ''}</h2>
      <SpanTable rows={rows} testId="trace-spans" startColumn />
    </section>
  );
}
