/**
 * Save & test: asks Pyroscope for the profile types of the last 24 hours and its capabilities, and
 * says what it found, or what went wrong in words an admin can act on (the transport's errors say what to check).
 */
import type { TestDataSourceResponse } from '@grafana/data';
import type { PyroscopeClient } from '../src/pyroscope/client';
import type { ProfileType } from '../src/pyroscope/types';
import { describeCapabilities, type ServerCapabilities } from '../src/contract/capabilities';

const DAY_MS = 24 * 3600 * 1000;

export async function healthCheck(
  client: PyroscopeClient,
  now: number,
  capabilities: () => Promise<ServerCapabilities>
): Promise<TestDataSourceResponse> {
  let types: ProfileType[];
  let caps: ServerCapabilities;
  try {
    [types, caps] = await Promise.all([client.profileTypes({ start: now - DAY_MS, end: now }), capabilities()]);
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
  const found =
    types.length === 0
      ? 'Connected to Pyroscope, but it holds no profiles for the last 24 hours yet: send some, then build a query.'
      : `Connected to Pyroscope: ${types.length} profile type${types.length === 1 ? '' : 's'} found.`;
  return { status: 'success', message: `${found} ${describeCapabilities(caps)}` };
}
