/**
 * Span durations for the top span exemplars table, read from the traces datasource: Pyroscope's
 * exemplars carry a span's CPU (or other) total, not its wall time. Each trace is asked once
 * (Grafana's trace frame: spanID and duration in ms per span); a trace the datasource cannot find
 * leaves its spans without a duration rather than failing the table.
 */
import { from, lastValueFrom, isObservable } from 'rxjs';
import { dateTime, type DataFrame, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import type { TracesTarget } from '../src/contract/timeline';
import type { TimeRangeMs } from '../src/pyroscope/types';

/** The durations (ms) of the spans a trace's frames list, by span ID. */
export function durationsOfFrames(frames: readonly DataFrame[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of frames) {
    const span = f.fields.find((x) => x.name === 'spanID');
    const duration = f.fields.find((x) => x.name === 'duration');
    if (!span || !duration) {
      continue;
    }
    for (let i = 0; i < f.length; i++) {
      const ms = Number(duration.values[i]);
      if (Number.isFinite(ms)) {
        out.set(String(span.values[i]), ms);
      }
    }
  }
  return out;
}

export async function traceSpanDurations(
  traces: TracesTarget,
  traceIds: readonly string[],
  range: TimeRangeMs
): Promise<Map<string, number>> {
  const ds = await getDataSourceSrv().get({ uid: traces.uid, type: traces.type });
  const timeRange = { from: dateTime(range.start), to: dateTime(range.end), raw: { from: '', to: '' } };
  const all = new Map<string, number>();
  const answers = await Promise.all(
    [...new Set(traceIds)].map(async (traceId, i) => {
      const request = {
        requestId: `flamelens-trace-${i}`,
        app: 'panel',
        range: timeRange,
        interval: '1s',
        intervalMs: 1000,
        scopedVars: {},
        timezone: 'browser',
        startTime: 0,
        targets: [
          { refId: 'A', datasource: { uid: traces.uid, type: traces.type }, queryType: 'traceql', query: traceId },
        ],
      } as unknown as DataQueryRequest;
      try {
        const r = ds.query(request);
        const res: DataQueryResponse = isObservable(r) ? await lastValueFrom(r) : await lastValueFrom(from(r));
        return durationsOfFrames((res.data ?? []) as DataFrame[]);
      } catch {
        return new Map<string, number>();
      }
    })
  );
  for (const m of answers) {
    m.forEach((v, k) => all.set(k, v));
  }
  return all;
}
