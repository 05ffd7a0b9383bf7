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
import { SPAN_TABLE_ROWS, spanTablePx } from '../components/SpanExemplarsTable';

export interface ExemplarTimeline {
  kind: TimelineKind;
  setKind: (k: TimelineKind) => void;
  state?: TimelineState;
  range: { start: number; end: number };
  chosen?: Exemplar;
  open: (e: Exemplar, note?: string) => void;
  /** CSS px the strip (and the span table) take above the graph. */
  height: number;
  /** Rows of the span table the panel has room for (0: no table). */
  tableRows: number;
}

/** What the graph keeps at least, whatever the strip and table take (CSS px). */
const GRAPH_MIN_PX = 160;

export function useExemplarTimeline(
  data: PanelData,
  panelHeight: number,
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
  const strip = STRIP_HEADER_PX + plotHeight(answer?.kind === 'unsupported' ? 'unsupported' : (kind ?? 'series'));
  const hasTable = answer?.kind === 'span' && answer.slots.some((s) => s.exemplars.length > 0);
  // The table takes what is left above the graph's share, or nothing when fewer than 2 rows fit.
  const room = Math.floor((panelHeight - strip - GRAPH_MIN_PX - spanTablePx(0)) / 26);
  const tableRows = hasTable && room >= 2 ? Math.min(SPAN_TABLE_ROWS, room) : 0;
  return {
    kind,
    setKind,
    state,
    range: { start: r.from.valueOf(), end: r.to.valueOf() },
    chosen: override?.single ? chosen : undefined,
    open,
    height: strip + (tableRows > 0 ? spanTablePx(tableRows) : 0),
    tableRows,
  };
}
