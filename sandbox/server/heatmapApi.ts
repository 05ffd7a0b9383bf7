/**
 * querier.v1.QuerierService/SelectHeatmap on the wire: the v2-storage gate, the request checked
 * (each refusal invalid_argument, naming what was expected) and the answer encoded. The heatmap
 * itself is heatmap.ts.
 */
import { ConnectFailure, decodeRequest, reply, type Encoding, type Reply } from './connect';
import type { FeatureFlags } from './featureFlags';
import { QueryError, type QueryScope } from './querier';
import { ProfileStore } from './store';
import { exemplarKind, exemplarMessage } from './exemplars';
import { selectHeatmap, type HeatmapParams } from './heatmap';
import {
  HeatmapQueryType,
  SelectHeatmapRequestSchema,
  SelectHeatmapResponseSchema,
  type SelectHeatmapRequest,
} from '../../src/pyroscope/gen/querier/v1/querier_pb';
import { ExemplarType } from '../../src/pyroscope/gen/types/v1/types_pb';

const QUERY_KINDS: Partial<Record<HeatmapQueryType, HeatmapParams['kind']>> = {
  [HeatmapQueryType.INDIVIDUAL]: 'individual',
  [HeatmapQueryType.SPAN]: 'span',
};

/** A request checked and read: every refusal is invalid_argument, naming what was expected. */
export function heatmapParams(r: SelectHeatmapRequest): HeatmapParams {
  const bad = (message: string) => new QueryError('invalid_argument', message);
  const kind = QUERY_KINDS[r.queryType];
  if (!kind) {
    throw bad(`query_type must be INDIVIDUAL or SPAN, got ${HeatmapQueryType[r.queryType] ?? r.queryType}`);
  }
  const exemplars = exemplarKind(r.exemplarType);
  if (exemplars !== 'none' && exemplars !== kind) {
    const name = ExemplarType[r.exemplarType] ?? String(r.exemplarType);
    throw bad(
      `exemplar type ${name} does not match query type ${kind.toUpperCase()}: ask for NONE or ${kind.toUpperCase()}`
    );
  }
  if (!r.profileTypeID) {
    throw bad('profile_typeID is required');
  }
  if (!(r.step >= 0.001) || !Number.isFinite(r.step)) {
    throw bad('step must be >= 1ms');
  }
  const start = Number(r.start);
  const end = Number(r.end);
  if (start >= end) {
    throw bad(`start time must be before end time, got start=${start} end=${end}`);
  }
  const limit = r.limit === undefined ? undefined : Number(r.limit);
  if (limit !== undefined && limit < 0) {
    throw bad(`limit must be non-negative, got ${limit}`);
  }
  return {
    profileTypeID: r.profileTypeID,
    labelSelector: r.labelSelector,
    start,
    end,
    step: r.step,
    groupBy: r.groupBy,
    kind,
    exemplars: exemplars !== 'none',
    limit,
  };
}

export function heatmapReply(
  flags: FeatureFlags,
  store: ProfileStore,
  scope: QueryScope,
  enc: Encoding,
  body: Uint8Array
): Reply {
  // Served by v2 storage only: Pyroscope 1 answers Unimplemented whatever the request.
  if (flags === 'unimplemented' || !flags.v2StorageLayer) {
    throw new ConnectFailure('unimplemented', 'SelectHeatmap is only available in the v2 storage layer');
  }
  const series = selectHeatmap(store, scope, heatmapParams(decodeRequest(SelectHeatmapRequestSchema, enc, body)));
  return reply(SelectHeatmapResponseSchema, enc, {
    series: series.map((s) => ({
      labels: s.labels,
      slots: s.slots.map((slot) => ({
        timestamp: BigInt(slot.timestampMs),
        yMin: slot.yMin,
        counts: slot.counts,
        exemplars: slot.exemplars.map(exemplarMessage),
      })),
    })),
  });
}
