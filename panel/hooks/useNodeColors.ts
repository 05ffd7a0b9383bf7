/**
 * Node colours for what is drawn: a diff's change per node on its palette, otherwise the colour
 * scheme; and, side by side, each side in its functions' own colours rather than the diff's.
 */
import { useMemo } from 'react';
import { useTheme2 } from '@grafana/ui';
import { diffNodeColors, nodeColors, type ColorScheme, type DiffPalette } from '../../src/layout/colors';
import type { CallTree } from '../../src/tree/callTree';
import type { DiffColoring, DiffView } from '../../src/tree/diffView';

export interface NodeColors {
  colorOf?: (node: number) => string;
  sideColors?: (node: number) => string;
}

export function useNodeColors(
  tree: CallTree | undefined,
  diff: DiffView | undefined,
  scheme: ColorScheme,
  palette: DiffPalette,
  coloring: DiffColoring
): NodeColors {
  const dark = useTheme2().isDark;
  const colorOf = useMemo(() => {
    if (!tree) {
      return undefined;
    }
    return diff ? diffNodeColors(diff, coloring, palette) : nodeColors(tree, scheme, dark);
  }, [tree, diff, palette, scheme, dark, coloring]);
  const sideColors = useMemo(() => (diff ? nodeColors(diff.left, scheme, dark) : undefined), [diff, scheme, dark]);
  return { colorOf, sideColors };
}
