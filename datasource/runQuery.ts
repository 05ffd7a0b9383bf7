/** One run of Grafana's query(): every target's frames, requests concurrent, one error for the run. */
import { LoadingState, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { PyroscopeClient } from '../src/pyroscope/client';
import type { FlamelensQuery } from '../src/contract/query';
import type { TracesTarget } from '../src/contract/timeline';
import type { LinkTarget } from './breakdownLinks';
import { proxyTransport, requestOwner } from './transport';
import { checkSelectors } from './lookups';
import { framesOf } from './queryFrames';

export interface RunSettings {
  proxyUrl: string;
  route: string;
  self: LinkTarget;
  /** The datasource's own client, for runs no panel or pane owns. */
  client: PyroscopeClient;
  minStepSeconds: number;
  traces?: TracesTarget;
  heatmaps?: () => Promise<boolean>;
  /** A target interpolated, or undefined for one the run skips (hidden, no profile type). */
  prepare: (q: FlamelensQuery) => FlamelensQuery | undefined;
}

export async function runQuery(
  request: DataQueryRequest<FlamelensQuery>,
  settings: RunSettings
): Promise<DataQueryResponse> {
  const { proxyUrl, route, self, minStepSeconds, traces, heatmaps } = settings;
  // Requests of this run carry ids tied to the panel (or Explore pane), so the next run of the
  // same panel cancels them.
  const owner = requestOwner(request);
  const client = owner
    ? new PyroscopeClient(proxyTransport(proxyUrl, route, `flamelens-${self.uid}-${owner}-`))
    : settings.client;
  const range = { start: request.range.from.valueOf(), end: request.range.to.valueOf() };
  const stepSeconds = Math.max(minStepSeconds, (request.intervalMs ?? 0) / 1000);
  const ctx = { client, range, stepSeconds, app: request.app, self, traces, heatmaps };
  try {
    const targets = request.targets
      .map(settings.prepare)
      // A profile type variable with no values yet (nothing ingested) means no data, not a 400.
      .filter((q): q is FlamelensQuery => q !== undefined && q.profileTypeId.trim() !== '');
    await checkSelectors(targets);
    const jobs = targets.flatMap((q) => framesOf(q, ctx));
    const frames = (await Promise.all(jobs)).flat();
    return { data: frames, state: LoadingState.Done };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { data: [], state: LoadingState.Error, error: { message }, errors: [{ message }] };
  }
}
