/**
 * A client for Pyroscope's `querier.v1.QuerierService` over the Connect protocol.
 *
 * A Connect unary call is `POST /<package>.<Service>/<Method>` with a binary protobuf
 * (`application/proto`) or JSON (`application/json`) body; errors come back as a non-2xx status
 * with a JSON body `{"code","message"}`. Messages are encoded and decoded with code generated
 * ahead of time by protoc-gen-es (no eval, no run-time code generation); the flame graph answers
 * take a hand-written fast path straight into typed arrays (flamegraphWire.ts).
 *
 * The transport is injected: the datasource passes one built on Grafana's backend service (through
 * the data source proxy), tests and the sandbox pass their own.
 */
import { create, fromBinary, toBinary, DescMessage, MessageShape, MessageInitShape } from '@bufbuild/protobuf';
import { CallTree } from '../tree/callTree';
import { treeFromFlamebearer, treesFromDiffFlamebearer } from '../formats/flamebearer';
import { FlamelensError } from '../errors';
import {
  DiffRequestSchema,
  ProfileFormat,
  ProfileTypesRequestSchema,
  ProfileTypesResponseSchema,
  SelectMergeStacktracesRequestSchema,
  SelectMergeStacktracesResponseSchema,
  HeatmapQueryType,
  SelectHeatmapRequestSchema,
  SelectHeatmapResponseSchema,
  SelectSeriesRequestSchema,
  SelectSeriesResponseSchema,
  SeriesRequestSchema,
  SeriesResponseSchema,
} from './gen/querier/v1/querier_pb';
import {
  LabelNamesRequestSchema,
  LabelNamesResponseSchema,
  LabelValuesRequestSchema,
  LabelValuesResponseSchema,
  ExemplarType,
  type Exemplar as WireExemplar,
} from './gen/types/v1/types_pb';
import { decodeMergeResponse } from './flamegraphWire';
import { decodeSeriesResponse } from './seriesWire';
import { exemplarColumns } from './exemplarColumns';
import type { FunctionTable } from '../pprof/functionTable';

/** A server's function table: maybe only the first rows of `totalFunctions`. */
export interface ServerFunctionTable extends FunctionTable {
  totalFunctions: number;
}
import { GetFeatureFlagsRequestSchema, GetFeatureFlagsResponseSchema } from './gen/capabilities/v1/feature_flags_pb';
import type {
  LabelPair,
  ProfileType,
  SelectMergeStacktracesParams,
  SelectSeriesParams,
  SelectHeatmapParams,
  Series,
  HeatmapSeries,
  Exemplar,
  TimeRangeMs,
} from './types';

export const QUERIER = 'querier.v1.QuerierService';
export const CAPABILITIES = 'capabilities.v1.FeatureFlagsService';

export type Encoding = 'proto' | 'json';

export interface ConnectRequest {
  /** `/querier.v1.QuerierService/<Method>` */
  path: string;
  body: Uint8Array | string;
  contentType: 'application/proto' | 'application/json';
}

/** Sends one Connect unary call and resolves with the raw response body. */
export type ConnectTransport = (req: ConnectRequest) => Promise<Uint8Array | string>;

/** A Connect error answer, or an HTTP failure on the way to the server. */
export class ConnectError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ConnectError';
    this.status = status;
    this.code = code;
  }
}

/** The JSON encoding, loaded only by a client that speaks it (see jsonCodec.ts). */
const json = () => import('./jsonCodec');

function asText(body: Uint8Array | string): string {
  return typeof body === 'string' ? body : new TextDecoder().decode(body);
}

function asBytes(body: Uint8Array | string): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

function malformed(method: string, e: unknown): ConnectError {
  return new ConnectError(
    200,
    'malformed_response',
    `${method}: the server's answer could not be decoded (${(e as Error).message}); is the URL a Pyroscope server?`
  );
}

const labelPair = (l: LabelPair): LabelPair => ({ name: l.name, value: l.value });

