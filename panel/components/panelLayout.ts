/** How the panel's views share its width: a table or call tree beside the graph, or under it when narrow. */
import type { PanelView } from '../types';
import { comparisonColumnWidth } from './ComparisonView';

export const GAP_PX = 8;

export const tableWidthOf = (width: number) => Math.min(Math.floor(width * 0.4), 520);
/** The call tree needs room for its indentation and names: 55% of the panel, up to 900 px. */
export const callTreeWidthOf = (width: number) => Math.min(Math.floor(width * 0.55), 900);

/**
 * Below this width a table beside the graph would leave names a few characters wide: the table goes
 * under the graph instead, at full width (a half-width dashboard panel, an Explore split).
 */
export const STACK_BELOW_PX = 800;
/** The graph's share of the height when the table is under it. */
export const STACKED_GRAPH_SHARE = 0.6;

export const stacked = (width: number) => width < STACK_BELOW_PX;

/** The width of the flame graph a view draws (each side's, for two side by side), CSS px. */
export function graphWidth(view: PanelView, width: number): number {
  switch (view) {
    case 'both':
    case 'sandwich':
      return stacked(width) ? width : width - tableWidthOf(width) - GAP_PX;
    case 'calltree':
      return stacked(width) ? width : width - callTreeWidthOf(width) - GAP_PX;
    case 'comparison':
      return comparisonColumnWidth(width);
    default:
      return width;
  }
}
