/**
 * A BackendSrv with Grafana's semantics where plugins depend on them: a request body passes
 * through unchanged only when it is a string or a Blob (anything else is JSON-encoded), errors are
 * FetchErrors carrying status and the decoded body, and a new request with the same requestId
 * cancels the one in flight.
 */
import { Observable } from 'rxjs';
import type { BackendSrv, BackendSrvRequest, FetchResponse, FetchError } from '@grafana/runtime';

const inFlight = new Map<string, AbortController>();

/** Every response the host received, for the inspector and for tests. */
export const requestLog: Array<{ url: string; method: string; status: number }> = [];

async function decodeBody(res: Response, responseType: BackendSrvRequest['responseType']): Promise<unknown> {
  switch (responseType) {
    case 'arraybuffer':
      return res.arrayBuffer();
    case 'blob':
      return res.blob();
    case 'text':
      return res.text();
    default: {
      const text = await res.text();
      if (text === '') {
        return undefined;
      }
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    }
  }
}

function buildUrl(options: BackendSrvRequest): string {
  const params = options.params as Record<string, unknown> | undefined;
  if (!params) {
    return options.url;
  }
  const text = (x: unknown) =>
    typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : JSON.stringify(x);
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) {
      v.forEach((x) => qs.append(k, text(x)));
    } else if (v !== undefined && v !== null) {
      qs.append(k, text(v));
    }
  }
  const s = qs.toString();
  return s ? `${options.url}${options.url.includes('?') ? '&' : '?'}${s}` : options.url;
}

export function fetchObservable<T>(options: BackendSrvRequest): Observable<FetchResponse<T>> {
  return new Observable<FetchResponse<T>>((subscriber) => {
    const controller = new AbortController();
    if (options.requestId) {
      inFlight.get(options.requestId)?.abort();
      inFlight.set(options.requestId, controller);
    }
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    let body: BodyInit | undefined;
    const data: unknown = options.data;
    if (data === undefined || data === null) {
      body = undefined;
    } else if (typeof data === 'string' || data instanceof Blob) {
      body = data;
    } else {
      body = JSON.stringify(data);
      headers['Content-Type'] ??= 'application/json';
    }
    const method = (options.method ?? 'GET').toUpperCase();
    const url = buildUrl(options);
    fetch(url, { method, headers, body, signal: controller.signal, credentials: 'same-origin' })
      .then(async (res) => {
        const decoded = await decodeBody(
          res,
          res.ok ? options.responseType : options.responseType === 'arraybuffer' ? 'arraybuffer' : undefined
        );
        requestLog.push({ url, method, status: res.status });
        const response = {
          data: decoded as T,
          status: res.status,
          statusText: res.statusText,
          ok: res.ok,
          headers: res.headers,
          redirected: res.redirected,
          type: res.type,
          url: res.url,
          config: options,
        };
        if (!res.ok) {
          const err: FetchError = { status: res.status, statusText: res.statusText, data: decoded, config: options };
          subscriber.error(err);
          return;
        }
        subscriber.next(response);
        subscriber.complete();
      })
      .catch((e: Error) => {
        if (e.name === 'AbortError') {
          subscriber.error({
            status: -1,
            statusText: 'Request was aborted',
            cancelled: true,
            data: undefined,
            config: options,
          } as FetchError);
          return;
        }
        subscriber.error({
          status: 0,
          statusText: e.message,
          data: { message: e.message },
          config: options,
        } as FetchError);
      })
      .finally(() => {
        if (options.requestId && inFlight.get(options.requestId) === controller) {
          inFlight.delete(options.requestId);
        }
      });
    return () => controller.abort();
  });
}

function promise<T>(options: BackendSrvRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    fetchObservable<T>(options).subscribe({ next: (r) => resolve(r.data), error: reject });
  });
}

export const backendSrv = {
  fetch: fetchObservable,
  request: promise,
  datasourceRequest: (options: BackendSrvRequest) =>
    new Promise((resolve, reject) => fetchObservable(options).subscribe({ next: resolve, error: reject })),
  get: (url: string, params?: unknown) => promise({ url, params: params as Record<string, string> }),
  delete: (url: string, data?: unknown) => promise({ url, method: 'DELETE', data }),
  post: (url: string, data?: unknown) => promise({ url, method: 'POST', data }),
  patch: (url: string, data?: unknown) => promise({ url, method: 'PATCH', data }),
  put: (url: string, data?: unknown) => promise({ url, method: 'PUT', data }),
  resolveCancelerIfExists: (requestId: string) => inFlight.get(requestId)?.abort(),
} as unknown as BackendSrv;
