export type PanelView = 'flamegraph' | 'table' | 'both';
export type Orientation = 'icicle' | 'flame';
export type TextAlign = 'left' | 'right';

export interface FlameGraphPanelOptions {
  view: PanelView;
  orientation: Orientation;
  textAlign: TextAlign;
  showToolbar: boolean;
}

export const DEFAULT_OPTIONS: FlameGraphPanelOptions = { view: 'both', orientation: 'icicle', textAlign: 'left', showToolbar: true };
