import { PanelPlugin } from '@grafana/data';
import { FlameGraphPanel } from './FlameGraphPanel';
import { DEFAULT_OPTIONS, FlameGraphPanelOptions } from './types';
import '../plugin-runtime/publicPath';

export const plugin = new PanelPlugin<FlameGraphPanelOptions>(FlameGraphPanel).setPanelOptions((builder) =>
  builder
    .addRadio({
      path: 'view',
      name: 'View',
      description: 'What the panel shows first',
      defaultValue: DEFAULT_OPTIONS.view,
      settings: {
        options: [
          { value: 'flamegraph', label: 'Flame graph' },
          { value: 'table', label: 'Top table' },
          { value: 'both', label: 'Both' },
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
      path: 'diffPalette',
      name: 'Diff colours',
      description: 'How a diff shows what grew and shrank',
      defaultValue: DEFAULT_OPTIONS.diffPalette,
      settings: {
        options: [
          { value: 'redgreen', label: 'Red grew / green shrank' },
          { value: 'colorblind', label: 'Colour-blind (orange / blue)' },
        ],
      },
    })
    .addBooleanSwitch({ path: 'showToolbar', name: 'Toolbar', description: 'Search, view switch and zoom path', defaultValue: DEFAULT_OPTIONS.showToolbar })
);
