/** Two profiles side by side, each under its timeline, from the panel body's props. */
import React from 'react';
import type { CallTree } from '../../src/tree/callTree';
import type { SideRole } from '../../src/contract/frames';
import type { Side } from '../profileData';
import { ComparisonSide, ComparisonView } from './ComparisonView';
import type { PanelBodyProps } from './PanelBody';

export function SideBySide(p: PanelBodyProps & Required<Pick<PanelBodyProps, 'pair' | 'diff'>>) {
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
