/**
 * The panel's view state (zoom path, search, view, sandwiched function) in the URL, so a link
 * reproduces what a user sees and a refresh keeps it. Keys are per panel: fl<id>-zoom (frame names
 * root first, joined by "/"), fl<id>-q (search), fl<id>-view, fl<id>-fn and fl<id>-inv (1 or 0).
 */
import { PANEL_VIEWS, PanelView } from './types';

export interface ViewState {
  zoomPath: string[];
  search: string;
  view?: PanelView;
  /** The function the sandwich view shows. */
  sandwich?: string;
  /** Bottom-up graph, when it differs from the panel's option. */
  inverted?: boolean;
}

const SEP = '/';

export function keys(panelId: number | string) {
  return {
    zoom: `fl${panelId}-zoom`,
    search: `fl${panelId}-q`,
    view: `fl${panelId}-view`,
    sandwich: `fl${panelId}-fn`,
    inverted: `fl${panelId}-inv`,
  };
}

export function readViewState(params: URLSearchParams, panelId: number | string): ViewState {
  const k = keys(panelId);
  const zoom = params.get(k.zoom);
  const view = params.get(k.view);
  return {
    zoomPath: zoom ? zoom.split(SEP).map(decodeURIComponent) : [],
    search: params.get(k.search) ?? '',
    view: PANEL_VIEWS.find((v) => v === view),
    sandwich: params.get(k.sandwich) || undefined,
    inverted: params.get(k.inverted) === '1' ? true : params.get(k.inverted) === '0' ? false : undefined,
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
  };
}
