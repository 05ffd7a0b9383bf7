/**
 * `npm start` after the build: the sandbox servers plus the ride-share demo (one process per
 * region, profiled by the real @pyroscope/nodejs SDK). Prints exactly
 *   Grafana host: http://127.0.0.1:<port>
 *   Pyroscope API: http://127.0.0.1:<port>
 * once both ports listen. SIGINT and SIGTERM stop everything; data stays in FLAMELENS_DATA_DIR.
 */
import { spawn, ChildProcess } from 'child_process';
import * as path from 'path';
import { configFromEnv } from './server/config';
import { startSandbox } from './server/main';
import { GitForge } from './server/gitForge';

const DEMO_REGIONS = ['eu-north', 'us-east'];

async function main(): Promise<void> {
  const config = configFromEnv();
  const sandbox = await startSandbox(config);
  process.stdout.write(`Grafana host: ${sandbox.hostUrl}\nPyroscope API: ${sandbox.apiUrl}\n`);
  const demos: ChildProcess[] = [];
  if (config.demo) {
    // The demo's profiles say where their source is, for the source service (vcs.v1).
    const gitRef = (await new GitForge(path.resolve(__dirname, '..')).headCommit()) ?? 'HEAD';
    for (const region of DEMO_REGIONS) {
      const child = spawn(process.execPath, [path.join(__dirname, 'demo', 'rideshare.cjs')], {
        env: {
          ...process.env,
          PYROSCOPE_SERVER_ADDRESS: sandbox.apiUrl,
          DEMO_PORT: '0',
          DEMO_HOST: '127.0.0.1',
          DEMO_REGION: region,
          DEMO_SPANS_URL: `${sandbox.apiUrl}/flamelens/spans`,
          DEMO_FLUSH_MS: process.env.DEMO_FLUSH_MS ?? '5000',
          FLAMELENS_REPOSITORY_URL: config.repositoryURL,
          DEMO_GIT_REF: gitRef,
        },
        // The IPC channel closes when this process dies, however it dies (even SIGKILL or an
        // out-of-memory kill): the demo exits then instead of living on as an orphan.
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      demos.push(child);
    }
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const d of demos) d.kill('SIGTERM');
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('exit', () => demos.forEach((d) => d.kill('SIGTERM')));
}

main().catch((e) => {
  console.error(`sandbox: ${(e as Error).message}`);
  process.exit(1);
});
