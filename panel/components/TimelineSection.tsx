/** The exemplar timeline and, for a span heatmap, its top span exemplars: what the panel puts above the graph. */
import React, { useMemo } from 'react';
import type { ExemplarTimeline } from '../hooks/useExemplarTimeline';
import { TimelineStrip } from './TimelineStrip';
import { SPAN_TABLE_ROWS, SpanExemplarsTable } from './SpanExemplarsTable';
import { topExemplars } from '../timelineGeometry';

export function TimelineSection({ t, width }: { t: ExemplarTimeline; width: number }) {
  const answer = t.state?.status === 'ready' ? t.state.answer : undefined;
  // Sorted once per answer, not on every render of the panel (hovering the graph re-renders it).
  const top = useMemo(() => (answer?.kind === 'span' ? topExemplars(answer, SPAN_TABLE_ROWS * 4) : []), [answer]);
  const status =
    t.state?.status === 'loading'
      ? 'Loading…'
      : t.state?.status === 'error'
        ? `The timeline could not load: ${t.state.message}`
        : undefined;
  return (
    <>
      <TimelineStrip
        kind={t.kind}
        onKind={t.setKind}
        answer={answer}
        status={status}
        width={width}
        range={t.range}
        chosen={t.chosen}
        onOpen={t.open}
      />
      {answer?.kind === 'span' && t.tableRows > 0 && (
        <SpanExemplarsTable
          rows={top}
          visible={t.tableRows}
          unit={answer.sampleUnit}
          traces={answer.traces}
          range={t.range}
          onOpen={t.open}
        />
      )}
    </>
  );
}