const exemplarOf = (e: WireExemplar): Exemplar => ({
  timestamp: Number(e.timestamp),
  profileId: e.profileId,
  spanId: e.spanId,
  traceId: e.traceId,
  value: Number(e.value),
  labels: e.labels.map(labelPair),
});

const big = (n: number | undefined) => {
  if (n !== undefined && !Number.isFinite(n)) {
    throw new ConnectError(0, 'invalid_argument', `invalid time or number in the query (${n}): check the time range`);
  }
  return BigInt(Math.trunc(n ?? 0));
};

/** The fields SelectSeries and SelectHeatmap requests share: the query, its range, step, groups, top N. */
function stepQueryInit(p: SelectSeriesParams | SelectHeatmapParams) {
  return {
    profileTypeID: p.profileTypeID,
    labelSelector: p.labelSelector,
    start: big(p.start),
    end: big(p.end),
    step: p.step,
    groupBy: p.groupBy ?? [],
    ...(p.limit ? { limit: big(p.limit) } : {}),
  };
}

export class PyroscopeClient {
  constructor(
    private readonly transport: ConnectTransport,
    readonly encoding: Encoding = 'proto'
  ) {}

  /** One unary call: a querier method by name, or any service's as "package.Service/Method". */
  async call<I extends DescMessage, O extends DescMessage>(
    method: string,
    reqSchema: I,
    init: MessageInitShape<I>,
    resSchema: O
  ): Promise<MessageShape<O>> {
    const raw = await this.send(method, reqSchema, init);
    const codec = this.encoding === 'json' ? await json() : undefined;
    try {
      return codec ? codec.decodeJson(resSchema, asText(raw)) : fromBinary(resSchema, asBytes(raw));
    } catch (e) {
      throw malformed(method, e);
    }
  }

  private async send<I extends DescMessage>(
    method: string,
    reqSchema: I,
    init: MessageInitShape<I>
  ): Promise<Uint8Array | string> {
    const msg = create(reqSchema, init);
    // "Method" is the querier's; "package.Service/Method" any other service's.
    const path = method.includes('/') ? `/${method}` : `/${QUERIER}/${method}`;
    return this.transport(
      this.encoding === 'proto'
        ? { path, body: toBinary(reqSchema, msg), contentType: 'application/proto' }
        : { path, body: (await json()).encodeJson(reqSchema, msg), contentType: 'application/json' }
    );
  }

  /**
   * The server's feature flags by name (enabled or not); undefined for a server without the
   * capabilities service — it answers Unimplemented, or a plain 404 — which is
   * an older server, not an error.
   */
  async featureFlags(): Promise<Record<string, boolean> | undefined> {
    try {
      const r = await this.call(
        `${CAPABILITIES}/GetFeatureFlags`,
        GetFeatureFlagsRequestSchema,
        {},
        GetFeatureFlagsResponseSchema
      );
      return Object.fromEntries(r.featureFlags.map((f) => [f.name, f.enabled]));
    } catch (e) {
      if (e instanceof ConnectError && (e.code === 'unimplemented' || e.status === 404)) {
        return undefined;
      }
      throw e;
    }
  }

  async profileTypes(range?: TimeRangeMs): Promise<ProfileType[]> {
    const r = await this.call(
      'ProfileTypes',
      ProfileTypesRequestSchema,
      range ? { start: big(range.start), end: big(range.end) } : {},
      ProfileTypesResponseSchema
    );
    return r.profileTypes.map((t) => ({
      ID: t.ID,
      name: t.name,
      sampleType: t.sampleType,
      sampleUnit: t.sampleUnit,
      periodType: t.periodType,
      periodUnit: t.periodUnit,
    }));
  }

  async labelNames(matchers: string[], range: TimeRangeMs): Promise<string[]> {
    const r = await this.call(
      'LabelNames',
      LabelNamesRequestSchema,
      { matchers, start: big(range.start), end: big(range.end) },
      LabelNamesResponseSchema
    );
    return r.names;
  }

