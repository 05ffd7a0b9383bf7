import { PanelPlugin, type SelectableValue } from '@grafana/data';
import { FlameGraphPanel } from './FlameGraphPanel';
import { DEFAULT_OPTIONS, FlameGraphPanelOptions } from './types';
import '../plugin-runtime/publicPath';
import { FRAME_PRESETS, PRESET_IDS, type PresetId } from '../src/tree/framePresets';
import { migrateHideFrames } from './frameFilterState';

export const plugin = new PanelPlugin<FlameGraphPanelOptions>(FlameGraphPanel)
  // Grafana runs this when a saved panel's plugin version differs: the old single regex moves over.
  .setMigrationHandler((panel) =>
    migrateHideFrames({
      ...(panel.options as unknown as Record<string, unknown>),
    })
  )
  .setPanelOptions((builder) =>
    builder
      // Five views, one of them long: as radio buttons they are cut to "Fla…", "T…" in Grafana's
      // options pane, so a select.
      .addSelect({
        path: 'view',
        name: 'View',
        description: 'What the panel shows first',
        defaultValue: DEFAULT_OPTIONS.view,
        settings: {
          options: [
            { value: 'flamegraph', label: 'Flame graph' },
            { value: 'table', label: 'Top table' },
            { value: 'both', label: 'Both' },
            { value: 'calltree', label: 'Call tree' },
            { value: 'sandwich', label: 'Sandwich' },
            { value: 'comparison', label: 'Side by side (two profiles)' },
          ],
        },
      })
      .addRadio({
        path: 'orientation',
        name: 'Orientation',
        description: 'Icicle: root on top. Flame: root at the bottom.',
        defaultValue: DEFAULT_OPTIONS.orientation,
        settings: {
          options: [
            { value: 'icicle', label: 'Icicle' },
            { value: 'flame', label: 'Flame' },
          ],
        },
      })
      .addRadio({
        path: 'textAlign',
        name: 'Labels',
        description: 'Keep the start (left) or the end (right) of names that do not fit',
        defaultValue: DEFAULT_OPTIONS.textAlign,
        settings: {
          options: [
            { value: 'left', label: 'Head' },
            { value: 'right', label: 'Tail' },
          ],
        },
      })
      .addRadio({
        path: 'colorScheme',
        name: 'Colour scheme',
        description: 'By function name, by package (a library reads as one block) or by value (hot is red)',
        defaultValue: DEFAULT_OPTIONS.colorScheme,
        settings: {
          options: [
            { value: 'name', label: 'By name' },
            { value: 'package', label: 'By package' },
            { value: 'value', label: 'By value' },
          ],
        },
      })
      .addRadio({
        path: 'diffPalette',
        name: 'Diff colours',
        description: 'How a diff shows what grew and shrank: red / green, or orange / blue for colour-blind readers',
        defaultValue: DEFAULT_OPTIONS.diffPalette,
        settings: {
          options: [
            { value: 'redgreen', label: 'Red / green', description: 'Red grew, green shrank' },
            { value: 'colorblind', label: 'Colour-blind', description: 'Orange grew, blue shrank' },
          ],
        },
      })
      .addRadio({
        path: 'diffColoring',
        name: 'Diff colouring',
        description:
          "By the change of each frame's share of its side's total (windows of different length compare fairly), or of its absolute value (an unchanged frame stays grey however the totals moved)",
        defaultValue: DEFAULT_OPTIONS.diffColoring,
        settings: {
          options: [
            { value: 'share', label: 'Share of total' },
            { value: 'absolute', label: 'Absolute' },
          ],
        },
      })
      .addNumberInput({
        path: 'minLabelWidth',
        name: 'Minimum label width',
        description: 'Nodes narrower than this many pixels are drawn without a label',
        defaultValue: DEFAULT_OPTIONS.minLabelWidth,
        settings: { min: 8, max: 400, integer: true },
      })
      .addMultiSelect({
        path: 'framePresets',
        name: 'Frame filter presets',
        category: ['Frame filters'],
        description: "Hide a runtime's own frames (the README lists each preset's patterns)",
        defaultValue: DEFAULT_OPTIONS.framePresets,
        settings: {
          // @grafana/data types a multi-select's choices by the whole value (an array), not by one item.
          options: PRESET_IDS.map((p) => ({
            value: p,
            label: FRAME_PRESETS[p].label,
            description: FRAME_PRESETS[p].description,
          })) as unknown as Array<SelectableValue<PresetId[]>>,
        },
      })
      .addTextInput({
        path: 'frameHide',
        name: 'Hide frames',
        category: ['Frame filters'],
        description:
          'One per line: an exact frame name, or /regex/ (RE2). Hidden frames hand their time to their caller. E.g. /^runtime\\./',
        defaultValue: DEFAULT_OPTIONS.frameHide,
        settings: { useTextarea: true, rows: 3 },
      })
      .addTextInput({
        path: 'frameKeep',
        name: 'Keep only frames',
        category: ['Frame filters'],
        description: 'One per line, same syntax: when set, every other frame is hidden. E.g. /^com\\.acme\\./',
        defaultValue: DEFAULT_OPTIONS.frameKeep,
        settings: { useTextarea: true, rows: 2 },
      })
      .addBooleanSwitch({
        path: 'collapseRecursion',
        name: 'Collapse recursion',
        description: 'Merge a function calling itself into one frame',
        defaultValue: DEFAULT_OPTIONS.collapseRecursion,
      })
      .addBooleanSwitch({
        path: 'inverted',
        name: 'Inverted (bottom-up)',
        description: 'The functions where time is spent at the root, their callers above (also a toolbar switch)',
        defaultValue: DEFAULT_OPTIONS.inverted,
      })
      .addTextInput({
        path: 'groupBy',
        name: 'Group by label',
        description:
          "A label (e.g. region): its top values become the graph's first level, each with its own profile (one query per value; also in the toolbar)",
        defaultValue: DEFAULT_OPTIONS.groupBy,
      })
      .addNumberInput({
        path: 'groupLimit',
        name: 'Groups',
        description: 'Values of the label with a node of their own; the others make one more',
        defaultValue: DEFAULT_OPTIONS.groupLimit,
        settings: { min: 1, max: 20, integer: true },
        showIf: (o) => o.groupBy !== '',
      })
      .addBooleanSwitch({
        path: 'progressiveDetail',
        name: 'Load truncated frames in view',
        description:
          'The query answers its node limit (Max nodes); "other" nodes wide enough to see are then loaded per call site, two at a time, 16 per zoom',
        defaultValue: DEFAULT_OPTIONS.progressiveDetail,
      })
      .addRadio({
        path: 'timeline',
        name: 'Timeline',
        description:
          'Above the graph (Flamelens datasource): the profile metric with each point’s largest profile, or a heatmap of profiles’ or spans’ totals (Pyroscope 2). Click one to open it alone; switchable above the graph.',
        defaultValue: DEFAULT_OPTIONS.timeline,
        settings: {
          options: [
            { value: 'off', label: 'Off' },
            { value: 'series', label: 'Metric with exemplars' },
            { value: 'individual', label: 'Profiles heatmap' },
            { value: 'span', label: 'Spans heatmap' },
          ],
        },
      })
      .addBooleanSwitch({
        path: 'showToolbar',
        name: 'Toolbar',
        description: 'Search, view switch and zoom path',
        defaultValue: DEFAULT_OPTIONS.showToolbar,
      })
  );
