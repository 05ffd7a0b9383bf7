/**
 * Where "next match" goes: the next match is selected and, when it would be drawn too narrow to
 * see in the flame graph, zoomed to (src/tree/search stepToMatch, at the graph's own width — in
 * the call tree view, the graph beside the tree). The call tree follows: it re-roots on the zoom,
 * which holds the match, and opens the path to it.
 */
import type { CallTree } from '../src/tree/callTree';
import { stepToMatch, type SearchResult } from '../src/tree/search';
import type { PanelView } from './types';
import { graphWidth } from './components/panelLayout';

export function searchStep(
  tree: CallTree,
  found: SearchResult,
  at: { selected: number; zoom: number; view: PanelView; width: number },
  dir: 1 | -1
): { selected: number; zoomTo?: number } | undefined {
  if (found.count === 0) {
    return undefined;
  }
  return stepToMatch(tree, found.matched, at.selected, at.zoom, graphWidth(at.view, at.width), dir);
}

/** Selects the step's match, zooming when it asks to. */
export function applySearchStep(
  to: { selected: number; zoomTo?: number } | undefined,
  select: (node: number) => void,
  zoomTo: (node: number) => void
): void {
  if (to) {
    select(to.selected);
    if (to.zoomTo !== undefined) {
      zoomTo(to.zoomTo);
    }
  }
}
