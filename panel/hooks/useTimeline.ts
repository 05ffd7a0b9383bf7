/**
 * The timeline above the flame graph: asked of the Flamelens datasource after each query run (and
 * when its kind changes), the previous request cancelled. Another datasource has none: said once.
 */
import { useEffect, useState } from 'react';
import type { PanelData } from '@grafana/data';
import type { TimelineAnswer, TimelineKind } from '../../src/contract/timeline';
import { profilesSource } from '../profilesDatasource';

export type TimelineState =
  { status: 'loading' } | { status: 'ready'; answer: TimelineAnswer } | { status: 'error'; message: string };

/** Columns of a timeline: a heatmap as Grafana's (≤ 64), a line with more points. */
export const COLUMNS: Record<TimelineKind, number> = { series: 120, individual: 64, span: 64 };

const NO_TIMELINE =
  'The timeline needs the Flamelens profiles datasource (exemplars and heatmaps are asked of it); this panel’s query is another datasource’s.';

export function useTimeline(data: PanelData, kind: TimelineKind | undefined): TimelineState | undefined {
  const [state, setState] = useState<TimelineState>();
  const request = data.request;
  useEffect(() => {
    if (!kind || !request) {
      setState(undefined);
      return;
    }
    const abort = new AbortController();
    setState({ status: 'loading' });
    void (async () => {
      try {
        const src = await profilesSource({ ...data, request });
        if (!src?.timeline) {
          throw new Error(NO_TIMELINE);
        }
        const columns = COLUMNS[kind];
        const answer = await src.timeline({ kind, columns, intervalMs: request.intervalMs, signal: abort.signal });
        if (!abort.signal.aborted) {
          setState({ status: 'ready', answer });
        }
      } catch (e) {
        if (!abort.signal.aborted) {
          setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
        }
      }
    })();
    return () => abort.abort();
    // data is read for its request only: a new run of the query is a new request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, kind]);
  return state;
}
