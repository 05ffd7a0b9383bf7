/**
 * Save & test: asks Pyroscope for the profile types of the last 24 hours and says what it found,
 * or what went wrong in words an admin can act on (the transport's errors say what to check).
 */
import type { TestDataSourceResponse } from '@grafana/data';
import type { PyroscopeClient } from '../src/pyroscope/client';
import type { ProfileType } from '../src/pyroscope/types';

const DAY_MS = 24 * 3600 * 1000;

export async function healthCheck(client: PyroscopeClient, now: number): Promise<TestDataSourceResponse> {
  let types: ProfileType[];
  try {
    types = await client.profileTypes({ start: now - DAY_MS, end: now });
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
  if (types.length === 0) {
    return {
      status: 'success',
      message:
        'Connected to Pyroscope, but it holds no profiles for the last 24 hours yet: send some, then build a query.',
    };
  }
  return {
    status: 'success',
    message: `Connected to Pyroscope: ${types.length} profile type${types.length === 1 ? '' : 's'} found.`,
  };
}
