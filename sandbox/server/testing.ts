/** Helpers for tests that talk to a sandbox API server over real HTTP on a free loopback port. */
import type { FeatureFlags } from './featureFlags';
import * as http from 'http';
import * as fs from 'fs';
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { AddressInfo } from 'net';
import { ConnectError, ConnectTransport, Encoding, PyroscopeClient } from '../../src/pyroscope/client';
import { ProfileStore } from './store';
import { SpanStore } from './spans';
import { createApi } from './api';
import { WireWriter } from '../../src/pprof/writer';

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
  opts: {
    dataDir?: string;
    multitenant?: boolean;
    retentionMs?: number;
    maxProfileBytes?: number;
    featureFlags?: FeatureFlags;
    vcs?: { root?: string; repositoryURL?: string };
  } = {}
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
      featureFlags: opts.featureFlags,
      vcs: opts.vcs,
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

/** A sample of labelledPprof: its stack root first, its value, its string labels. */
export interface LabelledSample {
  stack: string[];
  value: number;
  labels?: Record<string, string>;
}

/**
 * A raw cpu/nanoseconds pprof profile with string labels on its samples (span_id, vehicle, …), as
 * the SDKs write them; one location and function per frame name.
 */
export function labelledPprof(samples: LabelledSample[]): Uint8Array {
  const strings = [''];
  const str = (v: string) => {
    const i = strings.indexOf(v);
    return i >= 0 ? i : strings.push(v) - 1;
  };
  const frames: string[] = [];
  const loc = (name: string) => (frames.includes(name) ? frames.indexOf(name) : frames.push(name) - 1) + 1;
  const w = new WireWriter();
  w.bytesField(1, new WireWriter().uintField(1, str('cpu')).uintField(2, str('nanoseconds')).finish());
  for (const s of samples) {
    const sample = new WireWriter().packedField(1, [...s.stack].reverse().map(loc)).packedField(2, [s.value]);
    for (const [k, v] of Object.entries(s.labels ?? {})) {
      sample.bytesField(3, new WireWriter().uintField(1, str(k)).uintField(2, str(v)).finish());
    }
    w.bytesField(2, sample.finish());
  }
  frames.forEach((name, i) => {
    const line = new WireWriter().uintField(1, i + 1).finish();
    w.bytesField(
      4,
      new WireWriter()
        .uintField(1, i + 1)
        .bytesField(4, line)
        .finish()
    );
    w.bytesField(
      5,
      new WireWriter()
        .uintField(1, i + 1)
        .uintField(2, str(name))
        .finish()
    );
  });
  for (const s of strings) {
    w.stringField(6, s);
  }
  return w.finish();
}

/** Who commits in test repositories (the machine may have no git identity). */
const AUTHOR = {
  GIT_AUTHOR_NAME: 'Ada Lovelace',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Lovelace',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
};
/** Runs git in a folder, as the test's author. */
export const gitIn = (dir: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, ...AUTHOR, ...env }, encoding: 'utf8' }).trim();

export function writeFile(dir: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

/**
 * A git repository of two commits, for the source service: sandbox/demo/rideshare.cjs says
 * "version 1" in the first and "version 2" in the second; sandbox/escape.txt links out of it.
 */
export function tempGitRepository() {
  const dir = tempDir('flamelens-forge-');
  gitIn(dir, ['init', '-q', '-b', 'main']);
  writeFile(dir, 'sandbox/demo/rideshare.cjs', 'version 1\n');
  writeFile(dir, 'README.md', 'readme\n');
  fs.symlinkSync('/etc/hostname', path.join(dir, 'sandbox/escape.txt'));
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '-m', 'First\n\nWith a body.'], { GIT_AUTHOR_DATE: '2024-05-06T07:08:09+02:00' });
  const first = gitIn(dir, ['rev-parse', 'HEAD']);
  writeFile(dir, 'sandbox/demo/rideshare.cjs', 'version 2\n');
  gitIn(dir, ['commit', '-q', '-am', 'Second']);
  return { dir, first, second: gitIn(dir, ['rev-parse', 'HEAD']) };
}
