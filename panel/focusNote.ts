/**
 * What the panel says when the focused frame (the zoom path, kept across refreshes and in the URL)
 * is not in the data it now shows: the graph then shows the deepest frame of the path that is, and
 * the reader should know the focus moved, not find a different frame under the same breadcrumbs.
 */
import { findPath, nodeAtPath, pathOf } from '../src/tree/paths';
import type { CallTree } from '../src/tree/callTree';

export function focusNote(
  tree: CallTree | undefined,
  zoomPath: readonly string[],
  refining = false
): string | undefined {
  // While "other" nodes are being loaded the path may come back: say nothing yet.
  if (!tree || zoomPath.length === 0 || refining || findPath(tree, zoomPath) >= 0) {
    return undefined;
  }
  const nearest = pathOf(tree, nodeAtPath(tree, zoomPath));
  const shown = nearest.length
    ? `its nearest caller in this data, ${nearest[nearest.length - 1]}`
    : 'the whole profile';
  return `The focused frame ${zoomPath.join(' › ')} is not in this data; showing ${shown}.`;
}

export const joinNotes = (...notes: Array<string | undefined>): string | undefined =>
  notes.filter(Boolean).join(' ') || undefined;
