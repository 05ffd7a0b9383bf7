/**
 * The Pyroscope-compatible API of the sandbox: ingest (/ingest, Push), the querier methods the
 * datasource uses, and a small span store for the demo. Tenants come from X-Scope-OrgID; with
 * multi-tenancy on, a request without one is refused with 401 as Pyroscope refuses it.
 */
import * as http from 'http';
import * as path from 'path';
import { DescMessage } from '@bufbuild/protobuf';
import { ProfileStore } from './store';
import { MAX_SPANS, type Span, SpanStore, spanProblem } from './spans';
import { DEFAULT_MAX_PROFILE_BYTES, parseIngest, IngestError, TooLarge } from './ingest';
import { tenantProblem } from './tenant';
import { DEFAULT_FEATURE_FLAGS, featureFlagsReply, type FeatureFlags } from './featureFlags';
import { Clock, systemClock } from '../../src/time/clock';
import { ConnectFailure, decodeRequest, encodingOf, errorReply, rawReply, reply, Reply, Encoding } from './connect';
import * as q from './querier';
import { exemplarKind, exemplarMessage } from './exemplars';
import { heatmapReply } from './heatmapApi';
import { mergedPprof } from './mergedPprof';
import { vcsService } from './vcsApi';
import { GitForge } from './gitForge';
import { GitSessions } from './gitSessions';
import { DEFAULT_REPOSITORY_URL } from './config';
import { singleLevels, diffLevels, flameGraphResponseJson, flameGraphResponseProto } from './encodeFlamegraph';
import { decodeInflatedPprof, inflatePprof } from '../../src/pprof/decode';
import { FlamelensError } from '../../src/errors';
import type { CallTree } from '../../src/tree/callTree';
import { topTable } from '../../src/tree/top';
import {
  DiffRequestSchema,
  ProfileFormat,
  ProfileTypesRequestSchema,
  ProfileTypesResponseSchema,
  SelectMergeStacktracesRequest,
  SelectMergeStacktracesRequestSchema,
  SelectMergeStacktracesResponseSchema,
  SelectSeriesRequestSchema,
  SelectSeriesResponseSchema,
  SeriesRequestSchema,
  SeriesResponseSchema,
} from '../../src/pyroscope/gen/querier/v1/querier_pb';
import {
  LabelNamesRequestSchema,
  LabelNamesResponseSchema,
  LabelValuesRequestSchema,
  LabelValuesResponseSchema,
  TimeSeriesAggregationType,
} from '../../src/pyroscope/gen/types/v1/types_pb';
import { PushRequestSchema, PushResponseSchema } from '../../src/pyroscope/gen/push/v1/push_pb';

export const ANONYMOUS_TENANT = 'anonymous';
/** The largest request body read; a bigger one is answered 413 without being held in memory. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface ApiOptions {
  store: ProfileStore;
  spans: SpanStore;
  multitenant: boolean;
  /** "Now" for requests that leave their range open and for ingests without a time. */
  now?: Clock;
  /** The largest profile accepted, uncompressed (see DEFAULT_MAX_PROFILE_BYTES). */
  maxProfileBytes?: number;
  /** Where failures the client should not see the details of are logged. */
  log?: (message: string) => void;
  /** What GetFeatureFlags answers; 'unimplemented' emulates a server without the service. */
  featureFlags?: FeatureFlags;
  /**
   * The source service's forge: a git repository (default: the one holding the sandbox) and the
   * URL profiles name it by (default DEFAULT_REPOSITORY_URL).
   */
  vcs?: { root?: string; repositoryURL?: string };
}

/** How many profiles of the largest size one Push may hold, inflated, before it is refused. */
const PUSH_INFLATED_PROFILES = 4;

const sampleFailure = (series: number, sample: number, e: unknown) =>
  new ConnectFailure(
    'invalid_argument',
    `series ${series}, sample ${sample}: ${e instanceof FlamelensError ? e.message : String(e)}`
  );

/** A request body too large to read. */
class BodyTooLarge extends Error {}

/**
 * Reads a request body of at most MAX_BODY_BYTES. Past the limit the rest is read and dropped (so
 * the client gets the 413, not a reset connection), up to as much again; then the connection is cut.
 */
function readBody(req: http.IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > MAX_BODY_BYTES;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        over = true;
        chunks.length = 0;
      }
      if (size > 2 * MAX_BODY_BYTES) {
        req.destroy();
        reject(new BodyTooLarge());
      } else if (!over) {
        chunks.push(c);
      }
    });
    req.on('end', () => (over ? reject(new BodyTooLarge()) : resolve(new Uint8Array(Buffer.concat(chunks)))));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, r: Reply): void {
  res.writeHead(r.status, { 'Content-Type': r.contentType });
  res.end(typeof r.body === 'string' ? r.body : Buffer.from(r.body.buffer, r.body.byteOffset, r.body.length));
}

