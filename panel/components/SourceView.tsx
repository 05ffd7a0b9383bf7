/**
 * The source of a function in its details: the file with each line's self and total in the margin,
 * the hottest lines marked and scrolled into view, and the commit it came from; or one line saying
 * what would make the source available.
 */
import React, { useLayoutEffect, useMemo, useRef } from 'react';
import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import type { FunctionDetailsAnswer, SourceCommit, SourceFile } from '../../src/contract/functionDetails';
import { hotLines, marginOf, splitLines } from '../sourceMargin';
import { FilePicker } from './FilePicker';
import { formatValue } from './format';
import { getStyles as getDetailsStyles } from './FunctionDetailsDrawer';

/** Lines drawn at most: a generated file of a million lines would freeze the drawer. */
const MAX_LINES = 20_000;
/** The source's own scroll area (at most half the window); the hottest line is scrolled to a third of it. */
const CODE_MAX = 'min(480px, 50vh)';
/** Bytes looked at to tell text from a binary file. */
const SNIFF_CHARS = 8192;

interface Props {
  answer: FunctionDetailsAnswer;
  unit?: string;
  /** Shows another file of the function, or asks for the same one again. */
  onFile: (file: string) => void;
}

/** Why a source may come after a retry: the user signs in meanwhile, or the server was down. */
const RETRIED: ReadonlySet<string> = new Set(['signed-out', 'failed']);

export function SourceView({ answer, unit, onFile }: Props) {
  const styles = useStyles2(getDetailsStyles);
  const src = answer.source;
  return (
    <>
      <FilePicker answer={answer} onFile={onFile} />
      {!src ? (
        <LoadingPlaceholder text="Reading the source…" />
      ) : src.kind === 'unavailable' ? (
        <div data-testid="flamelens-source-unavailable" data-reason={src.reason} className={styles.muted}>
          {src.text}{' '}
          {src.signInUrl && (
            <a href={src.signInUrl} target="_blank" rel="noopener noreferrer">
              Sign in
            </a>
          )}{' '}
          {RETRIED.has(src.reason) && (
            <Button size="sm" variant="secondary" fill="text" icon="sync" onClick={() => onFile(answer.file)}>
              Try again
            </Button>
          )}
        </div>
      ) : (
        <SourceFileView file={src.file} commit={src.commit} note={src.commitNote} answer={answer} unit={unit} />
      )}
    </>
  );
}

interface FileProps {
  file: SourceFile;
  commit?: SourceCommit;
  note?: string;
  answer: FunctionDetailsAnswer;
  unit?: string;
}

function SourceFileView({ file, commit, note, answer, unit }: FileProps) {
  const styles = useStyles2(getStyles);
  const common = useStyles2(getDetailsStyles);
  const margin = useMemo(() => marginOf(answer.details.lines, file.path), [answer, file.path]);
  const hot = useMemo(() => hotLines(margin), [margin]);
  const binary = useMemo(() => file.text.slice(0, SNIFF_CHARS).includes('\u0000'), [file.text]);
  const lines = useMemo(() => (binary ? [] : splitLines(file.text)), [file.text, binary]);
  const shown = lines.length > MAX_LINES ? lines.slice(0, MAX_LINES) : lines;
  const maxTotal = Math.max(1, ...[...margin.values()].map((c) => c.total));
  const codeRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = codeRef.current;
    const row = box?.querySelector<HTMLElement>(`[data-line="${hot[0]}"]`);
    if (box && row) {
      box.scrollTop = Math.max(0, row.offsetTop - box.clientHeight / 3);
    }
  }, [hot, shown]);
  const pastEnd = !binary && hot.some((l) => l > lines.length);
  return (
    <section data-testid="flamelens-source">
      <div className={common.caption}>
        Source{' '}
        <a href={file.url} target="_blank" rel="noopener noreferrer" className={common.name}>
          {file.path}
        </a>{' '}
        <span className={common.muted}>at {file.ref}</span>
      </div>
      {commit && <CommitLine commit={commit} />}
      {note && <div className={common.muted}>{note}</div>}
      {pastEnd && (
        <div className={common.muted}>
          The profile counts lines past the end of this file: the file at {file.ref} may not be the code that was
          profiled.
        </div>
      )}
      {binary && <div className={common.muted}>This file is not text: nothing to show line by line.</div>}
      {margin.size === 0 && (
        <div className={common.muted}>
          The profile records no line numbers for this function in this file: the margin stays empty.
        </div>
      )}
      <div ref={codeRef} className={styles.code} style={{ maxHeight: CODE_MAX }}>
        <table className={styles.lines}>
          <thead>
            <tr>
              <th className={styles.cost}>Self</th>
              <th className={styles.cost}>Total</th>
              <th className={styles.no}>Line</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((text, i) => {
              const n = i + 1;
              const cost = margin.get(n);
              const rank = hot.indexOf(n);
              const heat = cost ? 0.08 + 0.3 * (cost.total / maxTotal) : 0;
              return (
                <tr
                  key={n}
                  data-line={n}
                  data-hot={rank >= 0 ? rank + 1 : undefined}
                  className={cx(rank === 0 && styles.hot)}
                  style={heat ? { background: `rgba(255, 110, 40, ${heat.toFixed(2)})` } : undefined}
                >
                  <td className={styles.cost}>{cost && cost.self > 0 ? formatValue(cost.self, unit) : ''}</td>
                  <td className={styles.cost}>{cost ? formatValue(cost.total, unit) : ''}</td>
                  <td
                    className={styles.no}
                    title={rank >= 0 ? `The ${['hottest', 'second hottest', 'third hottest'][rank]} line` : undefined}
                  >
                    {rank === 0 ? '▶ ' : rank > 0 ? '▷ ' : ''}
                    {n}
                  </td>
                  <td className={styles.text}>{text}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {lines.length > shown.length && (
          <div className={common.muted}>
            The first {MAX_LINES.toLocaleString('en')} lines of {lines.length.toLocaleString('en')}.
          </div>
        )}
      </div>
    </section>
  );
}

function CommitLine({ commit }: { commit: SourceCommit }) {
  const common = useStyles2(getDetailsStyles);
  const subject = commit.message.split('\n')[0];
  const when = new Date(commit.date);
  return (
    <div data-testid="flamelens-source-commit">
      Commit{' '}
      <a href={commit.url} target="_blank" rel="noopener noreferrer" className={common.name}>
        {commit.sha.slice(0, 12)}
      </a>{' '}
      {subject}{' '}
      <span className={common.muted}>
        — {commit.author}, {Number.isNaN(when.getTime()) ? commit.date : when.toISOString().slice(0, 10)}
      </span>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  code: css({ overflow: 'auto', border: `1px solid ${theme.colors.border.weak}`, position: 'relative' }),
  lines: css({
    borderCollapse: 'collapse',
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
    'td, th': { padding: '0 6px', whiteSpace: 'pre', verticalAlign: 'top' },
    thead: { position: 'sticky', top: 0, background: theme.colors.background.secondary },
  }),
  cost: css({ textAlign: 'right', minWidth: 70, color: theme.colors.text.secondary }),
  no: css({ textAlign: 'right', color: theme.colors.text.secondary, userSelect: 'none' }),
  text: css({ width: '100%' }),
  hot: css({
    outline: `2px solid ${theme.colors.error.main}`,
    outlineOffset: -2,
    fontWeight: theme.typography.fontWeightBold,
  }),
});
