export type PanelView = 'flamegraph' | 'table' | 'both';
export type Orientation = 'icicle' | 'flame';
export type TextAlign = 'left' | 'right';

export type DiffPalette = 'redgreen' | 'colorblind';

export interface FlameGraphPanelOptions {
  view: PanelView;
  diffPalette?: DiffPalette;
  orientation: Orientation;
  textAlign: TextAlign;
  showToolbar: boolean;
}

export const DEFAULT_OPTIONS: FlameGraphPanelOptions = { view: 'both', orientation: 'icicle', textAlign: 'left', showToolbar: true, diffPalette: 'redgreen' };
