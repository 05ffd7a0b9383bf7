/** Panel props for tests: the frames given, the default options with a patch, a fixed size. */
import { getDefaultTimeRange, LoadingState, PanelProps } from '@grafana/data';
import { DEFAULT_OPTIONS, FlameGraphPanelOptions } from './types';

export function panelProps(
  series: PanelProps['data']['series'],
  patch: Partial<FlameGraphPanelOptions> = {},
  frame: { id: number; width: number; height: number } = { id: 4, width: 900, height: 400 }
): PanelProps<FlameGraphPanelOptions> {
  return {
    ...frame,
    data: { series, state: LoadingState.Done, timeRange: getDefaultTimeRange() },
    options: { ...DEFAULT_OPTIONS, ...patch },
  } as unknown as PanelProps<FlameGraphPanelOptions>;
}
