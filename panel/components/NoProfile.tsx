import React from 'react';
import { Alert } from '@grafana/ui';
import type { Notice } from '../hooks/useRemoteDetail';

/** Nothing to draw: why, and that a profile file dropped here is shown instead. */
export function NoProfile({ message, notice }: { message: string; notice?: Notice }) {
  return (
    <>
      <Alert title="Cannot show a flame graph" severity="info">
        {message} Drop a pprof, folded or flame bearer JSON file here to view it.
      </Alert>
      {notice && <Alert title={notice.text} severity={notice.severity} />}
    </>
  );
}
