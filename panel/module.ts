import { PanelPlugin } from '@grafana/data';
import { FlameGraphPanel } from './FlameGraphPanel';
import { DEFAULT_OPTIONS, FlameGraphPanelOptions } from './types';
import '../plugin-runtime/publicPath';

export const plugin = new PanelPlugin<FlameGraphPanelOptions>(FlameGraphPanel).setPanelOptions((builder) =>
  builder.addRadio({
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
);