  async labelValues(name: string, matchers: string[], range: TimeRangeMs): Promise<string[]> {
    const r = await this.call(
      'LabelValues',
      LabelValuesRequestSchema,
      { name, matchers, start: big(range.start), end: big(range.end) },
      LabelValuesResponseSchema
    );
    return r.names;
  }

  /** Label sets of the series matching `matchers`, limited to `labelNames` when given. */
  async series(matchers: string[], labelNames: string[], range: TimeRangeMs): Promise<LabelPair[][]> {
    const r = await this.call(
      'Series',
      SeriesRequestSchema,
      { matchers, labelNames, start: big(range.start), end: big(range.end) },
      SeriesResponseSchema
    );
    return r.labelsSet.map((l) => l.labels.map((p) => ({ name: p.name, value: p.value })));
  }

  private mergeInit(
    p: SelectMergeStacktracesParams,
    format: ProfileFormat,
    functionsLimit?: number
  ): MessageInitShape<typeof SelectMergeStacktracesRequestSchema> {
    return {
      ...(functionsLimit !== undefined ? { formatOptions: { functions: { limit: big(functionsLimit) } } } : {}),
      profileTypeID: p.profileTypeID,
      labelSelector: p.labelSelector,
      start: big(p.start),
      end: big(p.end),
      ...(p.maxNodes ? { maxNodes: big(p.maxNodes) } : {}),
      format,
      spanSelector: p.spanSelector ?? [],
      profileIdSelector: p.profileIdSelector ?? [],
      traceIdSelector: p.traceIdSelector ?? [],
      ...(p.stackTraceSelector?.length
        ? { stackTraceSelector: { callSite: p.stackTraceSelector.map((name) => ({ name })) } }
        : {}),
    };
  }

  /** The merged flame graph of a query; undefined when the server has no data for it. */
  async selectMergeStacktraces(p: SelectMergeStacktracesParams): Promise<CallTree | undefined> {
    const raw = await this.send(
      'SelectMergeStacktraces',
      SelectMergeStacktracesRequestSchema,
      this.mergeInit(p, ProfileFormat.FLAMEGRAPH)
    );
    try {
      if (this.encoding === 'proto') {
        const fg = decodeMergeResponse(asBytes(raw)).flamegraph;
        return fg && fg.levels.length > 0 ? treeFromFlamebearer(fg.names, fg.levels) : undefined;
      }
      return (await json()).flameGraphJsonToTree(asText(raw));
    } catch (e) {
      if (e instanceof FlamelensError) {
        throw new ConnectError(200, 'malformed_response', `SelectMergeStacktraces: ${e.message}`);
      }
      throw malformed('SelectMergeStacktraces', e);
    }
  }

  /** The full merged profile of a query as raw (uncompressed) pprof bytes, every stack included. */
  async selectMergeProfile(p: SelectMergeStacktracesParams): Promise<Uint8Array | undefined> {
    const init = this.mergeInit({ ...p, maxNodes: undefined }, ProfileFormat.PPROF);
    if (this.encoding === 'proto') {
      const raw = await this.send('SelectMergeStacktraces', SelectMergeStacktracesRequestSchema, init);
      try {
        return decodeMergeResponse(asBytes(raw)).pprof;
      } catch (e) {
        throw malformed('SelectMergeStacktraces', e);
      }
    }
    const r = await this.call(
      'SelectMergeStacktraces',
      SelectMergeStacktracesRequestSchema,
      init,
      SelectMergeStacktracesResponseSchema
    );
    return r.pprof?.profile;
  }

  /**
   * The exact function table of a query (PROFILE_FORMAT_FUNCTIONS; only servers reporting the
   * functionProjections flag have it): every function's self and total, largest self first,
   * `limit` rows at most (0: the server's default).
   */
  async selectFunctions(p: SelectMergeStacktracesParams, limit: number): Promise<ServerFunctionTable> {
    const r = await this.call(
      'SelectMergeStacktraces',
      SelectMergeStacktracesRequestSchema,
      this.mergeInit({ ...p, maxNodes: undefined }, ProfileFormat.FUNCTIONS, limit),
      SelectMergeStacktracesResponseSchema
    );
    const rows = r.functions?.functions ?? [];
    return {
      names: rows.map((f) => f.name),
      self: Float64Array.from(rows, (f) => Number(f.self)),
      total: Float64Array.from(rows, (f) => Number(f.total)),
      grandTotal: Number(r.functions?.total ?? 0),
      totalFunctions: Number(r.functions?.totalFunctions ?? rows.length),
    };
  }

