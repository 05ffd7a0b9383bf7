/**
 * The exact function table for the top table, fetched when the table is shown for a profile the
 * node budget truncated (src/pyroscope/exactFunctions): until it arrives, or when it cannot, the
 * table lists the graph's functions and says so. Fetched once per query result.
 */
import { useEffect, useRef, useState } from 'react';
import type { PanelData } from '@grafana/data';
import type { ExactFunctionTable } from '../../src/pyroscope/exactFunctions';
import { profilesSource } from '../profilesDatasource';

export type ExactFunctions =
  { state: 'loading' } | { state: 'ready'; exact: ExactFunctionTable } | { state: 'failed'; message: string };

export function useExactFunctions(data: PanelData, wanted: boolean): ExactFunctions | undefined {
  const [answer, setAnswer] = useState<{ data: PanelData; value: ExactFunctions }>();
  // The result the last request was for: asked once per result, again only if left unanswered.
  const requested = useRef<PanelData>();
  useEffect(() => {
    if (!wanted || requested.current === data) {
      return;
    }
    requested.current = data;
    let live = true;
    let settled = false;
    const set = (value: ExactFunctions) => live && setAnswer({ data, value });
    void (async () => {
      const src = await profilesSource(data);
      if (!src?.functionTable) {
        settled = true;
        return;
      }
      set({ state: 'loading' });
      try {
        const exact = await src.functionTable();
        set(exact ? { state: 'ready', exact } : { state: 'failed', message: 'the server returned no profile' });
      } catch (e) {
        set({ state: 'failed', message: e instanceof Error ? e.message : 'the request failed' });
      }
      settled = true;
    })();
    return () => {
      live = false;
      if (!settled && requested.current === data) {
        requested.current = undefined;
      }
    };
  }, [data, wanted]);
  return wanted && answer?.data === data ? answer.value : undefined;
}
