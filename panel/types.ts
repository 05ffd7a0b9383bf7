import type { ColorScheme, DiffPalette } from '../src/layout/colors';
import type { PresetId } from '../src/tree/framePresets';
import type { DiffColoring } from '../src/tree/diffView';
export type { DiffColoring };

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
  /** A diff's colours: change of share of total, or of absolute value. */
  diffColoring: DiffColoring;
  showToolbar: boolean;
  /** Nodes narrower than this (CSS px) get no label. */
  minLabelWidth: number;
  /**
   * Frames hidden (their time goes to the caller), one per line: an exact name or /regex/. Replaces
   * the single-regex `hideFrames` of earlier versions (migrated in frameFilterState).
   */
  frameHide: string;
  /** When set, only frames matching one of these lines are shown (same syntax as frameHide). */
  frameKeep: string;
  /** Presets of frames to hide (src/tree/framePresets). */
  framePresets: PresetId[];
  /** Merge a function calling itself into one frame. */
  collapseRecursion: boolean;
  /** Bottom-up: the functions where time is spent at the root, their callers above. */
  inverted: boolean;
  /** A label whose top values become the graph's first level (empty: not grouped). */
  groupBy: string;
  /** How many values get a group of their own; the others make one more. */
  groupLimit: number;
  /** Replace the truncated "other" nodes in view by their frames, fetched per call site. */
  progressiveDetail: boolean;
  /** A timeline above the graph: the metric with exemplars, or a heatmap of profiles or spans. */
  timeline: TimelineChoice;
}

/** Off, or the timeline the panel opens with (switchable above the graph). */
export type TimelineChoice = 'off' | 'series' | 'individual' | 'span';

export const DEFAULT_OPTIONS: FlameGraphPanelOptions = {
  view: 'both',
  orientation: 'icicle',
  textAlign: 'left',
  colorScheme: 'name',
  diffPalette: 'redgreen',
  diffColoring: 'share',
  showToolbar: true,
  minLabelWidth: 24,
  frameHide: '',
  frameKeep: '',
  framePresets: [],
  collapseRecursion: false,
  inverted: false,
  groupBy: '',
  groupLimit: 5,
  progressiveDetail: true,
  timeline: 'off',
};
