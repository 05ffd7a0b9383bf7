import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, LinkButton, useStyles2 } from '@grafana/ui';
import type { Notice } from '../hooks/useRemoteDetail';
import type { Override } from '../droppedFile';
import type { DiffSide } from '../viewState';

export const NOTICE_PX = 24;

interface Props {
  /** What replaces the query's data (a dropped file, a subtree in full detail), with a way back. */
  override?: Override;
  onBack: () => void;
  /** Another sample type of a dropped file. */
  onOverride: (o: Override) => void;
  notice?: Notice;
  onDismiss: () => void;
  /** A transform that could not apply. */
  error?: string;
  /** Something about the data the reader should know (a comparison side without profiles). */
  note?: string;
  /** One side of a diff shown alone, with the way back to the diff and to the other side. */
  sideAlone?: { side: DiffSide; onSide: (side: DiffSide | undefined) => void };
}

/** How many notice lines the panel shows, for the height left to the views. */
export function noticeCount(p: Pick<Props, 'override' | 'notice' | 'error' | 'note' | 'sideAlone'>): number {
  return [p.override, p.notice, p.error, p.note, p.sideAlone].filter((x) => x !== undefined && x !== '').length;
}

/** One line each: what is shown instead of the query's data, a message, a transform's error. */
export function PanelNotices({ override, onBack, onOverride, notice, onDismiss, error, note, sideAlone }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <>
      {sideAlone && <SideAlone {...sideAlone} />}
      {override && (
        <div className={styles.notice}>
          Showing {override.label}
          {override.sampleTypes && <SampleTypePicker types={override.sampleTypes} onOverride={onOverride} />}.{' '}
          <Button size="sm" variant="secondary" fill="text" onClick={onBack}>
            {override.single ? 'Back to merged view' : "Back to the query's data"}
          </Button>
          {override.single?.traceUrl && (
            <LinkButton size="sm" variant="secondary" fill="text" icon="link" href={override.single.traceUrl}>
              Open trace
            </LinkButton>
          )}
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
      {note && (
        <div className={styles.notice} role="status" data-testid="flamelens-note" title={note}>
          {note}
        </div>
      )}
    </>
  );
}

function SideAlone({ side, onSide }: NonNullable<Props['sideAlone']>) {
  const styles = useStyles2(getStyles);
  const other = side === 'baseline' ? 'comparison' : 'baseline';
  return (
    <div className={styles.notice} data-testid="flamelens-side-alone">
      Showing the {side} alone, as a plain flame graph.{' '}
      <Button size="sm" variant="secondary" fill="text" onClick={() => onSide(undefined)}>
        Back to the diff
      </Button>
      <Button size="sm" variant="secondary" fill="text" onClick={() => onSide(other)}>
        Open the {other}
      </Button>
    </div>
  );
}

function SampleTypePicker({
  types,
  onOverride,
}: {
  types: NonNullable<Override['sampleTypes']>;
  onOverride: (o: Override) => void;
}) {
  const styles = useStyles2(getStyles);
  return (
    <>
      {' · sample type '}
      <select
        className={styles.select}
        aria-label="Sample type"
        value={types.shown}
        onChange={(e) => onOverride(types.show(Number(e.currentTarget.value)))}
      >
        {types.names.map((n, i) => (
          <option key={n} value={i}>
            {n}
          </option>
        ))}
      </select>
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
  select: css({
    background: theme.colors.background.secondary,
    color: theme.colors.text.primary,
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
