export type PanelView = 'flamegraph' | 'table' | 'both';

export interface FlameGraphPanelOptions {
  view: PanelView;
}

export const DEFAULT_OPTIONS: FlameGraphPanelOptions = { view: 'both' };