function mergeParams(m: SelectMergeStacktracesRequest): q.MergeParams {
  return {
    profileTypeID: m.profileTypeID,
    labelSelector: m.labelSelector,
    start: Number(m.start),
    end: Number(m.end),
    spanSelector: m.spanSelector,
    profileIdSelector: m.profileIdSelector,
    traceIdSelector: m.traceIdSelector,
    callSite: m.stackTraceSelector?.callSite.map((l) => l.name),
  };
}

type Handler = (scope: q.QueryScope, enc: Encoding, body: Uint8Array) => Reply;

/** Rows of a function table when the request sets no limit (Pyroscope's PR leaves it to the server). */
export const DEFAULT_FUNCTION_ROWS = 1000;

/**
 * PROFILE_FORMAT_FUNCTIONS: exact self and total per function of the whole merged profile, largest
 * self first (ties by name), as a server with the functionProjections flag answers; Unimplemented
 * without the flag, as v1 and mixed-storage servers answer.
 */
function functionsReply(flags: FeatureFlags, enc: Encoding, tree: CallTree, limit: number): Reply {
  if (flags === 'unimplemented' || !flags.functionProjections) {
    throw new ConnectFailure(
      'unimplemented',
      'format FUNCTIONS needs the functionProjections feature flag (v2 storage); ask for PPROF and compute the table'
    );
  }
  const rows = topTable(tree, 'self');
  rows.sort((a, b) => b.self - a.self || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const shown = rows.slice(0, limit > 0 ? limit : DEFAULT_FUNCTION_ROWS);
  return reply(SelectMergeStacktracesResponseSchema, enc, {
    functions: {
      functions: shown.map((f) => ({ name: f.name, self: BigInt(f.self), total: BigInt(f.total) })),
      total: BigInt(tree.total[0]),
      totalFunctions: BigInt(rows.length),
    },
  });
}

export function createApi(opts: ApiOptions): http.RequestListener {
  const { store, spans } = opts;
  const now = opts.now ?? systemClock;
  const maxProfileBytes = opts.maxProfileBytes ?? DEFAULT_MAX_PROFILE_BYTES;
  const featureFlags = opts.featureFlags ?? DEFAULT_FEATURE_FLAGS;
  const log = opts.log ?? ((m: string) => console.error(m));
  const vcsRoot = opts.vcs?.root ?? path.resolve(__dirname, '../..');
  const vcs = vcsService({
    repositoryURL: opts.vcs?.repositoryURL ?? DEFAULT_REPOSITORY_URL,
    forge: new GitForge(vcsRoot),
    sessions: new GitSessions(now),
  });
  const decode = <T extends DescMessage>(schema: T, enc: Encoding, body: Uint8Array) =>
    decodeRequest(schema, enc, body);

  const querier: Record<string, Handler> = {
    ProfileTypes: (t, enc, body) => {
      const r = decode(ProfileTypesRequestSchema, enc, body);
      const end = Number(r.end) || now();
      const start = Number(r.start) || end - 3600e3;
      return reply(ProfileTypesResponseSchema, enc, { profileTypes: q.profileTypes(store, t, start, end) });
    },
    LabelNames: (t, enc, body) => {
      const r = decode(LabelNamesRequestSchema, enc, body);
      return reply(LabelNamesResponseSchema, enc, {
        names: q.labelNames(store, t, r.matchers, Number(r.start), Number(r.end) || now()),
      });
    },
    LabelValues: (t, enc, body) => {
      const r = decode(LabelValuesRequestSchema, enc, body);
      return reply(LabelValuesResponseSchema, enc, {
        names: q.labelValues(store, t, r.name, r.matchers, Number(r.start), Number(r.end) || now()),
      });
    },
    Series: (t, enc, body) => {
      const r = decode(SeriesRequestSchema, enc, body);
      const sets = q.series(store, t, r.matchers, r.labelNames, Number(r.start), Number(r.end) || now());
      return reply(SeriesResponseSchema, enc, { labelsSet: sets.map((labels) => ({ labels })) });
    },
    SelectMergeStacktraces: (t, enc, body) => {
      const r = decode(SelectMergeStacktracesRequestSchema, enc, body);
      const params = mergeParams(r);
      if (r.format === ProfileFormat.PPROF) {
        return reply(SelectMergeStacktracesResponseSchema, enc, { pprof: { profile: mergedPprof(store, t, params) } });
      }
      if (r.format === ProfileFormat.FUNCTIONS) {
        return functionsReply(
          featureFlags,
          enc,
          q.mergedTree(store, t, params),
          Number(r.formatOptions?.functions?.limit ?? 0)
        );
      }
      if (r.format === ProfileFormat.TREE || r.format === ProfileFormat.DOT) {
        throw new ConnectFailure(
          'unimplemented',
          'formats TREE and DOT are not served by the sandbox; use FLAMEGRAPH or PPROF'
        );
      }
      const tree = q.selectMergeStacktraces(
        store,
        t,
        params,
        r.maxNodes === undefined ? undefined : Number(r.maxNodes)
      );
      const levels = tree.total[0] === 0 && tree.count === 1 ? undefined : singleLevels(tree);
      return rawReply(
        enc,
        () => flameGraphResponseProto(levels),
        () => flameGraphResponseJson(levels)
      );
    },
    SelectSeries: (t, enc, body) => {
      const r = decode(SelectSeriesRequestSchema, enc, body);
      const series = q.selectSeries(store, t, {
        profileTypeID: r.profileTypeID,
        labelSelector: r.labelSelector,
        start: Number(r.start),
        end: Number(r.end),
        step: r.step,
        groupBy: r.groupBy,
        limit: r.limit === undefined ? undefined : Number(r.limit),
        aggregation: r.aggregation === TimeSeriesAggregationType.AVERAGE ? 'average' : 'sum',
        exemplars: exemplarKind(r.exemplarType),
      });
      return reply(SelectSeriesResponseSchema, enc, {
        series: series.map((s) => ({
          labels: s.labels,
          points: s.points.map((p) => ({
            value: p.value,
            timestamp: BigInt(p.timestamp),
            exemplars: (p.exemplars ?? []).map(exemplarMessage),
          })),
        })),
      });
    },
    SelectHeatmap: (t, enc, body) => heatmapReply(featureFlags, store, t, enc, body),
    Diff: (t, enc, body) => {
      const r = decode(DiffRequestSchema, enc, body);
      if (!r.left || !r.right) {
        throw new ConnectFailure('invalid_argument', 'Diff needs both left and right queries');
      }
      const maxNodes = r.left.maxNodes === undefined ? undefined : Number(r.left.maxNodes);
      const d = q.diff(store, t, mergeParams(r.left), mergeParams(r.right), maxNodes);
      const levels = d.left.total[0] === 0 && d.right.total[0] === 0 ? undefined : diffLevels(d.left, d.right);
      return rawReply(
        enc,
        () => flameGraphResponseProto(levels),
        () => flameGraphResponseJson(levels)
      );
    },
  };

  const push: Handler = (t, enc, body) => {
    const r = decode(PushRequestSchema, enc, body);
    // Validate every profile before storing any: a corrupt upload leaves the store untouched. What
    // they inflate to together is bounded, so a small body of many gzip bombs cannot exhaust memory.
    const maxPushBytes = PUSH_INFLATED_PROFILES * maxProfileBytes;
    let inflatedTotal = 0;
    const decoded = r.series.map((s, i) => {
      const labels = Object.fromEntries(s.labels.map((l) => [l.name, l.value]));
      if (!labels.__name__) {
        throw new ConnectFailure('invalid_argument', `series ${i} has no __name__ label naming the profile type`);
      }
      labels.service_name ??= labels.app_name ?? 'unknown_service';
      return {
        labels,
        samples: s.samples.map((sample, j) => {
          let inflated: Uint8Array;
          try {
            inflated = inflatePprof(sample.rawProfile, { maxBytes: maxProfileBytes });
          } catch (e) {
            throw sampleFailure(i, j, e);
          }
          inflatedTotal += inflated.length;
          if (inflatedTotal > maxPushBytes) {
            throw new TooLarge(
              `the profiles of this push inflate past ${maxPushBytes} bytes together (at series ${i}, sample ${j}): push them in smaller batches`
            );
          }
          try {
            return { bytes: sample.rawProfile, profile: decodeInflatedPprof(inflated) };
          } catch (e) {
            throw sampleFailure(i, j, e);
          }
        }),
      };
    });
    for (const s of decoded) {
      for (const { bytes, profile } of s.samples) {
        const start = profile.timeNanos ? Math.floor(profile.timeNanos / 1e6) : now();
        store.add(t.tenant, s.labels, start, start + Math.floor(profile.durationNanos / 1e6), bytes, profile);
      }
    }
    return reply(PushResponseSchema, enc, {});
  };

  return (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sandbox');
      try {
        if (req.method === 'GET' && url.pathname === '/ready') {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end('ready\n');
          return;
        }
        const headerTenant = req.headers['x-scope-orgid'];
        const tenant =
          (Array.isArray(headerTenant) ? headerTenant[0] : headerTenant)?.trim() ||
          (opts.multitenant ? '' : ANONYMOUS_TENANT);
        if (!tenant) {
          send(res, errorReply('unauthenticated', 'no org id: set the X-Scope-OrgID header (multi-tenancy is on)'));
          return;
        }
        const badTenant = tenantProblem(tenant);
        if (badTenant) {
          send(res, errorReply('invalid_argument', `X-Scope-OrgID: ${badTenant}`));
          return;
        }
        // Label names as ingested only for a client that opts in, on a server that has them.
        const optedIn = /allow-utf8-labelnames=true/.test(req.headers.accept ?? '');
        const scope: q.QueryScope = {
          tenant,
          utf8LabelNames: optedIn && featureFlags !== 'unimplemented' && featureFlags.utf8LabelNames === true,
        };
        if (url.pathname === '/flamelens/spans') {
          if (req.method === 'GET') {
            send(res, {
              status: 200,
              contentType: 'application/json',
              body: JSON.stringify(
                spans.list(tenant, {
                  service: url.searchParams.get('service') ?? undefined,
                  traceId: url.searchParams.get('traceId') ?? undefined,
                  limit: Number(url.searchParams.get('limit')) || undefined,
                })
              ),
            });
            return;
          }
          const body: unknown = JSON.parse(new TextDecoder().decode(await readBody(req)));
          const list = Array.isArray(body) ? body : [body];
          if (list.length > MAX_SPANS) {
            throw new TooLarge(`${list.length} spans in one request: send at most ${MAX_SPANS}`);
          }
          const bad = list.map(spanProblem).findIndex((p) => p !== undefined);
          if (bad >= 0) {
            throw new ConnectFailure('invalid_argument', `span ${bad}: ${spanProblem(list[bad])}; nothing was stored`);
          }
          spans.add(tenant, list as Span[]); // each was checked by spanProblem above
          send(res, { status: 200, contentType: 'application/json', body: '{}' });
          return;
        }
        if (req.method !== 'POST') {
          // A path served by POST answers 405 saying so, as HTTP servers do; anything else is not here.
          const postOnly =
            ['/ingest', '/pyroscope/ingest', '/push.v1.PusherService/Push'].includes(url.pathname) ||
            /^\/(querier\.v1\.QuerierService|capabilities\.v1\.FeatureFlagsService|vcs\.v1\.VCSService)\//.test(
              url.pathname
            );
          send(
            res,
            postOnly
              ? { ...errorReply('unimplemented', `${url.pathname} takes POST, not ${req.method}`), status: 405 }
              : errorReply('not_found', `${req.method} ${url.pathname} is not served here`)
          );
          return;
        }
        const body = await readBody(req);
        if (url.pathname === '/ingest' || url.pathname === '/pyroscope/ingest') {
          const parsed = parseIngest(url.searchParams, req.headers['content-type'] ?? '', body, now(), maxProfileBytes);
          store.add(tenant, parsed.labels, parsed.startMs, parsed.endMs, parsed.bytes, parsed.profile);
          res.writeHead(200);
          res.end();
          return;
        }
        if (url.pathname === '/push.v1.PusherService/Push') {
          send(res, push(scope, encodingOf(req.headers['content-type']), body));
          return;
        }
        if (url.pathname === '/capabilities.v1.FeatureFlagsService/GetFeatureFlags') {
          send(res, featureFlagsReply(featureFlags, encodingOf(req.headers['content-type'])));
          return;
        }
        const v = /^\/vcs\.v1\.VCSService\/(\w+)$/.exec(url.pathname);
        if (v) {
          send(res, await vcs(v[1], req.headers.cookie, encodingOf(req.headers['content-type']), body));
          return;
        }
        const m = /^\/querier\.v1\.QuerierService\/(\w+)$/.exec(url.pathname);
        // Own methods only: "constructor" or "toString" is not a method of the service.
        const handler = m && Object.hasOwn(querier, m[1]) ? querier[m[1]] : undefined;
        if (!handler) {
          send(res, errorReply('unimplemented', `${url.pathname} is not a method this server implements`));
          return;
        }
        send(res, handler(scope, encodingOf(req.headers['content-type']), body));
      } catch (e) {
        if (e instanceof ConnectFailure) {
          send(res, errorReply(e.code, e.message));
        } else if (e instanceof q.QueryError) {
          send(res, errorReply(e.code, e.message));
        } else if (e instanceof IngestError || e instanceof SyntaxError) {
          send(res, errorReply('invalid_argument', e.message));
        } else if (e instanceof TooLarge) {
          send(res, { ...errorReply('resource_exhausted', e.message), status: 413 });
        } else if (e instanceof BodyTooLarge) {
          send(res, {
            ...errorReply('resource_exhausted', `request body over ${MAX_BODY_BYTES} bytes: send smaller profiles`),
            status: 413,
          });
        } else {
          // The details (a stack, a file path) go to the log, not to the client.
          log(`api: ${req.method} ${url.pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          send(res, errorReply('internal', 'internal error in the sandbox server (details in its log)'));
        }
      }
    })();
  };
}
