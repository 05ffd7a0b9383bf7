import { getBackendSrv, FetchError, FetchResponse } from '@grafana/runtime';
import { lastValueFrom, type Observable } from 'rxjs';
import { ConnectError, ConnectTransport } from '../src/pyroscope/client';

/** The Accept header that opts a client into UTF-8 label names (Pyroscope 2). */
export const UTF8_LABEL_NAMES_ACCEPT = '*/*; allow-utf8-labelnames=true';

/**
 * A Connect JSON transport through Grafana's data source proxy: `<instance url>/<route>/<method>`.
 * Grafana's proxy answers an unreachable backend with a bare 502 (504 on timeout) and keeps the
 * cause in its own log; Pyroscope answers with a Connect error body `{code, message}`.
 */
export function proxyTransport(
  instanceUrl: string,
  route: string,
  requestIdPrefix?: string,
  signal?: AbortSignal
): ConnectTransport {
  // Calls of one query run are numbered in order, so a re-run (new time range, new variables)
  // reuses the same request ids and Grafana's backend service cancels what is still in flight:
  // a stale answer can never replace a newer one.
  let call = 0;
  return async ({ path, body, contentType }) => {
    const binary = typeof body !== 'string';
    const requestId = requestIdPrefix ? `${requestIdPrefix}${path}#${call++}` : undefined;
    try {
      const response: FetchResponse<ArrayBuffer | string> = await untilAborted(
        signal,
        getBackendSrv().fetch<ArrayBuffer | string>({
          url: `${instanceUrl}/${route}${path}`,
          method: 'POST',
          // Grafana's backend service passes a body through unchanged only as a string or a Blob;
          // anything else (a Uint8Array) would be JSON-encoded.
          data: binary ? new Blob([body as Uint8Array<ArrayBuffer>], { type: contentType }) : body,
          // The client capability Pyroscope 2 reads: label names such as service.name may arrive
          // as they are (older servers ignore it).
          headers: { 'Content-Type': contentType, 'Connect-Protocol-Version': '1', Accept: UTF8_LABEL_NAMES_ACCEPT },
          responseType: binary ? 'arraybuffer' : 'text',
          showErrorAlert: false,
          hideFromInspector: false,
          ...(requestId ? { requestId } : {}),
        })
      );
      const data = response.data;
      return typeof data === 'string' ? data : new Uint8Array(data);
    } catch (e) {
      // The route prefix (none/, bearer/, …) is the proxy's business: the user's URL plus the path is what they can check.
      throw toConnectError(e as FetchError, path);
    }
  };
}

/**
 * The response of a fetch, or a cancelled FetchError once `signal` aborts: unsubscribing from
 * Grafana's fetch observable cancels the request itself, not only the wait for it.
 */
function untilAborted<T>(signal: AbortSignal | undefined, response: Observable<T>): Promise<T> {
  if (!signal) {
    return lastValueFrom(response);
  }
  return new Promise<T>((resolve, reject) => {
    const cancelled = () => reject(new ConnectError(-1, 'canceled', 'The request was cancelled by the panel.'));
    if (signal.aborted) {
      cancelled();
      return;
    }
    const sub = response.subscribe({ next: resolve, error: reject, complete: () => off() });
    const onAbort = () => {
      sub.unsubscribe();
      cancelled();
    };
    const off = () => signal.removeEventListener('abort', onAbort);
    signal.addEventListener('abort', onAbort);
  });
}

/** Connect errors are JSON even for binary calls; with responseType arraybuffer they arrive as bytes. */
function errorBody(data: unknown): { code?: string; message?: string } | undefined {
  let value = data;
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]' || ArrayBuffer.isView(value)) {
    value = new TextDecoder().decode(value as ArrayBuffer);
  }
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return value && typeof value === 'object' ? value : undefined;
}

function toConnectError(e: FetchError | ConnectError, pathTried: string): ConnectError {
  if (e instanceof ConnectError) {
    return e;
  }
  if (e?.cancelled) {
    return new ConnectError(-1, 'canceled', 'The query was cancelled: a newer query of the same panel replaced it.');
  }
  const status = typeof e?.status === 'number' ? e.status : 0;
  const data = errorBody(e?.data);
  const code = data?.code ? data.code : httpCode(status);
  const serverMessage = data?.message ?? '';
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
      // Pyroscope's own "not found" (a repository, ref or file of the source service) says what is
      // missing; a bare 404 is a URL that does not lead to Pyroscope.
      if (code === 'not_found' && serverMessage) {
        return serverMessage;
      }
      return `Not a Pyroscope URL: the datasource URL + ${pathTried} returned 404. Check that the URL points at Pyroscope's HTTP API (e.g. http://pyroscope:4040)${suffix}`;
    case 429:
      return `Pyroscope is rate limiting these queries (HTTP 429): narrow the time range or try again shortly${suffix}`;
    case 502:
      return "Grafana could not reach the Pyroscope server (HTTP 502): check the URL, TLS and network. The cause is in Grafana's server log.";
    case 504:
      return "The Pyroscope server did not answer in time (HTTP 504): check the URL and network, or raise the timeout. The cause is in Grafana's server log.";
    case 0:
      return `The request to Pyroscope failed before an answer arrived${suffix}`;
    default:
      return `Pyroscope answered HTTP ${status} ${code}${suffix}`;
  }
}

/**
 * What a query run belongs to, for request ids: Grafana gives dashboard panels a panelId and Explore
 * panes a stable requestId (explore_<pane>). Without either, none: a shared id would make unrelated
 * queries cancel each other.
 */
export function requestOwner(request: { panelId?: number; requestId?: string }): string | undefined {
  if (request.panelId !== undefined) {
    return `panel${request.panelId}`;
  }
  return request.requestId?.startsWith('explore') ? request.requestId : undefined;
}
