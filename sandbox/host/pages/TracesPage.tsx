import React, { useEffect, useState } from 'react';
import { PluginExtensionLink } from '@grafana/data';
import { Alert } from '@grafana/ui';
import { locationService } from '@grafana/runtime';
import { extensionLinksFor } from '../services/extensions';
import type { Span } from '../../server/spans';
import { SpanTable } from './SpanTable';

/** The context Grafana's trace view header gives its extension links: the trace (µs) and its data source. */
function traceContext(s: Span) {
  return {
    traceID: s.traceId,
    startTime: s.startMs * 1000,
    endTime: s.endMs * 1000,
    duration: (s.endMs - s.startMs) * 1000,
    spans: [
      {
        traceID: s.traceId,
        spanID: s.spanId,
        operationName: s.name,
        startTime: s.startMs * 1000,
        duration: (s.endMs - s.startMs) * 1000,
        process: { serviceName: s.service },
      },
    ],
    datasource: { name: 'Sandbox traces', uid: 'sandbox-traces', type: 'tempo' },
  };
}

/**
 * The demo's traces (one span each), as Grafana's trace view shows them. Links come only from what
 * app plugins register: trace-level actions at grafana/traceview/header/actions, and span details at
 * grafana/traceview/details — which Grafana shows only from its own Profiles Drilldown app, so the
 * host filters them the same way.
 */
export function TracesPage() {
  const [spans, setSpans] = useState<Span[]>([]);
  const [links, setLinks] = useState<Record<string, PluginExtensionLink[]>>({});
  useEffect(() => {
    void fetch('/api/sandbox/spans?limit=50')
      .then((r) => r.json() as Promise<Span[]>)
      .then(async (list: Span[]) => {
        setSpans(list);
        const entries = await Promise.all(
          list.map(async (s) => {
            const header = await extensionLinksFor('grafana/traceview/header/actions', traceContext(s));
            const details = (
              await extensionLinksFor('grafana/traceview/details', { spanId: s.spanId, traceId: s.traceId })
            ).filter((l) => l.pluginId === 'grafana-pyroscope-app');
            return [s.spanId, [...header, ...details]] as [string, PluginExtensionLink[]];
          })
        );
        setLinks(Object.fromEntries(entries));
      });
  }, []);
  return (
    <div style={{ padding: 16 }}>
      <h1>Traces</h1>
      {spans.length === 0 && <Alert title="No spans yet: the demo service records one per request." severity="info" />}
      <SpanTable
        rows={spans.map((s) => ({ ...s, durationMs: s.endMs - s.startMs }))}
        testId="spans"
        traceIdColumn
        extra={{
          header: 'Links',
          cell: (s) =>
            (links[s.spanId] ?? []).map((l) => (
              <a
                key={l.id}
                href={l.path}
                onClick={(e) => {
                  e.preventDefault();
                  if (l.onClick) {
                    l.onClick(e);
                  } else if (l.path) {
                    locationService.push(l.path);
                  }
                }}
                data-testid="span-profile-link"
              >
                {l.title}
              </a>
            )),
        }}
      />
    </div>
  );
}
