/**
 * Starts the sandbox servers: the Pyroscope-compatible API and the Grafana-like host. Used by
 * `npm start` (sandbox/start.ts) and by the end-to-end tests, which run it as a child process on
 * free ports.
 */
import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { configFromEnv, SandboxConfig } from './config';
import { ProfileStore } from './store';
import { SpanStore } from './spans';
import { createApi } from './api';
import { createHost } from './host';
import { lockDataDir } from './dataDirLock';

export interface RunningSandbox {
  apiUrl: string;
  hostUrl: string;
  close(): Promise<void>;
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startSandbox(
  config: SandboxConfig,
  root = path.resolve(__dirname, '../..')
): Promise<RunningSandbox> {
  const unlock = lockDataDir(config.dataDir);
  try {
    return await serve(config, root, unlock);
  } catch (e) {
    unlock();
    throw e;
  }
}

async function serve(config: SandboxConfig, root: string, unlock: () => void): Promise<RunningSandbox> {
  const store = new ProfileStore(path.join(config.dataDir, 'profiles'), { retentionMs: config.retentionMs });
  const spans = new SpanStore(path.join(config.dataDir, 'spans'));
  const api = http.createServer(
    createApi({
      store,
      spans,
      multitenant: config.multitenant,
      maxProfileBytes: config.maxProfileBytes,
      featureFlags: config.featureFlags,
      vcs: { root, repositoryURL: config.repositoryURL },
    })
  );
  const apiPort = await listen(api, config.apiPort, config.bindHost);
  const apiUrl = `http://${config.bindHost}:${apiPort}`;
  const host = http.createServer(
    createHost({
      root,
      dataDir: config.dataDir,
      apiUrl,
      hostBuildDir: process.env.FLAMELENS_HOST_BUILD ? path.resolve(root, process.env.FLAMELENS_HOST_BUILD) : undefined,
    })
  );
  const hostPort = await listen(host, config.hostPort, config.bindHost);
  const retention = config.retentionMs
    ? setInterval(() => store.applyRetention(), Math.min(config.retentionMs, 3600e3))
    : undefined;
  retention?.unref();
  return {
    apiUrl,
    hostUrl: `http://${config.bindHost}:${hostPort}`,
    close: async () => {
      if (retention) clearInterval(retention);
      await Promise.all([api, host].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
      unlock();
    },
  };
}

if (require.main === module) {
  startSandbox(configFromEnv())
    .then((s) => {
      // Exactly these lines, once each port listens: scripts and tests read them.
      process.stdout.write(`Grafana host: ${s.hostUrl}\nPyroscope API: ${s.apiUrl}\n`);
      const stop = () => void s.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((e: unknown) => {
      console.error(`sandbox: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
