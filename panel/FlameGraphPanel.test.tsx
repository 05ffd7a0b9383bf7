import React from 'react';
import { render, screen } from '@testing-library/react';
import { getDefaultTimeRange, LoadingState, PanelProps } from '@grafana/data';
import { FlameGraphPanel } from './FlameGraphPanel';
import { DEFAULT_OPTIONS, FlameGraphPanelOptions } from './types';
import { fireEvent } from '@testing-library/react';
import { locationService } from '@grafana/runtime';
import { diffTreesToNestedSetFrame, treeToNestedSetFrame } from '../src/frames/nestedSet';
import { diffTrees } from '../src/tree/diff';
import { parseFolded } from '../src/formats/folded';

const HOSTILE = '<img src=x onerror=alert(1)>';

function props(series: PanelProps['data']['series'], patch: Partial<FlameGraphPanelOptions> = {}): PanelProps<FlameGraphPanelOptions> {
  return {
    id: 4,
    data: { series, state: LoadingState.Done, timeRange: getDefaultTimeRange() },
    options: { ...DEFAULT_OPTIONS, ...patch },
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
    expect(screen.getByRole('img', { name: 'Flame graph' })).toBeInTheDocument();
    expect(screen.queryByTestId('flamelens-top-table')).toBeNull();
  });

  it('searches, shows the matched share of the total, and keeps the search in the URL', () => {
    render(<FlameGraphPanel {...props([frame])} />);
    fireEvent.change(screen.getByLabelText('Search functions'), { target: { value: 'work' } });
    expect(screen.getByTestId('flamelens-matched')).toHaveTextContent('matched: 60.00% of total');
    expect(locationService.getSearchObject()['fl4-q']).toBe('work');
  });

  it('zooms on click, shows the path as breadcrumbs, and resets', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'flamegraph' })} />);
    // jsdom lays nothing out: the canvas sits at (0,0), so row 1 starts at y = 20.
    fireEvent.click(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 5, clientY: 25 });
    const crumbs = screen.getByTestId('flamelens-breadcrumbs');
    expect(crumbs).toHaveTextContent('main');
    expect(locationService.getSearchObject()['fl4-zoom']).toBe('main');
    fireEvent.click(screen.getByText('Reset'));
    expect(locationService.getSearchObject()['fl4-zoom']).toBeUndefined();
  });

  it('reads out the keyboard selection for screen readers', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'flamegraph' })} />);
    const canvas = screen.getByRole('img', { name: 'Flame graph' });
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    expect(screen.getByTestId('flamelens-selection')).toHaveTextContent(/^main: total 10 ns, 100.00% of all; self 0 ns; depth 1$/);
  });

  it('shows a dropped folded file instead of the query data, and says what is wrong with a bad one', async () => {
    render(<FlameGraphPanel {...props([frame], { view: 'table' })} />);
    const drop = (name: string, text: string) =>
      fireEvent.drop(screen.getByTestId('flamelens-panel'), { dataTransfer: { files: [{ name, arrayBuffer: async () => new TextEncoder().encode(text).buffer }] } });
    drop('dropped.folded', 'alpha;beta 3\n');
    expect(await screen.findByText(/Showing dropped.folded/)).toBeInTheDocument();
    expect(screen.getByTestId('flamelens-top-table')).toHaveTextContent('beta');
    drop('legacy.txt', 'heap profile: 1: 2 [3: 4] @ heap/1048576\n');
    expect(await screen.findByText(/legacy.txt: not a protobuf pprof profile: this looks like a legacy text pprof profile/)).toBeInTheDocument();
  });

  it('draws a diff frame with a legend, and a tooltip of baseline, comparison and change', () => {
    const d = diffTrees(parseFolded('main;a 5\nmain;b 5\n').tree, parseFolded('main;a 9\nmain;c 1\n').tree);
    render(<FlameGraphPanel {...props([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })], { view: 'flamegraph' })} />);
    expect(screen.getByTestId('flamelens-diff-legend')).toHaveTextContent('−100% (removed)');
    fireEvent.mouseMove(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 5, clientY: 25 });
    const tip = screen.getByTestId('flamelens-tooltip');
    expect(tip).toHaveTextContent('main');
    expect(tip).toHaveTextContent(/Baseline\s*10 ns\s*100.00%/);
    expect(tip).toHaveTextContent(/Comparison\s*10 ns\s*100.00%/);
  });

  it('diffs two flame graph frames of a comparison when no diff frame is given', () => {
    const base = treeToNestedSetFrame(parseFolded('x 4\n').tree, { custom: { role: 'baseline' } });
    const comp = treeToNestedSetFrame(parseFolded('x 2\ny 2\n').tree, { custom: { role: 'comparison' } });
    render(<FlameGraphPanel {...props([base, comp], { view: 'flamegraph' })} />);
    expect(screen.getByTestId('flamelens-diff-legend')).toBeInTheDocument();
  });
});
