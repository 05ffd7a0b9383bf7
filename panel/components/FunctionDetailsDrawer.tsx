/**
 * Function details in a drawer: the function's self and total, who calls it and whom it calls,
 * its line table, and its source when the server can give it. Every name and path is text.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, Drawer, LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import type { FunctionDetails, Neighbour } from '../../src/pprof/functionDetails';
import type { FunctionDetailsControl } from '../hooks/useFunctionDetails';
import { formatValue } from './format';
import { LineTable } from './LineTable';
import { SourceView } from './SourceView';

interface Props {
  /** Nothing is drawn while it has no state (no details asked for). */
  control: FunctionDetailsControl;
  unit?: string;
  /** The whole profile's total (the graph's root): shares are of it, also for a call site's details. */
  profileTotal?: number;
}

export const percent = (part: number, whole: number) => `${whole > 0 ? ((100 * part) / whole).toFixed(1) : '0.0'}%`;

/** Rows of a callers or callees list before "and N more". */
const NEIGHBOURS_SHOWN = 12;

export function FunctionDetailsDrawer({ control, unit, profileTotal }: Props) {
  const styles = useStyles2(getStyles);
  const { state } = control;
  if (!state) {
    return null;
  }
  return (
    <Drawer
      title="Function details"
      subtitle={<span className={styles.name}>{state.request.name}</span>}
      onClose={control.close}
      size="lg"
    >
      <div data-testid="flamelens-function-details" className={styles.body}>
        {state.kind === 'loading' && (
          <LoadingPlaceholder text="Reading the function's lines from the merged profile…" />
        )}
        {state.kind === 'message' && <div data-testid="flamelens-details-message">{state.text}</div>}
        {state.kind === 'error' && (
          <Alert severity="error" title="Could not read the function details">
            {state.text}
          </Alert>
        )}
        {state.kind === 'ready' && (
          <>
            <Summary
              details={state.answer.details}
              callSite={state.answer.callSite}
              unit={unit}
              whole={profileTotal || state.answer.details.grandTotal}
            />
            <div className={styles.neighbours}>
              <NeighbourList
                title="Callers"
                rows={state.answer.details.callers}
                of={state.answer.details}
                unit={unit}
              />
              <NeighbourList
                title="Callees"
                rows={state.answer.details.callees}
                of={state.answer.details}
                unit={unit}
              />
            </div>
            <LineTable details={state.answer.details} unit={unit} />
            <SourceView answer={state.answer} unit={unit} onFile={control.showFile} />
          </>
        )}
      </div>
    </Drawer>
  );
}

function Summary(p: { details: FunctionDetails; callSite: string[]; unit?: string; whole: number }) {
  const styles = useStyles2(getStyles);
  const { details, callSite, unit, whole } = p;
  return (
    <div data-testid="flamelens-details-summary">
      <div className={styles.figures}>
        <span>
          Self <b>{formatValue(details.self, unit)}</b> ({percent(details.self, whole)})
        </span>
        <span>
          Total <b>{formatValue(details.total, unit)}</b> ({percent(details.total, whole)})
        </span>
        <span className={styles.muted}>of {formatValue(whole, unit)}</span>
      </div>
      <div className={styles.muted}>
        {callSite.length > 0 ? (
          <>
            At the call site <span className={styles.name}>{callSite.join(' › ')}</span> (
            {formatValue(details.grandTotal, unit)} of stacks through it; a recursive call counts once)
          </>
        ) : (
          'Everywhere the function runs in the profile'
        )}
      </div>
    </div>
  );
}

function NeighbourList(p: { title: string; rows: Neighbour[]; of: FunctionDetails; unit?: string }) {
  const styles = useStyles2(getStyles);
  const shown = p.rows.slice(0, NEIGHBOURS_SHOWN);
  return (
    <table className={styles.table} data-testid={`flamelens-details-${p.title.toLowerCase()}`}>
      <caption className={styles.caption}>
        {p.title} <span className={styles.muted}>(share of the function&apos;s total)</span>
      </caption>
      <tbody>
        {shown.map((r) => (
          <tr key={r.name}>
            <td className={styles.name} title={r.name}>
              {r.name || '(unknown)'}
            </td>
            <td className={styles.num}>{formatValue(r.total, p.unit)}</td>
            <td className={styles.num}>{percent(r.total, p.of.total)}</td>
          </tr>
        ))}
        {p.rows.length === 0 && (
          <tr>
            <td className={styles.muted}>
              {p.title === 'Callers' ? 'None: it is a root.' : 'None: everything is in the function itself.'}
            </td>
          </tr>
        )}
        {p.rows.length > shown.length && (
          <tr>
            <td className={styles.muted}>and {p.rows.length - shown.length} more</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export const getStyles = (theme: GrafanaTheme2) => ({
  body: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(2) }),
  name: css({ fontFamily: theme.typography.fontFamilyMonospace, wordBreak: 'break-all' }),
  figures: css({ display: 'flex', gap: theme.spacing(2), flexWrap: 'wrap', fontSize: theme.typography.h5.fontSize }),
  muted: css({ color: theme.colors.text.secondary, overflowWrap: 'anywhere' }),
  neighbours: css({ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: theme.spacing(2), alignItems: 'start' }),
  caption: css({ textAlign: 'left', fontWeight: theme.typography.fontWeightMedium, captionSide: 'top' }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    'td, th': { padding: '2px 6px', borderBottom: `1px solid ${theme.colors.border.weak}`, overflow: 'hidden' },
    'td:first-child': { whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
  }),
  num: css({ textAlign: 'right', width: 90, fontVariantNumeric: 'tabular-nums' }),
});
