/** Sandbox settings from the environment, as README and `npm start` document them. */
import * as path from 'path';
import { DEFAULT_MAX_PROFILE_BYTES } from './ingest';
import { featureFlagsFromEnv, type FeatureFlags } from './featureFlags';

export interface SandboxConfig {
  hostPort: number;
  apiPort: number;
  dataDir: string;
  multitenant: boolean;
  /** Milliseconds; 0 keeps everything. */
  retentionMs: number;
  demo: boolean;
  bindHost: string;
  /** The largest profile accepted, uncompressed (FLAMELENS_MAX_PROFILE_BYTES). */
  maxProfileBytes: number;
  /** What GetFeatureFlags answers (FLAMELENS_FEATURE_FLAGS). */
  featureFlags: FeatureFlags;
  /** The URL the source service serves this repository as, and the demo labels its profiles with. */
  repositoryURL: string;
}

/** The repository URL when FLAMELENS_REPOSITORY_URL is unset. */
export const DEFAULT_REPOSITORY_URL = 'https://github.com/flamelens/flamelens';

/** Parses "7d", "12h", "30m", "45s"; undefined when invalid. */
export function parseRetention(text: string): number | undefined {
  const m = /^(\d+)(s|m|h|d|w)$/.exec(text.trim());
  if (!m) {
    return undefined;
  }
  const unit: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
  return Number(m[1]) * unit[m[2]];
}

function port(value: string | undefined, dflt: number, name: string): number {
  if (value === undefined || value === '') {
    return dflt;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`${name}=${value} is not a port number (0-65535)`);
  }
  return n;
}

function positive(value: string | undefined, dflt: number, name: string): number {
  if (value === undefined || value === '') {
    return dflt;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`${name}=${value} is not a positive whole number of bytes`);
  }
  return n;
}

export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  root = path.resolve(__dirname, '../..')
): SandboxConfig {
  const retention = env.FLAMELENS_RETENTION ? parseRetention(env.FLAMELENS_RETENTION) : 0;
  if (retention === undefined) {
    throw new Error(`FLAMELENS_RETENTION=${env.FLAMELENS_RETENTION} is not a duration such as 7d, 12h or 30m`);
  }
  return {
    hostPort: port(env.FLAMELENS_HOST_PORT, 3000, 'FLAMELENS_HOST_PORT'),
    apiPort: port(env.FLAMELENS_API_PORT, 4040, 'FLAMELENS_API_PORT'),
    dataDir: path.resolve(root, env.FLAMELENS_DATA_DIR || '.data'),
    multitenant: env.FLAMELENS_MULTITENANT === 'on',
    retentionMs: retention,
    demo: env.FLAMELENS_DEMO !== 'off',
    bindHost: '127.0.0.1',
    featureFlags: featureFlagsFromEnv(env.FLAMELENS_FEATURE_FLAGS),
    repositoryURL: env.FLAMELENS_REPOSITORY_URL || DEFAULT_REPOSITORY_URL,
    maxProfileBytes: positive(
      env.FLAMELENS_MAX_PROFILE_BYTES,
      DEFAULT_MAX_PROFILE_BYTES,
      'FLAMELENS_MAX_PROFILE_BYTES'
    ),
  };
}
