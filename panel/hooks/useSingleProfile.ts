/**
 * Opens one exemplar in the graph: that profile alone (profile_id_selector), or that span's samples
 * (span_selector), over the query's range, in place of the merge; "Back to merged view" returns.
 */
import { useCallback, useEffect } from 'react';
import type { PanelData } from '@grafana/data';
import { timeText } from '../components/timelineDraw';
import type { Exemplar } from '../../src/pyroscope/types';
import type { TracesTarget } from '../../src/contract/timeline';
import { nestedSetFrameToTree } from '../../src/frames/nestedSet';
import type { Override } from '../droppedFile';
import { profilesSource } from '../profilesDatasource';
import { traceExploreUrl } from '../traceLink';
import type { Notice } from './useRemoteDetail';
import { useLatestOnly } from './useLatestOnly';

/** What an exemplar is called on screen: its span (and name) or profile ID, and its time. */
export function exemplarTitle(e: Exemplar, rangeMs: number): string {
  const when = timeText(e.timestamp, rangeMs);
  const name = e.labels.find((l) => l.name === 'span_name')?.value;
  return e.spanId ? `span ${e.spanId}${name ? ` (${name})` : ''} · ${when}` : `single profile ${e.profileId} · ${when}`;
}

export function useSingleProfile(
  data: PanelData,
  setOverride: (o: Override | undefined) => void,
  setNotice: (n: Notice | undefined) => void,
  traces: TracesTarget | undefined
): (e: Exemplar, note?: string) => Promise<void> {
  const guard = useLatestOnly();
  useEffect(() => guard.invalidate(), [data.series, guard]);
  return useCallback(
    async (e: Exemplar, note?: string) => {
      const ticket = guard.take();
      const r = data.request?.range;
      const title = exemplarTitle(e, r ? r.to.valueOf() - r.from.valueOf() : 0);
      setNotice({ text: `Loading ${title}…`, severity: 'info' });
      try {
        const src = await profilesSource(data);
        if (!src) {
          throw new Error('only the Flamelens datasource can load one profile');
        }
        const patch = e.spanId ? { spanSelector: [e.spanId] } : { profileIdSelector: [e.profileId] };
        const frame = await src.fetchFlameGraph(src.range, patch);
        if (!guard.isCurrent(ticket)) {
          return;
        }
        if (!frame) {
          throw new Error(`the server has no samples for ${title}`);
        }
        const { tree, unit } = nestedSetFrameToTree(frame);
        setNotice(undefined);
        setOverride({
          label: note ? `${title} (${note})` : title,
          data: { kind: 'single', side: { tree }, unit },
          single: { traceUrl: traces && e.traceId ? traceExploreUrl(traces, e.traceId, src.range) : undefined },
        });
      } catch (err) {
        if (guard.isCurrent(ticket)) {
          setNotice({
            text: `Could not load ${title}: ${err instanceof Error ? err.message : String(err)}`,
            severity: 'error',
          });
        }
      }
    },
    [data, guard, setOverride, setNotice, traces]
  );
}
