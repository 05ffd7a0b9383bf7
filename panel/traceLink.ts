/** "Open trace": Grafana's Explore on the traces datasource, with the trace ID as its query. */
import type { TracesTarget } from '../src/contract/timeline';
import { exploreHref } from '../src/contract/explore';
import type { TimeRangeMs } from '../src/pyroscope/types';

export function traceExploreUrl(traces: TracesTarget, traceId: string, range: TimeRangeMs): string {
  const query = {
    refId: 'A',
    datasource: { uid: traces.uid, type: traces.type },
    queryType: 'traceql',
    query: traceId,
  };
  return exploreHref('trace', {
    datasource: traces.uid,
    queries: [query],
    range: { from: String(range.start), to: String(range.end) },
  });
}
