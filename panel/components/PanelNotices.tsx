import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, useStyles2 } from '@grafana/ui';
import type { Notice } from '../hooks/useRemoteDetail';

export const NOTICE_PX = 24;

interface Props {
  /** What replaces the query's data (a dropped file, a subtree in full detail), with a way back. */
  overrideLabel?: string;
  onBack: () => void;
  notice?: Notice;
  onDismiss: () => void;
  /** A transform that could not apply. */
  error?: string;
}

/** How many notice lines the panel shows, for the height left to the views. */
export function noticeCount(p: Pick<Props, 'overrideLabel' | 'notice' | 'error'>): number {
  return (p.overrideLabel ? 1 : 0) + (p.notice ? 1 : 0) + (p.error ? 1 : 0);
}

/** One line each: what is shown instead of the query's data, a message, a transform's error. */
export function PanelNotices({ overrideLabel, onBack, notice, onDismiss, error }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <>
      {overrideLabel && (
        <div className={styles.notice}>
          Showing {overrideLabel}.{' '}
          <Button size="sm" variant="secondary" fill="text" onClick={onBack}>
            Back to the query&apos;s data
          </Button>
        </div>
      )}
      {notice && (
        <div
          className={notice.severity === 'error' ? styles.error : styles.notice}
          role={notice.severity === 'error' ? 'alert' : 'status'}
        >
          {notice.text}{' '}
          <Button size="sm" variant="secondary" fill="text" onClick={onDismiss}>
            Dismiss
          </Button>
        </div>
      )}
      {error && <div className={styles.error}>{error}</div>}
    </>
  );
}

const line = (theme: GrafanaTheme2) => ({
  height: NOTICE_PX,
  overflow: 'hidden',
  whiteSpace: 'nowrap' as const,
  textOverflow: 'ellipsis',
  fontSize: theme.typography.bodySmall.fontSize,
});

const getStyles = (theme: GrafanaTheme2) => ({
  notice: css({ ...line(theme), color: theme.colors.text.secondary }),
  error: css({ ...line(theme), color: theme.colors.error.text }),
});
