/**
 * The link from a trace to its profile. Grafana's trace view shows span-level profile links
 * (grafana/traceview/details) only from its own Profiles Drilldown app, so Flamelens adds a
 * trace-level action at grafana/traceview/header/actions, which any app plugin may extend. The
 * context Grafana passes is the trace (times in microseconds) plus its data source.
 */
import { exploreHref } from '../src/contract/explore';
import { literalMatcher, printSelector } from '../src/selector/selector';

export interface TraceSpan {
  spanID: string;
  traceID?: string;
  operationName?: string;
  parentSpanID?: string;
  startTime: number;
  duration: number;
  process?: { serviceName?: string };
}

export interface TraceContext {
  traceID: string;
  spans: TraceSpan[];
  /** Microseconds since the epoch. */
  startTime: number;
  endTime: number;
  datasource?: { name?: string; uid?: string; type?: string };
}

export interface ProfileDataSource {
  uid: string;
  type: string;
  jsonData?: { traceProfileTypeId?: string };
}

export const DATASOURCE_TYPE = 'flamelens-profiles-datasource';
export const DEFAULT_PROFILE_TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
/** Profiles are sampled over intervals; a margin catches the samples a span's time overlaps. */
const MARGIN_MS = 60_000;

/** The Explore URL of the trace's profile, or undefined when there is nothing to link to. */
export function traceProfilePath(ctx: TraceContext | undefined, ds: ProfileDataSource | undefined): string | undefined {
  if (!ctx || !ds || !Array.isArray(ctx.spans) || ctx.spans.length === 0) {
    return undefined;
  }
  const spanIds = [...new Set(ctx.spans.map((s) => s.spanID).filter((id) => /^[0-9a-f]{16}$/i.test(id)))];
  if (spanIds.length === 0) {
    return undefined;
  }
  const root = ctx.spans.find((s) => !s.parentSpanID) ?? ctx.spans[0];
  const service = root.process?.serviceName;
  const from = Math.floor(ctx.startTime / 1000) - MARGIN_MS;
  const to = Math.ceil(ctx.endTime / 1000) + MARGIN_MS;
  const query = {
    refId: 'A',
    datasource: { type: ds.type, uid: ds.uid },
    queryType: 'profile',
    profileTypeId: ds.jsonData?.traceProfileTypeId || DEFAULT_PROFILE_TYPE,
    labelSelector: service ? printSelector([literalMatcher('service_name', '=', service)]) : '{}',
    spanSelector: spanIds,
    groupBy: [],
  };
  return exploreHref('profile', {
    datasource: ds.uid,
    queries: [query],
    range: { from: String(from), to: String(to) },
  });
}

/** The first Flamelens datasource among Grafana's configured data sources. */
export function findDataSource(
  all: Record<string, { uid: string; type: string; jsonData?: object }> | undefined
): ProfileDataSource | undefined {
  const found: object | undefined = Object.values(all ?? {}).find((d) => d.type === DATASOURCE_TYPE);
  return found as ProfileDataSource | undefined;
}
