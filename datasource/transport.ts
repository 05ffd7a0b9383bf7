import { getBackendSrv, FetchError, FetchResponse } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';
import { ConnectError, ConnectTransport } from '../src/pyroscope/client';

/**
 * A Connect JSON transport through Grafana's data source proxy: `<instance url>/<route>/<method>`.
 * Grafana's proxy answers an unreachable backend with a bare 502 (504 on timeout) and keeps the
 * cause in its own log; Pyroscope answers with a Connect error body `{code, message}`.
 */
export function proxyTransport(instanceUrl: string, route: string, requestIdPrefix?: string): ConnectTransport {
  return async (path, body) => {
    try {
      const response: FetchResponse<unknown> = await lastValueFrom(
        getBackendSrv().fetch<unknown>({
          url: `${instanceUrl}/${route}${path}`,
          method: 'POST',
          data: JSON.stringify(body),
          headers: { 'Content-Type': 'application/json' },
          showErrorAlert: false,
          ...(requestIdPrefix ? { requestId: `${requestIdPrefix}${path}` } : {}),
        })
      );
      return response.data;
    } catch (e) {
      throw toConnectError(e as FetchError, `${route}${path}`);
    }
  };
}

function toConnectError(e: FetchError, pathTried: string): ConnectError {
  const status = typeof e?.status === 'number' ? e.status : 0;
  const data = e?.data as { code?: string; message?: string } | string | undefined;
  const code = typeof data === 'object' && data?.code ? data.code : httpCode(status);
  const serverMessage = typeof data === 'object' && data?.message ? data.message : '';
  return new ConnectError(status, code, describeFailure(status, code, serverMessage, pathTried));
}

function httpCode(status: number): string {
  if (status === 401) {
    return 'unauthenticated';
  }
  if (status === 403) {
    return 'permission_denied';
  }
  if (status === 404) {
    return 'not_found';
  }
  if (status === 429) {
    return 'resource_exhausted';
  }
  if (status === 502 || status === 503) {
    return 'unavailable';
  }
  if (status === 504) {
    return 'deadline_exceeded';
  }
  return status === 0 ? 'unknown' : `http_${status}`;
}

/** A message that says what happened and what to change. */
export function describeFailure(status: number, code: string, serverMessage: string, pathTried: string): string {
  const suffix = serverMessage ? ` (server said: ${serverMessage})` : '';
  switch (status) {
    case 401:
    case 403:
      return `Pyroscope refused the credentials or tenant (HTTP ${status}): check the authentication settings and the tenant ID (X-Scope-OrgID)${suffix}`;
    case 404:
      return `Not a Pyroscope URL: ${pathTried} returned 404. Check that the URL points at Pyroscope's HTTP API (e.g. http://pyroscope:4040)${suffix}`;
    case 429:
      return `Pyroscope is rate limiting these queries (HTTP 429): narrow the time range or try again shortly${suffix}`;
    case 502:
      return 'Grafana could not reach the Pyroscope server (HTTP 502): check the URL, TLS and network. The cause is in Grafana\'s server log.';
    case 504:
      return 'The Pyroscope server did not answer in time (HTTP 504): check the URL and network, or raise the timeout. The cause is in Grafana\'s server log.';
    case 0:
      return `The request to Pyroscope failed before an answer arrived${suffix}`;
    default:
      return `Pyroscope answered HTTP ${status} ${code}${suffix}`;
  }
}
