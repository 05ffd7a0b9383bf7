import React, { useMemo, useState } from 'react';
import { useTheme2 } from '@grafana/ui';
import { CallTree, nodeName } from '../../src/tree/callTree';
import { sandwich } from '../../src/tree/sandwich';
import { ColorScheme, nodeColors } from '../../src/layout/colors';
import { FlameCanvas } from './FlameCanvas';
import { contentHeight } from './flameGeometry';
import { sandwichSplit } from '../../src/layout/sandwichSplit';
import type { NodeMenuTarget } from './NodeMenu';
import type { TextAlign } from '../types';

interface Props {
  tree: CallTree;
  unit?: string;
  name: string;
  width: number;
  height: number;
  colorScheme: ColorScheme;
  textAlign: TextAlign;
  minLabelWidth: number;
  /** Search matches for a tree of this view; undefined when there is no search. */
  match: (tree: CallTree) => Uint8Array | undefined;
  onNodeMenu: (target: NodeMenuTarget) => void;
  onSearchKey: () => void;
  /** Receives the callers' canvas, for exports of what is drawn. */
  canvasRef?: React.RefObject<HTMLCanvasElement>;
}

/**
 * One function's sandwich: its callers above it (the function at the bottom, callers growing
 * upward) and its callees below (the function on top), all its call sites merged. Each half zooms
 * on its own; a shallow half takes only the height it needs (sandwichSplit).
 */
export function SandwichView({
  tree,
  unit,
  name,
  width,
  height,
  colorScheme,
  textAlign,
  minLabelWidth,
  match,
  onNodeMenu,
  onSearchKey,
  canvasRef,
}: Props) {
  const theme = useTheme2();
  const s = useMemo(() => sandwich(tree, name), [tree, name]);
  const split = sandwichSplit(height - 4 - CAPTION_PX, contentHeight(s.callers), contentHeight(s.callees));
  if (s.callers.total[0] === 0 && s.callees.total[0] === 0) {
    return <div data-testid="flamelens-sandwich">{`"${name}" is not in this profile.`}</div>;
  }
  return (
    <div data-testid="flamelens-sandwich" style={{ width, display: 'flex', flexDirection: 'column', gap: 4 }}>
      <div
        style={{
          height: CAPTION_PX - 4,
          fontSize: 11,
          opacity: 0.75,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
        title={name}
      >
        {`Sandwich of ${name}: its callers above it, its callees below`}
      </div>
      <Half
        key={`callers-${name}`}
        tree={s.callers}
        orientation="flame"
        label={`Callers of ${name}`}
        canvasRef={canvasRef}
        {...{
          unit,
          width,
          height: split.callers,
          colorScheme,
          textAlign,
          minLabelWidth,
          match,
          onNodeMenu,
          onSearchKey,
          dark: theme.isDark,
        }}
      />
      <Half
        key={`callees-${name}`}
        tree={s.callees}
        orientation="icicle"
        label={`Callees of ${name}`}
        {...{
          unit,
          width,
          height: split.callees,
          colorScheme,
          textAlign,
          minLabelWidth,
          match,
          onNodeMenu,
          onSearchKey,
          dark: theme.isDark,
        }}
      />
    </div>
  );
}

const CAPTION_PX = 20;

type HalfProps = Omit<Props, 'name'> & { orientation: 'flame' | 'icicle'; label: string; dark: boolean };

function Half({
  tree,
  unit,
  width,
  height,
  colorScheme,
  textAlign,
  minLabelWidth,
  match,
  onNodeMenu,
  onSearchKey,
  orientation,
  label,
  dark,
  canvasRef,
}: HalfProps) {
  const [zoom, setZoom] = useState(0);
  const [selected, setSelected] = useState(-1);
  const colorOf = useMemo(() => nodeColors(tree, colorScheme, dark), [tree, colorScheme, dark]);
  const matched = useMemo(() => match(tree), [match, tree]);
  return (
    <FlameCanvas
      tree={tree}
      unit={unit}
      width={width}
      height={height}
      label={label}
      view={{ zoom, orientation, textAlign, selected, colorOf, matched, minLabelWidth }}
      onZoom={setZoom}
      onSelect={setSelected}
      onSearchKey={onSearchKey}
      onContextMenu={(node, x, y) => onNodeMenu({ name: nodeName(tree, node), x, y, onFocus: () => setZoom(node) })}
      canvasRef={canvasRef}
    />
  );
}
