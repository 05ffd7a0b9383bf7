/**
 * Where "next match" goes. In the flame graph views the next match is selected and, when it would
 * be drawn too narrow to see, zoomed to (src/tree/search stepToMatch, at the graph's own width).
 * In the call tree the match is selected and the tree opens the path to it; nothing is zoomed, as
 * a zoom re-roots the tree and would hide the matches outside it (a match outside the current
 * focus leaves the focus).
 */
import type { CallTree } from '../src/tree/callTree';
import { stepMatch, stepToMatch, type SearchResult } from '../src/tree/search';
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
  if (at.view === 'calltree') {
    const next = stepMatch(found.matched, at.selected >= 0 ? at.selected : at.zoom, dir);
    if (next < 0) {
      return undefined;
    }
    const outside = next < at.zoom || next >= tree.end[at.zoom];
    return { selected: next, zoomTo: outside ? 0 : undefined };
  }
  // The graph's own width: a match must be wide enough where it is drawn, not in the panel.
  return stepToMatch(tree, found.matched, at.selected, at.zoom, graphWidth(at.view, at.width), dir);
}