  async selectSeries(p: SelectSeriesParams): Promise<Series[]> {
    const init = {
      ...stepQueryInit(p),
      ...(p.aggregation === 'average' ? { aggregation: 1 } : {}),
      ...(p.exemplars ? { exemplarType: ExemplarType.INDIVIDUAL } : {}),
    };
    if (this.encoding === 'proto') {
      // The fast path: a day of points with an exemplar each is tens of thousands of messages.
      const raw = await this.send('SelectSeries', SelectSeriesRequestSchema, init);
      try {
        return decodeSeriesResponse(asBytes(raw));
      } catch (e) {
        throw malformed('SelectSeries', e);
      }
    }
    const r = await this.call('SelectSeries', SelectSeriesRequestSchema, init, SelectSeriesResponseSchema);
    return r.series.map((s) => {
      const exemplars = s.points.flatMap((pt) => pt.exemplars.map(exemplarOf));
      return {
        labels: s.labels.map(labelPair),
        points: s.points.map((pt) => ({ value: pt.value, timestamp: Number(pt.timestamp) })),
        ...(exemplars.length > 0 ? { exemplars: exemplarColumns(exemplars) } : {}),
      };
    });
  }

  /**
   * Pyroscope 2's heatmap of a query: per time slot, how many profiles (or spans) fall in each
   * value bucket. A server without v2 storage answers Unimplemented (a ConnectError, code
   * "unimplemented"): the caller explains rather than fails.
   */
  async selectHeatmap(p: SelectHeatmapParams): Promise<HeatmapSeries[]> {
    const span = p.kind === 'span';
    const r = await this.call(
      'SelectHeatmap',
      SelectHeatmapRequestSchema,
      {
        ...stepQueryInit(p),
        queryType: span ? HeatmapQueryType.SPAN : HeatmapQueryType.INDIVIDUAL,
        exemplarType: !p.exemplars ? ExemplarType.NONE : span ? ExemplarType.SPAN : ExemplarType.INDIVIDUAL,
      },
      SelectHeatmapResponseSchema
    );
    return r.series.map((s) => ({
      labels: s.labels.map(labelPair),
      slots: s.slots.map((slot) => ({
        timestamp: Number(slot.timestamp),
        yMin: slot.yMin,
        counts: slot.counts,
        exemplars: slot.exemplars.map(exemplarOf),
      })),
    }));
  }

  /** Pyroscope's diff of two queries, as two trees aligned node for node; undefined without data. */
  async diff(
    left: SelectMergeStacktracesParams,
    right: SelectMergeStacktracesParams
  ): Promise<{ left: CallTree; right: CallTree } | undefined> {
    const init = {
      left: this.mergeInit(left, ProfileFormat.FLAMEGRAPH),
      right: this.mergeInit(right, ProfileFormat.FLAMEGRAPH),
    };
    const raw = await this.send('Diff', DiffRequestSchema, init);
    try {
      let names: string[];
      let levels: Array<ArrayLike<number | string>>;
      if (this.encoding === 'proto') {
        const fg = decodeMergeResponse(asBytes(raw)).flamegraph;
        if (!fg || fg.levels.length === 0) {
          return undefined;
        }
        names = fg.names;
        levels = fg.levels;
      } else {
        const fg = (await json()).diffLevelsJson(asText(raw));
        if (!fg) {
          return undefined;
        }
        names = fg.names;
        levels = fg.levels;
      }
      return treesFromDiffFlamebearer(names, levels);
    } catch (e) {
      if (e instanceof FlamelensError) {
        throw new ConnectError(200, 'malformed_response', `Diff: ${e.message}`);
      }
      throw malformed('Diff', e);
    }
  }
}
