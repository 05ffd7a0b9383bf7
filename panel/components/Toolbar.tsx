import React, { forwardRef } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, SelectableValue } from '@grafana/data';
import { Button, Dropdown, IconButton, Input, Menu, RadioButtonGroup, useStyles2 } from '@grafana/ui';
import type { ShownSearch } from '../hooks/useSearchMatches';
import { EXPORT_LABELS, type ExportFormat } from '../exportMenu';
import type { PanelView } from '../types';

/**
 * The toolbar's height before it is measured: two rows of 32 px controls and the gap between them.
 * It wraps onto more rows in a narrow panel; the panel follows its measured height.
 */
export const TOOLBAR_PX = 72;

/** The views offered: side by side only for two profiles, where the flame graph view is a diff. */
export function viewChoices(pair: boolean): Array<SelectableValue<PanelView>> {
  return [
    { label: 'Top table', value: 'table' },
    { label: pair ? 'Diff' : 'Flame graph', value: 'flamegraph' },
    { label: 'Both', value: 'both' },
    { label: 'Call tree', value: 'calltree' },
    { label: 'Sandwich', value: 'sandwich' },
    ...(pair ? [{ label: 'Side by side', value: 'comparison' as const }] : []),
  ];
}

/** The view drawn for the one asked for: side by side falls back to the flame graph for one profile. */
export function shownView(asked: PanelView, pair: boolean): PanelView {
  return asked === 'comparison' && !pair ? 'flamegraph' : asked;
}

interface Props {
  search: string;
  onSearch: (q: string) => void;
  found?: ShownSearch;
  onStep: (dir: 1 | -1) => void;
  views: Array<SelectableValue<PanelView>>;
  view: PanelView;
  onView: (v: PanelView) => void;
  onExport: (f: ExportFormat) => void;
  crumbs: string[];
  rootName: string;
  onCrumb: (depth: number) => void;
  /** Group-by picker and frame filters, built by the panel (they know the profile and the data). */
  extras: React.ReactNode;
  /** Receives the toolbar's element, to follow its height. */
  measureRef?: (el: HTMLElement | null) => void;
  inverted: boolean;
  onInvert: (inverted: boolean) => void;
}

/**
 * Which zoom-path entries get a button: all of a short path; of a long one (a 10,000-frame stack)
 * the first two and the last three, so the toolbar stays a handful of elements.
 */
export function shownCrumbs(length: number): number[] {
  const all = Array.from({ length: Math.min(length, 5) }, (_, i) => i);
  return length <= 5 ? all : [0, 1, length - 3, length - 2, length - 1];
}

