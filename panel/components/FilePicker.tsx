/** The files of a function's lines, to pick the one whose source is shown. */
import React, { useMemo } from 'react';
import { Button, useStyles2 } from '@grafana/ui';
import type { FunctionDetailsAnswer } from '../../src/contract/functionDetails';
import { filesOf } from '../sourceMargin';
import { getStyles } from './FunctionDetailsDrawer';

interface Props {
  answer: FunctionDetailsAnswer;
  onFile: (file: string) => void;
}

/** The function's files when it has lines in more than one (one name, several files, or inlining). */
export function FilePicker({ answer, onFile }: Props) {
  const styles = useStyles2(getStyles);
  const files = useMemo(() => filesOf(answer.details.lines).filter((f) => f.file), [answer.details.lines]);
  if (files.length < 2) {
    return null;
  }
  const whole = answer.details.total || 1;
  return (
    <div data-testid="flamelens-source-files" className={styles.muted}>
      In {files.length} files:{' '}
      {files.map((f) => (
        <Button
          key={f.file}
          size="sm"
          variant={f.file === answer.file ? 'primary' : 'secondary'}
          fill="text"
          onClick={() => onFile(f.file)}
          aria-pressed={f.file === answer.file}
        >
          <span className={styles.name}>{f.file}</span>&nbsp;({((100 * f.total) / whole).toFixed(1)}%)
        </Button>
      ))}
    </div>
  );
}
