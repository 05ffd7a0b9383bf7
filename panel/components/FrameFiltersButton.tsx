import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, Checkbox, IconButton, Input, RadioButtonGroup, Toggletip, useStyles2 } from '@grafana/ui';
import {
  countHidden,
  FRAME_PRESETS,
  functionsMatched,
  hasFrameFilters,
  NO_FRAME_FILTERS,
  PRESET_IDS,
  type FrameFilters,
  type PresetId,
} from '../../src/tree/frameFilters';
import type { CallTree } from '../../src/tree/callTree';
import { useRegexEngine } from '../../plugin-runtime/useRegexEngine';
import type { HiddenShare } from '../hooks/useShownTrees';

interface Props {
  filters: FrameFilters;
  onChange: (f: FrameFilters) => void;
  /** The profile before filtering: what each filter matches is counted in it. */
  source?: CallTree;
  /** Shares of the total the filters hid. */
  hiddenShare: HiddenShare;
}

type Action = 'hide' | 'keep';

const pct = (share: number) => {
  const p = share * 100;
  return `${p > 0 && p < 0.05 ? '<0.1' : p.toFixed(1)}%`;
};

/**
 * What the filters hid: the time in stacks through a hidden frame (what a reader sees move), and
 * the hidden frames' own time, now counted in their callers.
 */
export function hiddenShareText(h: HiddenShare): string {
  return `${pct(h.through)} of the total runs through hidden frames (${pct(h.own)} in them)`;
}

/** The toolbar's "Filters" button and its editor: presets, hide / keep filters, what they hide. */
export function FrameFiltersButton({ filters, onChange, source, hiddenShare }: Props) {
  const styles = useStyles2(getStyles);
  const count = filters.hide.length + filters.keep.length + filters.presets.length;
  const active = hasFrameFilters(filters);
  return (
    <>
      <Toggletip
        placement="bottom-start"
        closeButton
        fitContent
        content={<FrameFiltersEditor filters={filters} onChange={onChange} source={source} hiddenShare={hiddenShare} />}
      >
        <Button
          size="sm"
          variant={active ? 'primary' : 'secondary'}
          fill={active ? 'solid' : 'outline'}
          icon="filter"
          data-testid="flamelens-filters"
          tooltip="Hide or keep frames by name or /regex/; presets for runtime internals"
        >
          {active ? `Filters (${count})` : 'Filters'}
        </Button>
      </Toggletip>
      {active && (
        <span className={styles.share} data-testid="flamelens-hidden-share">
          {hiddenShareText(hiddenShare)}
        </span>
      )}
    </>
  );
}

function FrameFiltersEditor({ filters, onChange, source, hiddenShare }: Props) {
  const styles = useStyles2(getStyles);
  const [action, setAction] = useState<Action>('hide');
  const [text, setText] = useState('');
  const engine = useRegexEngine(true);
  // Counted once per change of filters, not per render: a regex runs over every function name.
  const rows = useMemo(
    () =>
      [
        ...filters.hide.map((m) => ({ action: 'hide' as const, match: m })),
        ...filters.keep.map((m) => ({ action: 'keep' as const, match: m })),
      ].map((r) => ({ ...r, n: source && engine ? functionsMatched(source, r.match, engine) : undefined })),
    [filters, source, engine]
  );
  // What each preset would hide here: a preset matching nothing says so before it is ticked.
  const presetCounts = useMemo(
    () =>
      source
        ? Object.fromEntries(
            PRESET_IDS.map((p) => [p, countHidden(source, { hide: [], keep: [], presets: [p] }, engine)])
          )
        : undefined,
    [source, engine]
  );
  const add = () => {
    const m = text.trim();
    if (m === '' || filters[action].includes(m)) {
      return;
    }
    onChange({ ...filters, [action]: [...filters[action], m] });
    setText('');
  };
  const remove = (a: Action, m: string) => onChange({ ...filters, [a]: filters[a].filter((x) => x !== m) });
  const togglePreset = (p: PresetId, on: boolean) =>
    onChange({ ...filters, presets: PRESET_IDS.filter((q) => (q === p ? on : filters.presets.includes(q))) });
  return (
    <div className={styles.editor} data-testid="flamelens-filters-editor">
      <div className={styles.heading}>Presets</div>
      {PRESET_IDS.map((p) => (
        <div key={p}>
          <Checkbox
            label={FRAME_PRESETS[p].label}
            value={filters.presets.includes(p)}
            onChange={(e) => togglePreset(p, e.currentTarget.checked)}
          />
          <div className={styles.description}>
            {FRAME_PRESETS[p].description}
            {presetCounts && ` · ${presetCounts[p]} function${presetCounts[p] === 1 ? '' : 's'} in this profile`}
          </div>
        </div>
      ))}
      <div className={styles.heading}>Filters</div>
      {rows.length === 0 && <div className={styles.muted}>None. Add a frame name, or /regex/ (RE2).</div>}
      {rows.map(({ n, ...r }) => {
        return (
          <div key={`${r.action}:${r.match}`} className={styles.row} data-testid="flamelens-filter-row">
            <span className={styles.action}>{r.action === 'hide' ? 'Hide' : 'Keep'}</span>
            <code className={styles.match} title={r.match}>
              {r.match}
            </code>
            <span className={n === -1 ? styles.error : styles.muted}>
              {n === undefined ? '' : n === -1 ? 'invalid' : `${n} function${n === 1 ? '' : 's'}`}
            </span>
            <IconButton
              name="times"
              aria-label={`Remove filter ${r.match}`}
              onClick={() => remove(r.action, r.match)}
            />
          </div>
        );
      })}
      <RadioButtonGroup
        size="sm"
        value={action}
        onChange={setAction}
        options={[
          { value: 'hide', label: 'Hide' },
          { value: 'keep', label: 'Keep only' },
        ]}
      />
      <div className={styles.row}>
        <Input
          aria-label="Frame name or /regex/"
          placeholder="Frame name, or /regex/"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <Button size="sm" onClick={add} disabled={text.trim() === ''}>
          Add
        </Button>
      </div>
      {hasFrameFilters(filters) && (
        <>
          <div className={styles.summary}>
            {hiddenShareText(hiddenShare)}; their own time is counted in their callers.
          </div>
          <div>
            <Button size="sm" variant="secondary" fill="text" onClick={() => onChange(NO_FRAME_FILTERS)}>
              Clear all
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  // Never wider or taller than the screen leaves: a long list scrolls inside.
  editor: css({
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: theme.spacing(0.5),
    width: 420,
    maxWidth: '80vw',
    // Fits below or above a toolbar anywhere on a 900 px screen, so it never opens off the top.
    maxHeight: '45vh',
    overflowY: 'auto',
    paddingRight: theme.spacing(1),
  }),
  summary: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  description: css({
    marginLeft: theme.spacing(3),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'normal',
  }),
  heading: css({ fontWeight: theme.typography.fontWeightMedium, marginTop: theme.spacing(1) }),
  row: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1) }),
  action: css({ minWidth: 36, fontSize: theme.typography.bodySmall.fontSize }),
  match: css({ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize, flexShrink: 0 }),
  error: css({ color: theme.colors.error.text, fontSize: theme.typography.bodySmall.fontSize }),
  share: css({
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'nowrap',
  }),
});
