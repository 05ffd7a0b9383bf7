/** The call tree's look: rows, chevrons, value cells with share bars, the header. */
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

export const CALL_TREE_ROW_PX = 24;
export const CALL_TREE_HEADER_PX = 26;
const HEADER_PX = CALL_TREE_HEADER_PX;

export const getCallTreeStyles = (theme: GrafanaTheme2) => ({
  wrap: css({
    display: 'flex',
    flexDirection: 'column',
    fontSize: theme.typography.bodySmall.fontSize,
    outline: 'none',
    flexShrink: 0,
    '&:focus-visible': { boxShadow: `0 0 0 2px ${theme.colors.primary.main}` },
  }),
  heading: css({
    height: HEADER_PX,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0, 1),
    fontFamily: theme.typography.fontFamilyMonospace,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
  }),
  header: css({
    display: 'flex',
    height: HEADER_PX,
    alignItems: 'center',
    fontWeight: theme.typography.fontWeightMedium,
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    paddingLeft: theme.spacing(1),
  }),
  valueHead: css({ textAlign: 'right', paddingRight: theme.spacing(1) }),
  body: css({ overflowY: 'auto', overflowX: 'hidden', position: 'relative' }),
  row: css({
    position: 'absolute',
    left: 0,
    right: 0,
    height: CALL_TREE_ROW_PX,
    display: 'flex',
    alignItems: 'center',
    paddingLeft: theme.spacing(1),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    cursor: 'pointer',
    '&:hover': { background: theme.colors.action.hover },
  }),
  selected: css({ background: theme.colors.action.selected, boxShadow: `inset 3px 0 ${theme.colors.primary.main}` }),
  matched: css({ fontWeight: theme.typography.fontWeightBold, color: theme.colors.warning.text }),
  name: css({
    display: 'flex',
    alignItems: 'center',
    fontFamily: theme.typography.fontFamilyMonospace,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    flexShrink: 0,
  }),
  chevron: css({
    width: 18,
    flexShrink: 0,
    background: 'none',
    border: 'none',
    padding: 0,
    color: theme.colors.text.secondary,
    cursor: 'pointer',
    '&:hover': { color: theme.colors.text.primary },
  }),
  leaf: css({ width: 18, flexShrink: 0 }),
  value: css({
    position: 'relative',
    textAlign: 'right',
    paddingRight: theme.spacing(1),
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    flexShrink: 0,
    height: '100%',
    lineHeight: `${CALL_TREE_ROW_PX - 1}px`,
  }),
  pct: css({ color: theme.colors.text.secondary }),
  bar: css({
    position: 'absolute',
    left: 0,
    bottom: 2,
    height: 3,
    background: theme.colors.primary.main,
    opacity: 0.6,
  }),
  action: css({
    width: 28,
    flexShrink: 0,
    background: 'none',
    border: 'none',
    color: theme.colors.text.secondary,
    cursor: 'pointer',
    '&:hover': { color: theme.colors.text.primary },
  }),
});
