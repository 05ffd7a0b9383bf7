import React from 'react';
import { render, screen } from '@testing-library/react';
import { getDefaultTimeRange, LoadingState, PanelProps } from '@grafana/data';
import { FlameGraphPanel } from './FlameGraphPanel';
import type { FlameGraphPanelOptions } from './types';
import { treeToNestedSetFrame } from '../src/frames/nestedSet';
import { parseFolded } from '../src/formats/folded';

const HOSTILE = '<img src=x onerror=alert(1)>';

function props(series: PanelProps['data']['series'], options: FlameGraphPanelOptions = { view: 'both' }): PanelProps<FlameGraphPanelOptions> {
  return {
    data: { series, state: LoadingState.Done, timeRange: getDefaultTimeRange() },
    options,
    width: 900,
    height: 400,
  } as unknown as PanelProps<FlameGraphPanelOptions>;
}

describe('FlameGraphPanel', () => {
  const frame = treeToNestedSetFrame(parseFolded(`main;work 6\nmain;${HOSTILE} 4\n`).tree, { unit: 'ns' });

  it('lists functions in the top table with self and total formatted by unit', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'table' })} />);
    const table = screen.getByTestId('flamelens-top-table');
    expect(table).toHaveTextContent('work');
    expect(table).toHaveTextContent('6 ns');
    expect(table).toHaveTextContent('60.0%');
  });

  it('renders a hostile function name as text, never as markup', () => {
    const { container } = render(<FlameGraphPanel {...props([frame])} />);
    expect(screen.getByText(HOSTILE)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('says what is missing when the data is not a flame graph', () => {
    const notFlame = { length: 1, fields: [{ name: 'time', type: 'time', values: [1], config: {} }] };
    render(<FlameGraphPanel {...props([notFlame as never])} />);
    expect(screen.getByText(/missing fields "level", "value", "self", "label"/)).toBeInTheDocument();
  });

  it('says there is no data when the query returned nothing', () => {
    render(<FlameGraphPanel {...props([])} />);
    expect(screen.getByText(/No data/)).toBeInTheDocument();
  });

  it('shows the flame graph canvas in the flame graph view', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'flamegraph' })} />);
    expect(screen.getByLabelText('Flame graph')).toBeInTheDocument();
    expect(screen.queryByTestId('flamelens-top-table')).toBeNull();
  });
});
