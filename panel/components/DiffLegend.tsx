import React from 'react';
import { diffColor, type DiffPalette } from '../../src/layout/colors';

export const LEGEND_PX = 22;

/** The diff scale: what each colour means. */
export function DiffLegend({ palette, width }: { palette: DiffPalette; width: number }) {
  const stops = [-1, -0.5, 0, 0.5, 1].map((c) => diffColor(c, palette)).join(', ');
  return (
    <div
      data-testid="flamelens-diff-legend"
      style={{ width, height: LEGEND_PX - 4, display: 'flex', alignItems: 'center', gap: 8, fontSize: 11 }}
    >
      <span>−100% (removed)</span>
      <div
        style={{ flex: 1, height: 10, background: `linear-gradient(to right, ${stops})` }}
        title="0%: unchanged share (grey)"
      />
      <span>+100% (added)</span>
    </div>
  );
}
