import type { DataQuery, DataSourceJsonData } from '@grafana/data';

/**
 * The query model. Field names and meanings match Grafana's built-in Pyroscope datasource
 * (`grafana-pyroscope-datasource`), so a dashboard can switch between the two without losing
 * anything; fields only Flamelens reads are additive.
 */
/**
 * profile, metrics and both are Grafana's built-in Pyroscope datasource's; comparison, diff and
 * tagBreakdown are Flamelens additions.
 */
export type QueryType = 'profile' | 'metrics' | 'both' | 'comparison' | 'diff' | 'tagBreakdown';

export interface FlamelensQuery extends DataQuery {
  queryType: QueryType;
  profileTypeId: string;
  labelSelector: string;
  groupBy: string[];
  limit?: number;
  maxNodes?: number;
  spanSelector?: string[];
  traceIdSelector?: string[];
  profileIdSelector?: string[];
  annotations?: boolean;

  // Flamelens additions, ignored by Grafana's built-in datasource.
  /** Baseline of a comparison or diff: its own selector (default: labelSelector). */
  baselineSelector?: string;
  /** Baseline of a comparison or diff: the range shifted back by this duration (e.g. "1h", "1d", "1w"). */
  baselineShift?: string;
  /** The label whose values a tag breakdown compares. */
  breakdownLabel?: string;
  /** Call-site frames (root first): only stacks through them, in full detail (opens up "other"). */
  stackTraceSelector?: string[];
}

export const DEFAULT_QUERY: Partial<FlamelensQuery> = {
  queryType: 'profile',
  labelSelector: '{}',
  groupBy: [],
  maxNodes: 16384,
};

export type AuthMode = 'none' | 'basic' | 'bearer';

/** Settings every viewer's browser can read (jsonData): nothing secret here. */
export interface FlamelensOptions extends DataSourceJsonData {
  /**
   * The Pyroscope URL as the data source proxy routes read it (`{{ .JsonData.url }}`): Grafana's
   * route templates see jsonData but not the data source's own URL field, so the config editor
   * keeps both in step.
   */
  url?: string;
  authMode?: AuthMode;
  /** Sent as X-Scope-OrgID by the proxy routes; one datasource per tenant. */
  tenantId?: string;
  /** Smallest series step, e.g. "15s". */
  minStep?: string;
  /** Seconds before Grafana's proxy gives up on Pyroscope (answering 504). */
  timeout?: number;
  /** The profile type the Flamelens Trace Profiles app opens traces with. */
  traceProfileTypeId?: string;
  /** Custom headers: names here, values in secureJsonData.httpHeaderValueN (Grafana's convention). */
  [key: `httpHeaderName${number}`]: string | undefined;
}

/** Secrets (secureJsonData): written by the config editor, read only by Grafana's proxy. */
export interface FlamelensSecureOptions {
  bearerToken?: string;
  basicAuthPassword?: string;
}

/** A dashboard variable query, shaped like Grafana's Pyroscope datasource's. */
export type VariableQuery =
  | { refId: string; type: 'profileType' }
  | { refId: string; type: 'label'; profileTypeId?: string; labelSelector?: string }
  | { refId: string; type: 'labelValue'; profileTypeId?: string; labelSelector?: string; labelName: string };
