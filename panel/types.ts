import type { ColorScheme, DiffPalette } from '../src/layout/colors';

/**
 * What the panel shows. `comparison` needs two profiles (a comparison query, a diff frame or two
 * queries); with two profiles the flame graph views draw the diff.
 */
export type PanelView = 'flamegraph' | 'table' | 'both' | 'calltree' | 'sandwich' | 'comparison';
export const PANEL_VIEWS: readonly PanelView[] = ['flamegraph', 'table', 'both', 'calltree', 'sandwich', 'comparison'];
export type Orientation = 'icicle' | 'flame';
export type TextAlign = 'left' | 'right';
export type { ColorScheme, DiffPalette };

export interface FlameGraphPanelOptions {
  view: PanelView;
  orientation: Orientation;
  textAlign: TextAlign;
  colorScheme: ColorScheme;
  diffPalette: DiffPalette;
  showToolbar: boolean;
  /** Nodes narrower than this (CSS px) get no label. */
  minLabelWidth: number;
  /** Frames whose names match this regular expression are hidden (their time goes to the caller). */
  hideFrames: string;
  /** Merge a function calling itself into one frame. */
  collapseRecursion: boolean;
  /** Bottom-up: the functions where time is spent at the root, their callers above. */
  inverted: boolean;
}

export const DEFAULT_OPTIONS: FlameGraphPanelOptions = {
  view: 'both',
  orientation: 'icicle',
  textAlign: 'left',
  colorScheme: 'name',
  diffPalette: 'redgreen',
  showToolbar: true,
  minLabelWidth: 24,
  hideFrames: '',
  collapseRecursion: false,
  inverted: false,
};
