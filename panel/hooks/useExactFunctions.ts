/**
 * The exact function table for the top table, fetched when the table is shown for a profile the
 * node budget truncated — the server's (src/pyroscope/exactFunctions), else computed from the
 * query's merged pprof (src/pprof/functionTable): until it arrives, or when it cannot, the
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
      if (!src) {
        settled = true;
        return;
      }
      set({ state: 'loading' });
      try {
        // The server's own table where it has one, else the merged pprof reduced here.
        const fromServer = src.functionTable ? await src.functionTable() : undefined;
        const raw = fromServer ? undefined : await src.downloadProfile();
        // The pprof decoder is a chunk of its own: most dashboards never need it.
        const reduce = raw && (await import('../../src/pprof/functionTable')).exactFunctionTableOfPprof;
        const exact = fromServer ?? (raw && reduce ? reduce(raw, src.profileTypeId) : undefined);
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