/** Search with its matched share and steps, the view switch, exports, the zoom path. */
export const Toolbar = forwardRef<HTMLInputElement, Props>(function Toolbar(p, searchRef) {
  const styles = useStyles2(getStyles);
  const exportMenu = (
    <Menu>
      {(Object.keys(EXPORT_LABELS) as ExportFormat[]).map((f) => (
        <Menu.Item key={f} label={EXPORT_LABELS[f]} onClick={() => p.onExport(f)} />
      ))}
    </Menu>
  );
  const canStep = p.found !== undefined && p.found.count > 0;
  return (
    <div className={styles.toolbar} ref={p.measureRef}>
      <Input
        ref={searchRef}
        width={32}
        aria-label="Search functions"
        placeholder="Search (substring, or /regex/)"
        value={p.search}
        onChange={(e) => p.onSearch(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && canStep) {
            e.preventDefault();
            p.onStep(e.shiftKey ? -1 : 1);
          }
        }}
      />
      {p.found && (
        <>
          <IconButton
            name="arrow-up"
            aria-label="Previous match"
            tooltip="Previous match (Shift+Enter)"
            disabled={!canStep}
            onClick={() => p.onStep(-1)}
          />
          <IconButton
            name="arrow-down"
            aria-label="Next match"
            tooltip="Next match (Enter)"
            disabled={!canStep}
            onClick={() => p.onStep(1)}
          />
          {/* Beside the box, not inside it: a long query stays readable. */}
          <span
            className={p.found.error ? styles.searchError : styles.matched}
            data-testid="flamelens-matched"
            role={p.found.error ? 'alert' : undefined}
            title={matchedTitle(p.found)}
          >
            {matchedText(p.found)}
          </span>
        </>
      )}
      <RadioButtonGroup size="sm" options={p.views} value={p.view} onChange={p.onView} />
      <Button
        size="sm"
        variant={p.inverted ? 'primary' : 'secondary'}
        fill={p.inverted ? 'solid' : 'outline'}
        icon="exchange-alt"
        aria-pressed={p.inverted}
        tooltip="Bottom-up: the functions where time is spent at the root, their callers above"
        onClick={() => p.onInvert(!p.inverted)}
        data-testid="flamelens-invert"
      >
        Inverted
      </Button>
      <Dropdown overlay={exportMenu}>
        <Button size="sm" variant="secondary" icon="download-alt" data-testid="flamelens-export">
          Export
        </Button>
      </Dropdown>
      {p.extras}
      <div className={styles.crumbs} aria-label="Zoom path" data-testid="flamelens-breadcrumbs">
        <Button size="sm" variant="secondary" fill="text" onClick={() => p.onCrumb(0)} disabled={p.crumbs.length === 0}>
          {p.rootName}
        </Button>
        {shownCrumbs(p.crumbs.length).map((i, k, all) => (
          <React.Fragment key={i}>
            <span>›</span>
            {k > 0 && all[k - 1] !== i - 1 && <span title={`${i - all[k - 1] - 1} frames in between`}>… ›</span>}
            <Button size="sm" variant="secondary" fill="text" onClick={() => p.onCrumb(i + 1)} title={p.crumbs[i]}>
              {p.crumbs[i].length > 40 ? `…${p.crumbs[i].slice(-39)}` : p.crumbs[i]}
            </Button>
          </React.Fragment>
        ))}
        {p.crumbs.length > 0 && (
          <Button size="sm" variant="secondary" icon="history" onClick={() => p.onCrumb(0)}>
            Reset
          </Button>
        )}
      </div>
    </div>
  );
});

/** What the search matched: its share of the total ("<0.01%" rather than a misleading 0.00%). */
export function matchedText(found: ShownSearch): string {
  if (found.error) {
    return found.error;
  }
  const pct = found.share * 100;
  const text = `matched: ${pct > 0 && pct < 0.005 ? '<0.01' : pct.toFixed(2)}% of total`;
  // Frames folded into "other" are out of the search's reach: say the share is the graph's.
  return found.foldedShare ? `${text} in the graph` : text;
}

/** The matched share's tooltip: what it counts, and what it cannot. */
export function matchedTitle(found: ShownSearch): string {
  if (found.error || !found.foldedShare) {
    return matchedText(found);
  }
  const folded = (found.foldedShare * 100).toFixed(1);
  return `${matchedText(found)}: the share of the total through matching frames of the flame graph. ${folded}% of the graph is folded into "other" nodes the search cannot look into; the top table lists every function exactly.`;
}

const getStyles = (theme: GrafanaTheme2) => ({
  toolbar: css({
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'center',
    minHeight: 32,
    // Its own height, never squeezed by the views below: they get what it leaves (measured).
    flexShrink: 0,
    paddingBottom: theme.spacing(0.5),
  }),
  matched: css({
    maxWidth: 260,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
  }),
  // Two lines at most, in the error colour: the message names the pattern's fault, so it must be read whole.
  searchError: css({
    maxWidth: 420,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflowWrap: 'anywhere',
    lineHeight: 1.2,
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.error.text,
  }),
  crumbs: css({
    display: 'flex',
    alignItems: 'center',
    gap: 2,
    minWidth: 0,
    overflow: 'hidden',
    fontFamily: theme.typography.fontFamilyMonospace,
  }),
});
