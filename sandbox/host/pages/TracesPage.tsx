import React, { useEffect, useState } from 'react';
import { PluginExtensionLink } from '@grafana/data';
import { Alert } from '@grafana/ui';
import { extensionLinksFor } from '../services/extensions';

interface Span {
  traceId: string;
  spanId: string;
  name: string;
  service: string;
  startMs: number;
  endMs: number;
}

/**
 * The demo's spans, as a trace view lists them. A span's profile link comes only from what app
 * plugins register at the trace view's extension point (grafana/traceview/details), as in Grafana.
 */
export function TracesPage() {
  const [spans, setSpans] = useState<Span[]>([]);
  const [links, setLinks] = useState<Record<string, PluginExtensionLink[]>>({});
  useEffect(() => {
    fetch('/api/sandbox/spans?limit=50')
      .then((r) => r.json())
      .then(async (list: Span[]) => {
        setSpans(list);
        const entries = await Promise.all(list.map(async (s) => [s.spanId, await extensionLinksFor('grafana/traceview/details', { spanId: s.spanId, traceId: s.traceId, serviceName: s.service, startTime: s.startMs, endTime: s.endMs, name: s.name })] as const));
        setLinks(Object.fromEntries(entries));
      });
  }, []);
  return (
    <div style={{ padding: 16 }}>
      <h1>Traces</h1>
      {spans.length === 0 && <Alert title="No spans yet: the demo service records one per request." severity="info" />}
      <table data-testid="spans">
        <thead>
          <tr>
            <th>Service</th>
            <th>Span</th>
            <th>Trace ID</th>
            <th>Span ID</th>
            <th>Duration</th>
            <th>Links</th>
          </tr>
        </thead>
        <tbody>
          {spans.map((s) => (
            <tr key={s.spanId}>
              <td>{s.service}</td>
              <td>{s.name}</td>
              <td>{s.traceId}</td>
              <td>{s.spanId}</td>
              <td>{s.endMs - s.startMs} ms</td>
              <td>
                {(links[s.spanId] ?? []).map((l) => (
                  <a key={l.id} href={l.path} onClick={(e) => l.onClick && (e.preventDefault(), l.onClick(e))} data-testid="span-profile-link">
                    {l.title}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
