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
import type { SideRole } from '../../src/contract/frames';
import type { TimeRangeMs } from '../../src/pyroscope/types';
import type { FlameGraphPanelOptions, PanelView } from '../types';
import type { Side } from '../profileData';
import type { Retargets } from '../hooks/useRemoteDetail';
import type { View } from './flameGeometry';
import { FlameCanvas } from './FlameCanvas';
import { TopTable, type TopTableCommon } from './TopTable';
import { DiffTopTable } from './DiffTopTable';
import { SandwichView } from './SandwichView';
import { ComparisonSide, ComparisonView, comparisonColumnWidth } from './ComparisonView';
import { DiffLegend, LEGEND_PX } from './DiffLegend';
import type { NodeMenuTarget } from './NodeMenu';

export interface PanelBodyProps {
  view: PanelView;
  tree: CallTree;
  unit?: string;
  width: number;
  height: number;
  diff?: DiffView;
  flameView: View;
  /** Each side's own colours in the side-by-side view (the diff's colours are in flameView). */
  sideColors?: (node: number) => string;
  options: FlameGraphPanelOptions;
  tableFilter?: (name: string) => boolean;
  onHoverName: (nameId: number | undefined) => void;
  onPickName: (name: string) => void;
  sandwichName?: string;
  onSandwich: (name: string) => void;
  matchIn: (tree: CallTree) => Uint8Array | undefined;
  onZoom: (node: number) => void;
  onSelect: (node: number) => void;
  onSearchKey: () => void;
  onNodeMenu: (node: number, x: number, y: number) => void;
  onMenuTarget: (target: NodeMenuTarget) => void;
  /** Two profiles: each side, its range changes, and how to change one (when the datasource can). */
  pair?: { baseline: Side; comparison: Side; retargets: Retargets };
  onRetarget?: (role: SideRole, range: TimeRangeMs) => void;
  canvasRef: React.RefObject<HTMLCanvasElement>;
}

const GAP_PX = 8;

const tableWidthOf = (width: number) => Math.min(Math.floor(width * 0.4), 520);

/**
 * Below this width a table beside the graph would leave names a few characters wide: the table goes
 * under the graph instead, at full width (a half-width dashboard panel, an Explore split).
 */
const STACK_BELOW_PX = 800;
/** The graph's share of the height when the table is under it. */
const STACKED_GRAPH_SHARE = 0.6;

const stacked = (width: number) => width < STACK_BELOW_PX;

/** The width of the flame graph a view draws (each side's, for two side by side), CSS px. */
export function graphWidth(view: PanelView, width: number): number {
  switch (view) {
    case 'both':
    case 'sandwich':
      return stacked(width) ? width : width - tableWidthOf(width) - GAP_PX;
    case 'comparison':
      return comparisonColumnWidth(width);
    default:
      return width;
  }
}

export function PanelBody(p: PanelBodyProps) {
  const styles = useStyles2(getStyles);
  const tableWidth = tableWidthOf(p.width);
  const canvas = (w: number, h = p.height) => (
    <div>
      {p.diff && <DiffLegend palette={p.options.diffPalette} width={w} />}
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
    return p.diff ? (
      <DiffTopTable {...common} left={p.diff.left} right={p.diff.right} palette={p.options.diffPalette} />
    ) : (
      <TopTable {...common} tree={p.tree} />
    );
  };
  // A graph (or sandwich) with the table: the graph first in the DOM, so Tab reaches it before the
  // table's row buttons; on screen the table is on its left, or under it in a narrow panel.
  const beside = (graph: (w: number, h: number) => React.ReactNode) => {
    if (stacked(p.width)) {
      const graphH = Math.floor(p.height * STACKED_GRAPH_SHARE);
      return (
        <div className={styles.stack}>
          {graph(p.width, graphH)}
          {table(p.width, p.height - graphH - GAP_PX)}
        </div>
      );
    }
    return (
      <>
        <div className={styles.right}>{graph(p.width - tableWidth - GAP_PX, p.height)}</div>
        <div className={styles.left}>{table(tableWidth, p.height)}</div>
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
    case 'sandwich':
      return beside((w, h) => (
        <>
          {p.sandwichName ? (
            <SandwichView
              tree={p.tree}
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

function SideBySide(p: PanelBodyProps & Required<Pick<PanelBodyProps, 'pair' | 'diff'>>) {
  const side = (role: SideRole, s: Side, aligned: CallTree): ComparisonSide => {
    const r = p.pair.retargets[role];
    const status =
      r && 'loading' in r ? { loading: true as const } : r && 'error' in r ? { error: r.error } : undefined;
    return { ...s, role, aligned, range: r?.range ?? s.range, status };
  };
  return (
    <ComparisonView
      sides={[side('baseline', p.pair.baseline, p.diff.left), side('comparison', p.pair.comparison, p.diff.right)]}
      unit={p.unit}
      width={p.width}
      height={p.height}
      view={{ ...p.flameView, colorOf: p.sideColors }}
      onZoom={p.onZoom}
      onSelect={p.onSelect}
      onSearchKey={p.onSearchKey}
      onContextMenu={p.onNodeMenu}
      onRetarget={p.onRetarget}
      canvasRef={p.canvasRef}
    />
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  hint: css({ padding: theme.spacing(2), color: theme.colors.text.secondary }),
  left: css({ order: 1 }),
  stack: css({ display: 'flex', flexDirection: 'column', gap: GAP_PX }),
  right: css({ order: 2 }),
});
