import React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import type { PanelProps } from '@grafana/data';
import { FlameGraphPanel } from './FlameGraphPanel';
import type { FlameGraphPanelOptions } from './types';
import { panelProps } from './testProps';
import { fireEvent } from '@testing-library/react';
import { locationService, setDataSourceSrv } from '@grafana/runtime';
import { truncateTree } from '../src/tree/truncate';
import { diffTreesToNestedSetFrame, treeToNestedSetFrame } from '../src/frames/nestedSet';
import { diffTrees } from '../src/tree/diff';
import { parseFolded } from '../src/formats/folded';
import { answerForCallSite } from '../src/testing/callSites';
import type { FlameGraphPatch } from '../src/contract/datasource';

const HOSTILE = '<img src=x onerror=alert(1)>';

const props = (series: PanelProps['data']['series'], patch: Partial<FlameGraphPanelOptions> = {}) =>
  panelProps(series, patch);

// jsdom has no PointerEvent; the timeline listens for pointer events (mouse, pen and touch alike).
if (!(window as unknown as { PointerEvent?: unknown }).PointerEvent) {
  (window as unknown as { PointerEvent: unknown }).PointerEvent = MouseEvent;
}

describe('FlameGraphPanel', () => {
  // The view state lives in the URL: each test starts from a clean one.
  beforeEach(() => locationService.push('/'));
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
    // The table shows as much of the name as fits, and all of it on hover.
    const cell = screen.getByTitle(HOSTILE);
    const [head, tail = ''] = cell.textContent.split('…');
    expect(HOSTILE.startsWith(head) && HOSTILE.endsWith(tail)).toBe(true);
    expect(container.querySelector('img')).toBeNull();
    render(<FlameGraphPanel {...props([frame], { view: 'table' })} />);
    expect(screen.getByText(HOSTILE)).toBeInTheDocument();
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

  it('shows a new default view at once when the View option changes in panel edit', () => {
    const { rerender } = render(<FlameGraphPanel {...props([frame], { view: 'both' })} />);
    expect(screen.getByTestId('flamelens-top-table')).toBeInTheDocument();
    rerender(<FlameGraphPanel {...props([frame], { view: 'flamegraph' })} />);
    expect(screen.queryByTestId('flamelens-top-table')).toBeNull();
    expect(screen.getByRole('img', { name: 'Flame graph' })).toBeInTheDocument();
    rerender(<FlameGraphPanel {...props([frame], { view: 'table' })} />);
    expect(screen.getByTestId('flamelens-top-table')).toBeInTheDocument();
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

  it('sets a short flame (root at the bottom) on the bottom edge of the view', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'flamegraph', orientation: 'flame' })} />);
    // 400 px panel - 64 px toolbar = 336 px of graph: the root's row is the last 20 px, main above it.
    fireEvent.click(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 5, clientY: 336 - 30 });
    expect(screen.getByTestId('flamelens-breadcrumbs')).toHaveTextContent('main');
  });

  it('reads out the keyboard selection for screen readers', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'flamegraph' })} />);
    const canvas = screen.getByRole('img', { name: 'Flame graph' });
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    expect(screen.getByTestId('flamelens-selection')).toHaveTextContent(
      /^main: total 10 ns, 100.00% of all; self 0 ns; depth 1$/
    );
  });

  it('shows a dropped folded file instead of the query data, and says what is wrong with a bad one', async () => {
    render(<FlameGraphPanel {...props([frame], { view: 'table' })} />);
    const drop = (name: string, text: string) =>
      fireEvent.drop(screen.getByTestId('flamelens-panel'), {
        dataTransfer: { files: [{ name, arrayBuffer: async () => new TextEncoder().encode(text).buffer }] },
      });
    drop('dropped.folded', 'alpha;beta 3\n');
    expect(await screen.findByText(/Showing dropped.folded/)).toBeInTheDocument();
    expect(screen.getByTestId('flamelens-top-table')).toHaveTextContent('beta');
    drop('legacy.txt', 'heap profile: 1: 2 [3: 4] @ heap/1048576\n');
    expect(
      await screen.findByText(/legacy.txt: not a protobuf pprof profile: this looks like a legacy text pprof profile/)
    ).toBeInTheDocument();
  });

  it('draws a diff frame with a legend, and a tooltip of baseline, comparison and change', () => {
    const d = diffTrees(parseFolded('main;a 5\nmain;b 5\n').tree, parseFolded('main;a 9\nmain;c 1\n').tree);
    render(
      <FlameGraphPanel
        {...props([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })], { view: 'flamegraph' })}
      />
    );
    const legend = screen.getByTestId('flamelens-diff-legend');
    expect(legend).toHaveTextContent(/−100%\+100%addedremoved1 stack vanishedOpen baselineOpen comparison$/);
    expect(screen.getByLabelText('Colour: change of each frame’s share of its side’s total')).toBeInTheDocument();
    fireEvent.mouseMove(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 5, clientY: 25 });
    const tip = screen.getByTestId('flamelens-tooltip');
    expect(tip).toHaveTextContent('main');
    expect(tip).toHaveTextContent('Baseline: 10 ns (100.00% of the baseline)');
    expect(tip).toHaveTextContent('Comparison: 10 ns (100.00% of the comparison)');
    expect(tip).toHaveTextContent('Change: unchanged');
    expect(tip).toHaveTextContent('Change of share: +0.00 pp (+0.0%)');
  });

  it('lists vanished stacks, switches to absolute colouring, and opens each side alone', async () => {
    const d = diffTrees(parseFolded('main;a 5\nmain;b;c 3\nmain;b;d 2\n').tree, parseFolded('main;a 9\n').tree);
    render(
      <FlameGraphPanel
        {...props([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })], { view: 'flamegraph' })}
      />
    );
    fireEvent.click(screen.getByTestId('flamelens-vanished'));
    const list = await screen.findByTestId('flamelens-vanished-list');
    // b's subtree once, at its top: not c and d again.
    expect(list).toHaveTextContent(/gone from the comparison:5 ns · 50.00%main › b$/);
    fireEvent.click(screen.getByText('Absolute'));
    expect(screen.getByLabelText('Colour: change of each frame’s absolute value')).toBeInTheDocument();
    fireEvent.click(screen.getByText('Open comparison'));
    expect(screen.getByTestId('flamelens-side-alone')).toHaveTextContent(
      'Showing the comparison alone, as a plain flame graph. Back to the diffOpen the baseline'
    );
    expect(screen.queryByTestId('flamelens-diff-legend')).toBeNull();
    fireEvent.mouseMove(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 5, clientY: 5 });
    expect(screen.getByTestId('flamelens-tooltip')).toHaveTextContent(/^totalTotal: 9 ns \(100.00% of all/);
    expect(screen.queryByRole('img', { name: 'Flame graph' })).not.toBeNull();
    fireEvent.click(screen.getByText('Open the baseline'));
    fireEvent.mouseMove(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 6, clientY: 5 });
    expect(screen.getByTestId('flamelens-tooltip')).toHaveTextContent(/^totalTotal: 10 ns \(100.00% of all/);
    fireEvent.click(screen.getByText('Back to the diff'));
    expect(screen.getByTestId('flamelens-diff-legend')).toBeInTheDocument();
  });

  it('diffs two flame graph frames of a comparison when no diff frame is given', () => {
    const base = treeToNestedSetFrame(parseFolded('x 4\n').tree, { custom: { role: 'baseline' } });
    const comp = treeToNestedSetFrame(parseFolded('x 2\ny 2\n').tree, { custom: { role: 'comparison' } });
    render(<FlameGraphPanel {...props([base, comp], { view: 'flamegraph' })} />);
    expect(screen.getByTestId('flamelens-diff-legend')).toBeInTheDocument();
  });

  it("gives a comparison's top table a column per side and the change, not the two sides added", () => {
    const d = diffTrees(parseFolded('main;a 2\nmain;b 6\n').tree, parseFolded('main;a 6\nmain;c 2\n').tree);
    render(
      <FlameGraphPanel {...props([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })], { view: 'table' })} />
    );
    const table = screen.getByTestId('flamelens-top-table');
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(headers.slice(0, 4)).toEqual(['Function', 'Baseline', 'Comparison', 'Change ▾']);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td'))
        .slice(0, 4)
        .map((td) => td.textContent)
    );
    // Largest change first, grown or shrunk: b 75% → gone, a 25% → 75%, c new at 25%.
    expect(rows.slice(0, 3)).toEqual([
      ['b', '6 ns 75.0%', '0 ns 0.0%', 'gone −75.00 pp'],
      ['a', '2 ns 25.0%', '6 ns 75.0%', '+50.00 pp'],
      ['c', '0 ns 0.0%', '2 ns 25.0%', 'new +25.00 pp'],
    ]);
    expect(table.querySelectorAll('tbody tr')[1].querySelector('td:nth-child(4)')).toHaveAttribute(
      'title',
      '+50.00 pp (+200%)'
    );
  });

  const rightClick = (name: string, x: number, y: number) =>
    fireEvent.contextMenu(screen.getByRole('img', { name }), { clientX: x, clientY: y });

  it('opens a context menu on a node: sandwich shows its callers above and callees below, in the URL', async () => {
    const f = treeToNestedSetFrame(parseFolded('main;mid;leaf 6\nother2;mid;x 4\n').tree, { unit: 'ns' });
    render(<FlameGraphPanel {...props([f], { view: 'flamegraph' })} />);
    // Row 2 (y 40-60) holds "mid" under main (x 0-60% of 900 px).
    rightClick('Flame graph', 10, 45);
    expect(screen.getByTestId('flamelens-menu-header')).toHaveTextContent('mid');
    fireEvent.click(screen.getByText('Sandwich view (callers and callees)'));
    expect(screen.getByRole('img', { name: 'Callers of mid' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Callees of mid' })).toBeInTheDocument();
    expect(locationService.getSearchObject()['fl4-fn']).toBe('mid');
    expect(locationService.getSearchObject()['fl4-view']).toBe('sandwich');
  });

  it('hands focus back to the graph when Escape closes the node menu', async () => {
    render(<FlameGraphPanel {...props([frame], { view: 'flamegraph' })} />);
    const graph = screen.getByRole('img', { name: 'Flame graph' });
    rightClick('Flame graph', 5, 25);
    await waitFor(() => expect(document.activeElement).not.toBe(graph)); // the menu took focus
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('flamelens-menu-header')).toBeNull());
    expect(document.activeElement).toBe(graph);
  });

  it('puts the graph before the table in the Tab order, the table still drawn on the left', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'both' })} />);
    const focusable = Array.from(document.querySelectorAll<HTMLElement>('canvas[tabindex="0"], td button'));
    expect(focusable[0]).toBe(screen.getByRole('img', { name: 'Flame graph' }));
    expect(focusable.length).toBeGreaterThan(1);
    // Flex order puts the table's wrapper first on screen.
    const [graphBox, tableBox] = [
      screen.getByRole('img', { name: 'Flame graph' }).closest('[data-testid="flamelens-flamegraph"]')!.parentElement!
        .parentElement!,
      // The table, its column with the lines under it, the view's wrapper.
      screen.getByTestId('flamelens-top-table').parentElement!.parentElement!.parentElement!,
    ];
    expect(getComputedStyle(tableBox).order).toBe('1');
    expect(getComputedStyle(graphBox).order).toBe('2');
  });

  it('puts the table under the graph, at full width, in a panel too narrow for both side by side', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'both' })} width={600} />);
    const wrap = screen.getByTestId('flamelens-top-table').parentElement!;
    expect(wrap.style.width).toBe('600px');
    const graph = screen.getByRole('img', { name: 'Flame graph' });
    expect(graph.style.width).toBe('600px');
    // Graph first, table under it: the DOM order is the screen order.
    expect(graph.compareDocumentPosition(wrap) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('hides a frame from the menu (its time goes to the caller), says so, and shows it again', async () => {
    render(<FlameGraphPanel {...props([frame], { view: 'both' })} />);
    rightClick('Flame graph', 5, 25);
    fireEvent.click(screen.getByText("Hide this function's frames"));
    const table = screen.getByTestId('flamelens-top-table');
    expect(table).not.toHaveTextContent(/^main/);
    expect(table.querySelector('td[title="main"]')).toBeNull();
    expect(screen.getByTestId('flamelens-filters')).toHaveTextContent('Filters (1)');
    // main is under every stack, and has no time of its own.
    expect(screen.getByTestId('flamelens-hidden-share')).toHaveTextContent(
      '100.0% of the total runs through hidden frames (0.0% in them)'
    );
    fireEvent.click(screen.getByTestId('flamelens-filters'));
    expect(await screen.findByTestId('flamelens-filter-row')).toHaveTextContent(/^Hidemain/);
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter main' }));
    expect(table.querySelector('td[title="main"]')).not.toBeNull();
    expect(screen.getByTestId('flamelens-filters')).toHaveTextContent(/^Filters$/);
  });

  it('keeps only one function from the menu, and lists a hostile filter as text', async () => {
    const f = treeToNestedSetFrame(parseFolded(`main;${HOSTILE};work 6\nmain;other 4\n`).tree, { unit: 'ns' });
    render(<FlameGraphPanel {...props([f], { view: 'both' })} />);
    // Row 2 (y 40-60) holds the hostile frame under main (x 0-60% of the width).
    rightClick('Flame graph', 10, 45);
    fireEvent.click(screen.getByText("Keep only this function's frames"));
    const table = screen.getByTestId('flamelens-top-table');
    expect(table.querySelector('td[title="work"]')).toBeNull();
    expect(screen.getByTitle(HOSTILE).closest('tr')).toHaveTextContent('6 ns');
    expect(screen.getByTestId('flamelens-hidden-share')).toHaveTextContent(
      '100.0% of the total runs through hidden frames (100.0% in them)'
    );
    fireEvent.click(screen.getByTestId('flamelens-filters'));
    expect(await screen.findByTestId('flamelens-filter-row')).toHaveTextContent(`Keep${HOSTILE}1 function`);
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows a hostile name as text in the context menu and the sandwich', () => {
    const f = treeToNestedSetFrame(parseFolded(`${HOSTILE};leaf 10\n`).tree, { unit: 'ns' });
    render(<FlameGraphPanel {...props([f], { view: 'flamegraph' })} />);
    rightClick('Flame graph', 10, 25);
    expect(screen.getByTestId('flamelens-menu-header')).toHaveTextContent(HOSTILE);
    fireEvent.click(screen.getByText('Sandwich view (callers and callees)'));
    expect(screen.getByRole('img', { name: `Callers of ${HOSTILE}` })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('copies a function name and highlights similar nodes through the search', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    render(<FlameGraphPanel {...props([frame], { view: 'flamegraph' })} />);
    rightClick('Flame graph', 5, 25);
    fireEvent.click(screen.getByText('Copy function name'));
    expect(writeText).toHaveBeenCalledWith('main');
    rightClick('Flame graph', 5, 25);
    fireEvent.click(screen.getByText('Highlight similar (same function)'));
    expect(screen.getByLabelText('Search functions')).toHaveValue('/^main$/');
    // A regex search runs once the RE2 engine (a lazy chunk) has loaded.
    expect(await screen.findByTestId('flamelens-matched')).toHaveTextContent('matched: 100.00% of total');
  });

  it('filters the top table by the search, and sorts it both ways', () => {
    render(<FlameGraphPanel {...props([frame], { view: 'table' })} />);
    fireEvent.change(screen.getByLabelText('Search functions'), { target: { value: 'wor' } });
    const table = screen.getByTestId('flamelens-top-table');
    expect(table).toHaveTextContent('work');
    expect(table).not.toHaveTextContent(HOSTILE);
    fireEvent.change(screen.getByLabelText('Search functions'), { target: { value: '' } });
    const names = () => Array.from(table.querySelectorAll('tbody tr td:first-child')).map((td) => td.textContent);
    fireEvent.click(screen.getByText('Function'));
    expect(names()).toEqual([HOSTILE, 'main', 'work']);
    fireEvent.click(screen.getByText(/Function/));
    expect(names()).toEqual(['work', 'main', HOSTILE]);
    expect(screen.getByText(/Function/).closest('th')).toHaveAttribute('aria-sort', 'descending');
  });

  it('says what is wrong with an invalid search pattern, as typed, and then searches nothing (every row listed)', async () => {
    render(<FlameGraphPanel {...props([frame], { view: 'both' })} />);
    fireEvent.change(screen.getByLabelText('Search functions'), { target: { value: '/(?i)(wor/' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'invalid regular expression: missing closing ): `(?i)(wor`'
    );
    const names = Array.from(screen.getByTestId('flamelens-top-table').querySelectorAll('tbody tr td:first-child'));
    expect(names.map((td) => td.getAttribute('title')).sort()).toEqual([HOSTILE, 'main', 'work'].sort());
    expect(screen.queryByText('No function matches the search.')).not.toBeInTheDocument();
  });

  it('steps through search matches and reads the selected one out', () => {
    const f = treeToNestedSetFrame(parseFolded('a;work 6\nb;work 4\n').tree, { unit: 'ns' });
    render(<FlameGraphPanel {...props([f], { view: 'flamegraph' })} />);
    fireEvent.change(screen.getByLabelText('Search functions'), { target: { value: 'work' } });
    fireEvent.click(screen.getByRole('button', { name: /Next match/ }));
    expect(screen.getByTestId('flamelens-selection')).toHaveTextContent(/^work: total 6 ns/);
    fireEvent.click(screen.getByRole('button', { name: /Next match/ }));
    expect(screen.getByTestId('flamelens-selection')).toHaveTextContent(/^work: total 4 ns/);
    fireEvent.click(screen.getByRole('button', { name: /Previous match/ }));
    expect(screen.getByTestId('flamelens-selection')).toHaveTextContent(/^work: total 6 ns/);
  });

  it('reads a panel saved with the old hide-frames regex, collapses recursion, and reports a bad pattern', () => {
    const f = treeToNestedSetFrame(parseFolded('runtime.gc;scan 2\nfib;fib;fib 8\n').tree, { unit: 'ns' });
    const saved = { view: 'table', hideFrames: '^runtime\\.', collapseRecursion: true } as never;
    const { rerender } = render(<FlameGraphPanel {...props([f], saved)} />);
    const table = screen.getByTestId('flamelens-top-table');
    expect(table).not.toHaveTextContent('runtime.gc');
    expect(table).toHaveTextContent('scan');
    expect(screen.getByTitle('fib').closest('tr')).toHaveTextContent('8 ns');
    expect(screen.getByTestId('flamelens-hidden-share')).toHaveTextContent(
      '20.0% of the total runs through hidden frames (0.0% in them)'
    );
    rerender(<FlameGraphPanel {...props([f], { view: 'table', frameHide: '/(/' })} />);
    expect(screen.getByText(/Hide \/\(\/: invalid regular expression \(missing closing \)/)).toBeInTheDocument();
    expect(screen.getByTestId('flamelens-top-table')).toHaveTextContent('runtime.gc');
  });

  it('shows a comparison side by side, zoomed together, and retargets one side from its timeline', async () => {
    const fetchFlameGraph = jest.fn(async (..._args: unknown[]) =>
      treeToNestedSetFrame(parseFolded('main;c 1\n').tree, { unit: 'ns' })
    );
    setDataSourceSrv({
      get: async () => ({ fetchFlameGraph, downloadProfile: jest.fn(), capabilities: jest.fn() }),
    } as never);
    const base = treeToNestedSetFrame(parseFolded('main;a 4\n').tree, {
      unit: 'ns',
      custom: { role: 'baseline', labelSelector: '{v="old"}', start: 1000, end: 61000 },
    });
    const comp = treeToNestedSetFrame(parseFolded('main;a 2\nmain;b 2\n').tree, {
      unit: 'ns',
      custom: { role: 'comparison', labelSelector: '{v="new"}', start: 1000, end: 61000 },
    });
    const timeline = {
      name: 'baseline timeline',
      length: 2,
      meta: { custom: { timelineOf: 'baseline' } },
      fields: [
        { name: 'time', type: 'time', values: [1000, 61000], config: {} },
        { name: 'v', type: 'number', values: [1, 3], config: {} },
      ],
    };
    const p = props([timeline as never, base, comp], { view: 'comparison' });
    const request = {
      targets: [{ refId: 'A', datasource: { uid: 'x' } }],
      range: { from: { valueOf: () => 1000 }, to: { valueOf: () => 61000 } },
      scopedVars: {},
      filters: [{ key: 'pod', operator: '=', value: 'p1' }],
    };
    render(<FlameGraphPanel {...p} data={{ ...p.data, request: request as never }} />);
    expect(screen.getByRole('img', { name: 'Baseline flame graph' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Comparison flame graph' })).toBeInTheDocument();
    expect(screen.getByTestId('flamelens-side-baseline')).toHaveTextContent('{v="old"}');
    fireEvent.click(screen.getByRole('img', { name: 'Comparison flame graph' }), { clientX: 5, clientY: 25 });
    expect(screen.getByTestId('flamelens-breadcrumbs')).toHaveTextContent('main');
    // Drag across the first half of the baseline's timeline (446 px wide: (900 - 8) / 2).
    const tl = screen.getByTestId('flamelens-timeline');
    fireEvent.pointerDown(tl, { clientX: 0, pointerId: 1 });
    fireEvent.pointerMove(tl, { clientX: 223, pointerId: 1 });
    fireEvent.pointerUp(tl, { clientX: 223, pointerId: 1 });
    await waitFor(() => expect(fetchFlameGraph).toHaveBeenCalled());
    expect(fetchFlameGraph.mock.calls[0]).toEqual([
      expect.anything(),
      { start: 1000, end: 31000 },
      {},
      { labelSelector: '{v="old"}' },
      // The dashboard's ad hoc filters go with it, as they went with the panel's query.
      [{ key: 'pod', operator: '=', value: 'p1' }],
    ]);
    // The retargeted baseline has "c", which the comparison lacks: the table of the pair lists it.
    fireEvent.click(screen.getByText('Top table'));
    expect(await screen.findByTitle('c')).toBeInTheDocument();
  });

  it('keeps a folded "other" out of the top table and says what the node limit folded', () => {
    const t = truncateTree(parseFolded('main;x 10\nmain;y 1\nmain;z 1\n').tree, 2);
    render(<FlameGraphPanel {...props([treeToNestedSetFrame(t, { unit: 'ns' })], { view: 'table' })} />);
    const table = screen.getByTestId('flamelens-top-table');
    expect(table.querySelector('td[title="other"]')).toBeNull();
    expect(table.querySelector('td[title="x"]')).not.toBeNull();
    expect(screen.getByTestId('flamelens-truncation')).toHaveTextContent(
      '16.7% of the graph is folded by the node limit ("other", never listed); every frame it shows is ≥ 10 ns'
    );
  });

  it('offers to load a truncated "other" in full detail from the datasource, by its call site', async () => {
    const fetchFlameGraph = jest.fn(async (..._args: unknown[]) =>
      treeToNestedSetFrame(parseFolded('main;x 1\nmain;y 1\nmain;z 1\n').tree, { unit: 'ns' })
    );
    setDataSourceSrv({
      get: async () => ({ fetchFlameGraph, downloadProfile: jest.fn(), capabilities: jest.fn() }),
    } as never);
    const t = truncateTree(parseFolded('main;x 10\nmain;y 1\nmain;z 1\n').tree, 2);
    const f = treeToNestedSetFrame(t, { unit: 'ns' });
    const p = props([f], { view: 'flamegraph', progressiveDetail: false });
    const request = {
      targets: [{ refId: 'A', datasource: { uid: 'x' } }],
      range: { from: { valueOf: () => 1 }, to: { valueOf: () => 2 } },
      scopedVars: {},
    };
    render(<FlameGraphPanel {...p} data={{ ...p.data, request: request as never }} />);
    // total → main → {other (2/12 of 900 px), x}: "other" is on row 2 at the left.
    rightClick('Flame graph', 50, 45);
    expect(screen.getByTestId('flamelens-menu-header')).toHaveTextContent('other');
    fireEvent.click(screen.getByText('Load the folded stacks in full detail'));
    expect(await screen.findByText(/Showing full detail under main/)).toBeInTheDocument();
    expect(fetchFlameGraph.mock.calls[0][3]).toEqual({ stackTraceSelector: ['main'], maxNodes: 65536 });
  });

  /**
   * A panel on main → x 10, y 1, z 1 cut to 2 nodes (y and z folded), its datasource answering call
   * sites from the whole profile and the exact table of its 4 functions.
   */
  function renderTruncated(options: Partial<FlameGraphPanelOptions>) {
    const full = parseFolded('main;x 10\nmain;y 1\nmain;z 1\n').tree;
    const fetchFlameGraph = jest.fn(async (_q: unknown, _r: unknown, _v: unknown, patch: FlameGraphPatch) =>
      treeToNestedSetFrame(answerForCallSite(full, patch.stackTraceSelector ?? [], 100), { unit: 'ns' })
    );
    const table = {
      names: ['main', 'x', 'y', 'z'],
      self: Float64Array.of(0, 10, 1, 1),
      total: Float64Array.of(12, 10, 1, 1),
      grandTotal: 12,
    };
    const fetchFunctionTable = jest.fn(async () => ({ table, source: 'profile', totalFunctions: 4 }));
    setDataSourceSrv({
      get: async () => ({ fetchFlameGraph, fetchFunctionTable, downloadProfile: jest.fn(), capabilities: jest.fn() }),
    } as never);
    const p = props([treeToNestedSetFrame(truncateTree(full, 2), { unit: 'ns' })], options);
    const request = {
      targets: [{ refId: 'A', datasource: { uid: 'x' } }],
      range: { from: { valueOf: () => 1 }, to: { valueOf: () => 2 } },
      scopedVars: {},
    };
    render(<FlameGraphPanel {...p} data={{ ...p.data, request: request as never }} />);
    return fetchFlameGraph;
  }

  it('loads the "other" in view by its call site, and lists every function exactly in the top table', async () => {
    const fetchFlameGraph = renderTruncated({ view: 'both' });
    expect(await screen.findByTestId('flamelens-top-source')).toHaveTextContent(
      'Exact: all 4 functions, from the merged profile.'
    );
    const table = screen.getByTestId('flamelens-top-table');
    expect(table.querySelector('td[title="y"]')).not.toBeNull();
    await waitFor(() => expect(screen.getByTestId('flamelens-refine')).toHaveTextContent('Folded frames loaded (1)'));
    expect(fetchFlameGraph.mock.calls.map((c) => c[3].stackTraceSelector)).toEqual([['main']]);
    // The graph's "other" is gone: nothing left folded to report.
    expect(screen.queryByTestId('flamelens-truncation')).toBeNull();
  });

  it('offers no sandwich for a function of the exact table the truncated graph lacks', async () => {
    const fetchFlameGraph = renderTruncated({ view: 'both', progressiveDetail: false });
    await screen.findByTestId('flamelens-top-source');
    // x is in the graph, y and z only in the exact table (folded into "other" in the graph).
    expect(screen.queryByLabelText('Sandwich view of x')).not.toBeNull();
    expect(screen.queryByLabelText('Sandwich view of y')).toBeNull();
    expect(fetchFlameGraph).not.toHaveBeenCalled();
  });
});
