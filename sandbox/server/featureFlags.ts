/**
 * The sandbox's answer to `capabilities.v1.FeatureFlagsService/GetFeatureFlags`, switchable by the
 * environment so tests can play an older server:
 *
 *   FLAMELENS_FEATURE_FLAGS unset                      → as Pyroscope 2 answers by default (below)
 *   FLAMELENS_FEATURE_FLAGS=none                       → no capabilities service (Unimplemented, 404)
 *   FLAMELENS_FEATURE_FLAGS=utf8LabelNames=off,v2StorageLayer=on   → those flags changed
 */
import { ConnectFailure, reply, type Encoding, type Reply } from './connect';
import { GetFeatureFlagsResponseSchema } from '../../src/pyroscope/gen/capabilities/v1/feature_flags_pb';

export type FeatureFlags = Record<string, boolean> | 'unimplemented';

/** Pyroscope 2's flags as the sandbox plays them: v2 storage and UTF-8 label names on. */
export const DEFAULT_FEATURE_FLAGS: Record<string, boolean> = {
  v2StorageLayer: true,
  utf8LabelNames: true,
  pyroscopeRuler: false,
  pyroscopeRulerFunctions: false,
  functionProjections: false,
};

export function featureFlagsFromEnv(text: string | undefined): FeatureFlags {
  if (text === undefined || text.trim() === '') {
    return DEFAULT_FEATURE_FLAGS;
  }
  if (text.trim() === 'none') {
    return 'unimplemented';
  }
  const flags = { ...DEFAULT_FEATURE_FLAGS };
  for (const part of text.split(',')) {
    const m = /^\s*(\w+)\s*=\s*(on|off)\s*$/.exec(part);
    if (!m) {
      throw new Error(`FLAMELENS_FEATURE_FLAGS: "${part}" is not name=on or name=off (or the whole value "none")`);
    }
    flags[m[1]] = m[2] === 'on';
  }
  return flags;
}

export function featureFlagsReply(flags: FeatureFlags, enc: Encoding): Reply {
  if (flags === 'unimplemented') {
    throw new ConnectFailure('unimplemented', 'capabilities.v1.FeatureFlagsService is not served by this server');
  }
  return reply(GetFeatureFlagsResponseSchema, enc, {
    featureFlags: Object.entries(flags).map(([name, enabled]) => ({ name, enabled })),
  });
}
