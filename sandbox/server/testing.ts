/** Helpers for tests that talk to a sandbox API server over real HTTP on a free loopback port. */
import * as http from 'http';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AddressInfo } from 'net';
import { ConnectError, ConnectTransport, Encoding, PyroscopeClient } from '../../src/pyroscope/client';
import { ProfileStore } from './store';
import { SpanStore } from './spans';
import { createApi } from './api';

export interface RunningApi {
  url: string;
  dataDir: string;
  store: ProfileStore;
  close(): Promise<void>;
}

export function tempDir(prefix = 'flamelens-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startApi(
  opts: { dataDir?: string; multitenant?: boolean; retentionMs?: number; maxProfileBytes?: number } = {}
): Promise<RunningApi> {
  const dataDir = opts.dataDir ?? tempDir();
  const store = new ProfileStore(path.join(dataDir, 'profiles'), {
    retentionMs: opts.retentionMs ?? 0,
    report: () => undefined,
  });
  const server = http.createServer(
    createApi({
      store,
      spans: new SpanStore(path.join(dataDir, 'spans')),
      multitenant: opts.multitenant ?? false,
      maxProfileBytes: opts.maxProfileBytes,
      log: () => undefined,
    })
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    store,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A Connect transport over Node's fetch, straight to the server (no Grafana proxy). */
export function fetchTransport(base: string, headers: Record<string, string> = {}): ConnectTransport {
  return async ({ path: p, body, contentType }) => {
    const res = await fetch(base + p, {
      method: 'POST',
      headers: { 'Content-Type': contentType, ...headers },
      body: body as BodyInit,
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!res.ok) {
      let err: { code?: string; message?: string } = {};
      try {
        err = JSON.parse(new TextDecoder().decode(bytes)) as typeof err;
      } catch {
        // not a Connect error body
      }
      throw new ConnectError(res.status, err.code ?? `http_${res.status}`, err.message ?? res.statusText);
    }
    return contentType === 'application/json' ? new TextDecoder().decode(bytes) : bytes;
  };
}

export function clientFor(
  base: string,
  encoding: Encoding = 'proto',
  headers: Record<string, string> = {}
): PyroscopeClient {
  return new PyroscopeClient(fetchTransport(base, headers), encoding);
}
