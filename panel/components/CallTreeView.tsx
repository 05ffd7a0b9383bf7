/**
 * The call tree: the profile as expandable rows, children heaviest first. Only the rows in view are
 * in the DOM and the open state is a byte per node (src/tree/callTreeRows), so a million-node
 * profile opens as fast as a small one.
 *
 * Mouse: a chevron opens or closes a row, a click selects it (the flame graph beside shows the same
 * node), a double click opens or closes, right click opens the node menu (focus, sandwich…), the
 * ⇡ button shows the function's callers (the sandwich's upper half, as a tree). Keys: callTreeKeys.
 */
import React, { useMemo, useState } from 'react';
import { Button } from '@grafana/ui';
import type { CallTree } from '../../src/tree/callTree';
import { sandwich } from '../../src/tree/sandwich';
import { diffTrees } from '../../src/tree/diff';
import { combinedTree } from '../../src/tree/diffView';
import type { DiffPalette } from '../../src/layout/colors';
import type { TextAlign } from '../types';
import { CallTreeGrid } from './CallTreeGrid';

export interface CallTreeViewProps {
  tree: CallTree;
  unit?: string;
  width: number;
  height: number;
  /** The focused node: the tree shows its subtree (0: the whole profile). */
  root: number;
  /** The selected node, shared with the flame graph (-1: none). */
  selected: number;
  onSelect: (node: number) => void;
  /** Focus (re-root) on a node; 0 goes back to the whole profile. */
  onFocus: (node: number) => void;
  /** Search matches per node (the toolbar's search), highlighted. */
  matched?: Uint8Array;
  /** Two profiles: each side on the tree's layout, shown as baseline, comparison and change. */
  diff?: { left: CallTree; right: CallTree };
  palette: DiffPalette;
  textAlign: TextAlign;
  onHoverName?: (nameId: number | undefined) => void;
  onNodeMenu?: (node: number, x: number, y: number) => void;
  onSearchKey?: () => void;
  /** Where callers are read when `tree` is inverted: the upright tree. */
  callersFrom?: CallTree;
  /** Where a pair's callers are read when its sides are inverted: the upright sides. */
  callersSides?: { left: CallTree; right: CallTree };
}

export function CallTreeView(p: CallTreeViewProps) {
  const [callersOf, setCallersOf] = useState<string>();
  const from = p.callersFrom ?? p.tree;
  const sides = p.callersSides ?? p.diff;
  // A pair's callers are each side's, aligned: baseline, comparison and change, never the two added.
  const callers = useMemo(() => {
    if (!callersOf) {
      return undefined;
    }
    if (!sides) {
      return { tree: sandwich(from, callersOf).callers, diff: undefined };
    }
    const d = diffTrees(sandwich(sides.left, callersOf).callers, sandwich(sides.right, callersOf).callers);
    return { tree: { ...combinedTree(d.left, d.right), bottomUp: true }, diff: d };
  }, [from, sides, callersOf]);
  const [callersSelected, setCallersSelected] = useState(-1);
  const [shownFor, setShownFor] = useState(p.tree);
  if (shownFor !== p.tree) {
    // Callers mode belongs to the tree it was opened on.
    setShownFor(p.tree);
    setCallersOf(undefined);
  }
  if (callers && callersOf) {
    return (
      <CallTreeGrid
        {...p}
        diff={callers.diff}
        tree={callers.tree}
        root={0}
        selected={callersSelected}
        onSelect={setCallersSelected}
        onFocus={() => undefined}
        matched={undefined}
        onNodeMenu={undefined}
        onLeave={() => setCallersOf(undefined)}
        label={`Callers of ${callersOf}`}
        heading={
          <>
            Callers of <span data-testid="flamelens-callers-of">{callersOf}</span>
            <Button size="sm" variant="secondary" fill="text" icon="arrow-left" onClick={() => setCallersOf(undefined)}>
              Back to the call tree
            </Button>
          </>
        }
      />
    );
  }
  const openCallers = (name: string) => {
    setCallersSelected(-1);
    setCallersOf(name);
  };
  return <CallTreeGrid {...p} onCallers={openCallers} label="Call tree" />;
}
