import { getDataSourceSrv } from '@grafana/runtime';
import type { TracesTarget } from '../src/contract/timeline';

/**
 * The traces datasource by its uid, looked up when asked: it may have been renamed or deleted
 * since an admin picked it (then there is no "Open trace", rather than a link to nothing).
 */
export function tracesTarget(uid: string | undefined): TracesTarget | undefined {
  if (!uid) {
    return undefined;
  }
  try {
    const s = getDataSourceSrv().getInstanceSettings(uid);
    return s ? { uid: s.uid, name: s.name, type: s.type } : undefined;
  } catch {
    // No datasource service (outside Grafana, in unit tests): no traces datasource to open.
    return undefined;
  }
}
