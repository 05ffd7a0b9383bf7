/**
 * The panel's views, each drawing what it is given: top table, flame graph (or diff), both side by
 * side, a function's sandwich, or two profiles side by side under their timelines.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CallTree } from '../../src/tree/callTree';
import type { DiffView } from '../../src/tree/diffView';
import type { Upright } from '../hooks/useShownTrees';
import type { SideRole } from '../../src/contract/frames';
import type { TimeRangeMs } from '../../src/pyroscope/types';
import type { FlameGraphPanelOptions, PanelView } from '../types';
import type { Side } from '../profileData';
import type { Retargets } from '../hooks/useRemoteDetail';
import type { View } from './flameGeometry';
import { FlameCanvas } from './FlameCanvas';
import { TopTable, type TopTableCommon } from './TopTable';
import type { ExactFunctions } from '../hooks/useExactFunctions';
import { DiffTopTable } from './DiffTopTable';
import { SandwichView } from './SandwichView';
import { CallTreeView } from './CallTreeView';
import { SideBySide } from './SideBySide';
import { DiffLegend, LEGEND_PX, type DiffControls } from './DiffLegend';
import type { NodeMenuTarget } from './NodeMenu';
import { callTreeWidthOf, GAP_PX, stacked, STACKED_GRAPH_SHARE, tableWidthOf } from './panelLayout';

export { graphWidth } from './panelLayout';

export interface PanelBodyProps {
  view: PanelView;
  tree: CallTree;
  /** When `tree` is inverted: the upright tree (and sides), for per-function tables and callers. */
  upright?: Upright;
  unit?: string;
  width: number;
  height: number;
  diff?: DiffView;
  flameView: View;
  /** Each side's own colours in the side-by-side view (the diff's colours are in flameView). */
  sideColors?: (node: number) => string;
  options: FlameGraphPanelOptions;
  tableFilter?: (name: string) => boolean;
  /** The exact function table for the top table, when fetched. */
  exact?: ExactFunctions;
  onHoverName: (nameId: number | undefined) => void;
  onPickName: (name: string) => void;
  sandwichName?: string;
  onSandwich: (name: string) => void;
  /** A function's details (lines and source), when the panel can fetch them. */
  onDetails?: (name: string) => void;
  matchIn: (tree: CallTree) => Uint8Array | undefined;
  onZoom: (node: number) => void;
  onSelect: (node: number) => void;
  /** Search matches per node of `tree`. */
  matched?: Uint8Array;
  onSearchKey: () => void;
  onNodeMenu: (node: number, x: number, y: number) => void;
  onMenuTarget: (target: NodeMenuTarget) => void;
  /** Two profiles: each side, its range changes, and how to change one (when the datasource can). */
  pair?: { baseline: Side; comparison: Side; retargets: Retargets };
  onRetarget?: (role: SideRole, range: TimeRangeMs) => void;
  canvasRef: React.RefObject<HTMLCanvasElement>;
  /** A diff's colouring, its sides alone, its vanished stacks. */
  diffControls: DiffControls;
}

