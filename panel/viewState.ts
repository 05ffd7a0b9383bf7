/**
 * The panel's view state (zoom path, search, view, sandwiched function) in the URL, so a link
 * reproduces what a user sees and a refresh keeps it. Keys are per panel: fl<id>-zoom (frame names
 * root first, joined by "/"), fl<id>-q (search), fl<id>-view, fl<id>-fn, fl<id>-inv (1 or 0),
 * fl<id>-ff (frame filters, ./frameFilterState), fl<id>-side (one side of a diff alone) and
 * fl<id>-dc (a diff's colouring) and fl<id>-by (the label the graph is grouped by).
 */
import { PANEL_VIEWS, PanelView } from './types';
import type { FrameFilters } from '../src/tree/frameFilters';
import type { DiffColoring } from '../src/tree/diffView';
import { decodeFilters, encodeFilters } from './frameFilterState';

/** A diff, or one of its sides drawn alone as a plain flame graph. */
export type DiffSide = 'baseline' | 'comparison';

export interface ViewState {
  zoomPath: string[];
  search: string;
  view?: PanelView;
  /** The function the sandwich view shows. */
  sandwich?: string;
  /** Bottom-up graph, when it differs from the panel's option. */
  inverted?: boolean;
  /** Frame filters, when they differ from the panel's options. */
  filters?: FrameFilters;
  side?: DiffSide;
  /** A diff's colouring, when it differs from the panel's option. */
  coloring?: DiffColoring;
  /** The label the graph is grouped by, when it differs from the option ('' for none). */
  groupBy?: string;
}

const SEP = '/';

export function keys(panelId: number | string) {
  return {
    zoom: `fl${panelId}-zoom`,
    search: `fl${panelId}-q`,
    view: `fl${panelId}-view`,
    sandwich: `fl${panelId}-fn`,
    inverted: `fl${panelId}-inv`,
    filters: `fl${panelId}-ff`,
    side: `fl${panelId}-side`,
    coloring: `fl${panelId}-dc`,
    groupBy: `fl${panelId}-by`,
  };
}

export function readViewState(params: URLSearchParams, panelId: number | string): ViewState {
  const k = keys(panelId);
  const zoom = params.get(k.zoom);
  const view = params.get(k.view);
  const filters = params.get(k.filters);
  const side = params.get(k.side);
  const coloring = params.get(k.coloring);
  const groupBy = params.get(k.groupBy);
  return {
    zoomPath: zoom ? zoom.split(SEP).map(decodeURIComponent) : [],
    search: params.get(k.search) ?? '',
    view: PANEL_VIEWS.find((v) => v === view),
    sandwich: params.get(k.sandwich) || undefined,
    inverted: params.get(k.inverted) === '1' ? true : params.get(k.inverted) === '0' ? false : undefined,
    ...(filters !== null ? { filters: decodeFilters(filters) } : {}),
    ...(side === 'baseline' || side === 'comparison' ? { side } : {}),
    ...(coloring === 'share' || coloring === 'absolute' ? { coloring } : {}),
    ...(groupBy !== null ? { groupBy: groupBy === '-' ? '' : groupBy } : {}),
  };
}

/** URL query entries for a state; undefined values remove the key. */
export function viewStateQuery(state: ViewState, panelId: number | string): Record<string, string | undefined> {
  const k = keys(panelId);
  return {
    [k.zoom]: state.zoomPath.length ? state.zoomPath.map(encodeURIComponent).join(SEP) : undefined,
    [k.search]: state.search || undefined,
    [k.view]: state.view,
    [k.sandwich]: state.sandwich,
    [k.inverted]: state.inverted === undefined ? undefined : state.inverted ? '1' : '0',
    [k.filters]: state.filters && encodeFilters(state.filters),
    [k.side]: state.side,
    [k.coloring]: state.coloring,
    // Not grouped, against an option that groups, has a value of its own.
    [k.groupBy]: state.groupBy === undefined ? undefined : state.groupBy || '-',
  };
}
