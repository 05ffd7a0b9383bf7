/** The datasource's settings: what an admin configures, and the secrets only Grafana's proxy reads. */
import type { DataSourceJsonData } from '@grafana/data';

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
  /** The tracing datasource (Tempo, Jaeger, …) every "Open trace" opens, by uid. */
  tracesDatasourceUid?: string;
  /**
   * Grafana's allowed cookies: the only browser cookies its proxy forwards to Pyroscope. Source
   * code needs pyroscope_git_session, the GitHub session Pyroscope's source service reads.
   */
  keepCookies?: string[];
  /** Where users sign in to GitHub for Pyroscope's source service (shown when they are not). */
  sourceSignInUrl?: string;
  /** Custom headers: names here, values in secureJsonData.httpHeaderValueN (Grafana's convention). */
  [key: `httpHeaderName${number}`]: string | undefined;
}

/** Secrets (secureJsonData): written by the config editor, read only by Grafana's proxy. */
export interface FlamelensSecureOptions {
  bearerToken?: string;
  basicAuthPassword?: string;
}