export function PanelBody(p: PanelBodyProps) {
  const styles = useStyles2(getStyles);
  const tableWidth = tableWidthOf(p.width);
  const canvas = (w: number, h = p.height) => (
    <div>
      {p.diff && (
        <DiffLegend {...p.diffControls} diff={p.diff} palette={p.options.diffPalette} unit={p.unit} width={w} />
      )}
      <FlameCanvas
        tree={p.tree}
        unit={p.unit}
        width={w}
        height={h - (p.diff ? LEGEND_PX : 0)}
        view={p.flameView}
        onZoom={p.onZoom}
        onSelect={p.onSelect}
        onSearchKey={p.onSearchKey}
        diff={p.diff}
        onContextMenu={p.onNodeMenu}
        canvasRef={p.canvasRef}
      />
    </div>
  );
  const table = (w: number, h = p.height) => {
    const common: TopTableCommon = {
      unit: p.unit,
      width: w,
      height: h,
      filter: p.tableFilter,
      onHoverName: p.onHoverName,
      onPick: p.onPickName,
      onSandwich: p.onSandwich,
      picked: p.view === 'sandwich' ? p.sandwichName : undefined,
      textAlign: p.options.textAlign,
    };
    // Two profiles: each side's own column and the change, never the two added together.
    // Per function, self time is read upright (an inverted tree's self only says where paths end).
    const sides = p.upright?.diff ?? p.diff;
    if (!sides) {
      common.onDetails = p.onDetails;
    }
    return sides ? (
      <DiffTopTable {...common} left={sides.left} right={sides.right} palette={p.options.diffPalette} />
    ) : (
      <TopTable {...common} tree={p.upright?.tree ?? p.tree} exact={p.exact} />
    );
  };
  const callTree = (w: number, h = p.height) => (
    <CallTreeView
      tree={p.tree}
      unit={p.unit}
      width={w}
      height={h}
      root={p.flameView.zoom}
      selected={p.flameView.selected}
      onSelect={p.onSelect}
      onFocus={p.onZoom}
      matched={p.matched}
      diff={p.diff}
      palette={p.options.diffPalette}
      textAlign={p.options.textAlign}
      onHoverName={p.onHoverName}
      onNodeMenu={p.onNodeMenu}
      onSearchKey={p.onSearchKey}
      callersFrom={p.upright?.tree}
      callersSides={p.upright?.diff}
    />
  );
  // A graph (or sandwich) with the table or call tree: the graph first in the DOM, so Tab reaches
  // it before the rows; on screen the table is on its left, or under it in a narrow panel.
  const beside = (
    graph: (w: number, h: number) => React.ReactNode,
    left: (w: number, h: number) => React.ReactNode = table,
    leftWidth = tableWidth
  ) => {
    if (stacked(p.width)) {
      const graphH = Math.floor(p.height * STACKED_GRAPH_SHARE);
      return (
        <div className={styles.stack}>
          {graph(p.width, graphH)}
          {left(p.width, p.height - graphH - GAP_PX)}
        </div>
      );
    }
    return (
      <>
        <div className={styles.right}>{graph(p.width - leftWidth - GAP_PX, p.height)}</div>
        <div className={styles.left}>{left(leftWidth, p.height)}</div>
      </>
    );
  };
  if (p.tree.total[0] === 0 && !p.pair) {
    // Not "no function matches the search": there is nothing to match.
    return (
      <div className={styles.hint} data-testid="flamelens-empty">
        Nothing to draw: every sample value of this profile is zero
        {p.unit ? ` (${p.unit})` : ''}. A profile with several sample types may have data in another one.
      </div>
    );
  }
  switch (p.view) {
    case 'table':
      return table(p.width);
    case 'flamegraph':
      return canvas(p.width);
    case 'both':
      return beside(canvas);
    case 'calltree':
      return beside(canvas, callTree, callTreeWidthOf(p.width));
    case 'sandwich':
      return beside((w, h) => (
        <>
          {p.sandwichName ? (
            <SandwichView
              tree={p.upright?.tree ?? p.tree}
              unit={p.unit}
              name={p.sandwichName}
              width={w}
              height={h}
              colorScheme={p.options.colorScheme}
              textAlign={p.options.textAlign}
              minLabelWidth={p.options.minLabelWidth}
              match={p.matchIn}
              onNodeMenu={p.onMenuTarget}
              onSearchKey={p.onSearchKey}
              canvasRef={p.canvasRef}
            />
          ) : (
            <div className={styles.hint} data-testid="flamelens-sandwich">
              Pick a function: a row&apos;s sandwich button in the table, or right-click a node of the flame graph.
            </div>
          )}
        </>
      ));
    case 'comparison':
      return p.pair && p.diff ? <SideBySide {...p} pair={p.pair} diff={p.diff} /> : null;
  }
}

const getStyles = (theme: GrafanaTheme2) => ({
  hint: css({ padding: theme.spacing(2), color: theme.colors.text.secondary }),
  left: css({ order: 1 }),
  stack: css({ display: 'flex', flexDirection: 'column', gap: GAP_PX }),
  right: css({ order: 2 }),
});
