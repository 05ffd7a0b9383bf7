/**
 * The panel's exemplar timeline: which kind is shown (the option, switchable in the strip), its
 * answer, and opening an exemplar in the graph (the chosen one stays marked while it is shown).
 */
import { useCallback, useState } from 'react';
import type { PanelData } from '@grafana/data';
import type { Exemplar } from '../../src/pyroscope/types';
import type { TimelineKind } from '../../src/contract/timeline';
import type { Override } from '../droppedFile';
import type { TimelineChoice } from '../types';
import type { Notice } from './useRemoteDetail';
import { useTimeline, type TimelineState } from './useTimeline';
import { useSingleProfile } from './useSingleProfile';
import { plotHeight, STRIP_HEADER_PX } from '../components/TimelineStrip';
import { SPAN_TABLE_PX } from '../components/SpanExemplarsTable';

export interface ExemplarTimeline {
  kind: TimelineKind;
  setKind: (k: TimelineKind) => void;
  state?: TimelineState;
  range: { start: number; end: number };
  chosen?: Exemplar;
  open: (e: Exemplar, note?: string) => void;
  /** CSS px the strip (and the span table) take above the graph. */
  height: number;
}

export function useExemplarTimeline(
  data: PanelData,
  choice: TimelineChoice,
  override: Override | undefined,
  setOverride: (o: Override | undefined) => void,
  setNotice: (n: Notice | undefined) => void
): ExemplarTimeline | undefined {
  const [picked, setKind] = useState<TimelineKind>();
  const kind = choice === 'off' ? undefined : (picked ?? choice);
  const state = useTimeline(data, kind);
  const answer = state?.status === 'ready' ? state.answer : undefined;
  const openSingle = useSingleProfile(
    data,
    setOverride,
    setNotice,
    answer?.kind === 'unsupported' ? undefined : answer?.traces
  );
  const [chosen, setChosen] = useState<Exemplar>();
  const open = useCallback(
    (e: Exemplar, note?: string) => {
      setChosen(e);
      void openSingle(e, note);
    },
    [openSingle]
  );
  const r = data.request?.range;
  if (!kind || !r) {
    return undefined;
  }
  const table = answer?.kind === 'span' && answer.slots.some((s) => s.exemplars.length > 0);
  return {
    kind,
    setKind,
    state,
    range: { start: r.from.valueOf(), end: r.to.valueOf() },
    chosen: override?.single ? chosen : undefined,
    open,
    height: STRIP_HEADER_PX + plotHeight(kind) + (table ? SPAN_TABLE_PX : 0),
  };
}
