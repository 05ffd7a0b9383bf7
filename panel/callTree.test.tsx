import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { PanelProps } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { FlameGraphPanel } from './FlameGraphPanel';
import type { FlameGraphPanelOptions } from './types';
import { panelProps } from './testProps';
import { diffTreesToNestedSetFrame, treeToNestedSetFrame } from '../src/frames/nestedSet';
import { diffTrees } from '../src/tree/diff';
import { parseFolded } from '../src/formats/folded';

const HOSTILE = '<img src=x onerror=alert(1)>';

const props = (series: PanelProps['data']['series'], patch: Partial<FlameGraphPanelOptions> = {}) =>
  panelProps(series, { view: 'calltree', ...patch }, { id: 7, width: 1200, height: 500 });

const frame = treeToNestedSetFrame(parseFolded(`main;work;parse 5\nmain;work;${HOSTILE} 1\nmain;io 3\ngc 1\n`).tree, {
  unit: 'ns',
});

/** The visible rows as a reader sees them: indentation level, chevron, name and values. */
function rows(): string[][] {
  return within(screen.getByTestId('flamelens-call-tree'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => {
      const [name, ...values] = Array.from(r.querySelectorAll('[role="gridcell"]'));
      // The chevron as shown, and the name whole (the cell may shorten it; its title has it all).
      const chevron = name.querySelector('button')?.textContent ?? '';
      return [
        r.getAttribute('aria-level') ?? '',
        chevron + (name.getAttribute('title') ?? ''),
        ...values.map((c) => c.textContent ?? ''),
      ];
    });
}

const tree = () => screen.getByTestId('flamelens-call-tree');

describe('the call tree view', () => {
  beforeEach(() => locationService.push('/'));

  it('shows the root open, children heaviest first, with self and total as value and share', () => {
    render(<FlameGraphPanel {...props([frame])} />);
    expect(rows()).toEqual([
      ['1', '▾total', '0 ns 0.0%', '10 ns 100.0%'],
      ['2', '▸main', '0 ns 0.0%', '9 ns 90.0%'],
      ['2', 'gc', '1 ns 10.0%', '1 ns 10.0%'],
    ]);
    // Bars sized by share.
    const bars = tree().querySelectorAll('[role="row"][aria-level="2"] [role="gridcell"]:nth-child(3) div');
    expect((bars[0] as HTMLElement).style.width).toBe('90%');
  });

  it('opens and closes by chevron and double click, shows a hostile name as text', () => {
    render(<FlameGraphPanel {...props([frame])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open main' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open work' }));
    expect(rows().map((r) => r[1])).toEqual(['▾total', '▾main', '▾work', 'parse', HOSTILE, 'io', 'gc']);
    expect(tree().querySelector('img')).toBeNull();
    fireEvent.doubleClick(screen.getByTitle('main'));
    expect(rows().map((r) => r[1])).toEqual(['▾total', '▸main', 'gc']);
  });

  it('moves, opens, closes and opens a whole subtree from the keyboard', () => {
    render(<FlameGraphPanel {...props([frame])} />);
    const grid = tree();
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' }); // total
    fireEvent.keyDown(grid, { key: 'ArrowDown' }); // main
    expect(grid.querySelector('[aria-selected="true"]')).toHaveTextContent('main');
    fireEvent.keyDown(grid, { key: 'ArrowRight' }); // opens main
    expect(rows().map((r) => r[1])).toContain('▸work');
    fireEvent.keyDown(grid, { key: 'ArrowRight' }); // to work
    expect(grid.querySelector('[aria-selected="true"]')).toHaveTextContent('work');
    fireEvent.keyDown(grid, { key: '*' });
    expect(rows().map((r) => r[1])).toContain('parse');
    fireEvent.keyDown(grid, { key: 'ArrowLeft' }); // closes work
    expect(rows().map((r) => r[1])).not.toContain('parse');
    fireEvent.keyDown(grid, { key: 'ArrowLeft' }); // to main
    expect(grid.querySelector('[aria-selected="true"]')).toHaveTextContent('main');
    fireEvent.keyDown(grid, { key: 'Enter' }); // closes main
    expect(rows().map((r) => r[1])).toEqual(['▾total', '▸main', 'gc']);
  });

  it('shares its selection with the flame graph, and opens the path to a node selected there', () => {
    render(<FlameGraphPanel {...props([frame])} />);
    const canvas = screen.getByRole('img', { name: 'Flame graph' });
    canvas.focus();
    // In the graph: main, then its first child (io or work, by draw order).
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    const said = screen.getByTestId('flamelens-selection').textContent ?? '';
    const name = said.split(':')[0];
    expect(['io', 'work']).toContain(name);
    expect(tree().querySelector('[aria-selected="true"]')).toHaveTextContent(name);
  });

  it("focuses on a node's subtree from the menu, and Escape goes back", () => {
    render(<FlameGraphPanel {...props([frame])} />);
    fireEvent.contextMenu(screen.getByTitle('main'));
    fireEvent.click(screen.getByText('Focus on this subtree'));
    expect(rows()[0]).toEqual(['1', '▾main', '0 ns 0.0%', '9 ns 100.0%']);
    fireEvent.keyDown(tree(), { key: 'Escape' });
    expect(rows()[0][1]).toBe('▾total');
  });

  it("shows a function's callers as a tree, and goes back", () => {
    render(<FlameGraphPanel {...props([treeToNestedSetFrame(parseFolded('a;f 2\nb;f 3\nf 1\n').tree)])} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Callers of f' })[0]);
    expect(screen.getByTestId('flamelens-callers-of')).toHaveTextContent('f');
    // Bottom-up: one Total column (self would only say where a path ends).
    expect(rows().map((r) => [r[0], r[1], r[2]])).toEqual([
      ['1', '▾f', '6 100.0%'],
      ['2', 'b', '3 50.0%'],
      ['2', 'a', '2 33.3%'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: /Back to the call tree/ }));
    expect(rows()[0][1]).toBe('▾total');
  });

  it('steps through search matches, opening the path to each', () => {
    render(<FlameGraphPanel {...props([frame])} />);
    fireEvent.change(screen.getByLabelText('Search functions'), { target: { value: 'parse' } });
    fireEvent.click(screen.getByRole('button', { name: /Next match/ }));
    expect(tree().querySelector('[aria-selected="true"]')).toHaveTextContent('parse');
    expect(rows().map((r) => r[1])).toEqual(['▾total', '▾main', '▾work', 'parse', HOSTILE, 'io', 'gc']);
  });

  it('gives a pair baseline, comparison and change columns', () => {
    const d = diffTrees(parseFolded('main;a 2\nmain;b 6\n').tree, parseFolded('main;a 6\nmain;c 2\n').tree);
    // main is total's only child: open from the start.
    render(<FlameGraphPanel {...props([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })])} />);
    const header = Array.from(tree().querySelectorAll('[role="columnheader"]')).map((h) => h.textContent);
    expect(header).toEqual(['Function', 'Baseline', 'Comparison', 'Change']);
    const byName = Object.fromEntries(rows().map((r) => [r[1].replace(/^[▸▾]/, ''), r.slice(2)]));
    expect(byName.b).toEqual(['6 ns 75.0%', '0 ns 0.0%', 'gone −75.00 pp']);
    expect(byName.c).toEqual(['0 ns 0.0%', '2 ns 25.0%', 'new +25.00 pp']);
  });
});

describe('the inverted flame graph', () => {
  beforeEach(() => locationService.push('/'));

  it('puts the functions where time is spent at the root, from the option and the toolbar', () => {
    const { rerender } = render(<FlameGraphPanel {...props([frame], { inverted: true })} />);
    // parse (5) is the heaviest leaf: the first child of the inverted root; its caller work above.
    expect(
      rows()
        .slice(1)
        .map((r) => [r[1], r[2]])
    ).toEqual([
      ['▸parse', '5 ns 50.0%'],
      ['▸io', '3 ns 30.0%'],
      // Ties in draw order (by name: "<" sorts before "g").
      [`▸${HOSTILE}`, '1 ns 10.0%'],
      ['gc', '1 ns 10.0%'],
    ]);
    const invert = screen.getByTestId('flamelens-invert');
    expect(invert).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(invert);
    expect(rows()[1][1]).toBe('▸main');
    expect(new URLSearchParams(locationService.getLocation().search).get('fl7-inv')).toBe('0');
    rerender(<FlameGraphPanel {...props([frame], { inverted: false })} />);
    expect(rows()[1][1]).toBe('▸main');
  });

  it("reads callers from the upright profile: the call tree's callers and the sandwich say who calls", () => {
    const f = treeToNestedSetFrame(parseFolded('a;f;x 2\nb;f;x 3\n').tree);
    render(<FlameGraphPanel {...props([f], { inverted: true })} />);
    // Inverted, x is at the root and f is its child (open from the start: only children); f's
    // callers are still a and b, not x.
    fireEvent.click(screen.getAllByRole('button', { name: 'Callers of f' })[0]);
    expect(rows().map((r) => r[1])).toEqual(['▾f', 'b', 'a']);
  });

  it('inverts both sides of a pair: the leaf functions at the root, each side with its own values', () => {
    const d = diffTrees(parseFolded('main;a;x 2\nmain;b;y 6\n').tree, parseFolded('main;a;x 6\nmain;b;y 2\n').tree);
    render(
      <FlameGraphPanel {...props([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })], { inverted: true })} />
    );
    const byName = Object.fromEntries(rows().map((r) => [r[1].replace(/^[▸▾]/, ''), r.slice(2)]));
    expect(byName.x).toEqual(['2 ns 25.0%', '6 ns 75.0%', '+50.00 pp']);
    expect(byName.y).toEqual(['6 ns 75.0%', '2 ns 25.0%', '−50.00 pp']);
  });

  it("says no self time for bottom-up nodes, and the top table beside it reads each function's self upright", () => {
    render(<FlameGraphPanel {...props([frame], { inverted: true, view: 'both' })} />);
    const table = screen.getByTestId('flamelens-top-table');
    // Upright: main has no self time; inverted, its self would be where paths end (9 ns).
    expect(table.querySelector('td[title="main"]')!.closest('tr')).toHaveTextContent(/^main0 ns/);
    const canvas = screen.getByRole('img', { name: 'Flame graph' });
    canvas.focus();
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    expect(screen.getByTestId('flamelens-selection').textContent).not.toMatch(/self/);
  });
});

describe('the call tree, read closely', () => {
  beforeEach(() => locationService.push('/'));

  it("shows a pair's callers side by side, never the two sides added", () => {
    const d = diffTrees(parseFolded('a;hot 7\nb;hot 1\n').tree, parseFolded('a;hot 3\nb;hot 5\n').tree);
    render(<FlameGraphPanel {...props([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open a' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Callers of hot' })[0]);
    const byName = Object.fromEntries(rows().map((r) => [r[1].replace(/^[▸▾]/, ''), r.slice(2)]));
    expect(byName.a).toEqual(['7 ns 87.5%', '3 ns 37.5%', '−50.00 pp']);
    expect(byName.b).toEqual(['1 ns 12.5%', '5 ns 62.5%', '+50.00 pp']);
    // Escape leaves the callers.
    fireEvent.keyDown(tree(), { key: 'Escape' });
    expect(screen.queryByTestId('flamelens-callers-of')).toBeNull();
  });

  it('keeps deep names readable: the indent stops at half the name column and the depth is written', () => {
    const deep = parseFolded(`${Array.from({ length: 60 }, (_, i) => `fn${i}`).join(';')} 1\n`).tree;
    render(<FlameGraphPanel {...props([treeToNestedSetFrame(deep)])} />);
    fireEvent.keyDown(tree(), { key: 'ArrowDown' });
    fireEvent.keyDown(tree(), { key: '*' });
    fireEvent.keyDown(tree(), { key: 'End' });
    const last = tree().querySelector('[aria-selected="true"] [role="gridcell"]') as HTMLElement;
    expect(last.getAttribute('title')).toBe('fn59');
    expect(last.textContent).toBe('60›fn59');
    expect(parseFloat(last.style.paddingLeft)).toBeLessThanOrEqual(parseFloat(last.style.width) / 2);
  });

  it('says what the shares are of when focused', () => {
    render(<FlameGraphPanel {...props([frame])} />);
    fireEvent.contextMenu(screen.getByTitle('main'));
    fireEvent.click(screen.getByText('Focus on this subtree'));
    expect(screen.getByTestId('flamelens-call-tree-focus')).toHaveTextContent('Focused on main · shares of its total');
  });

  it('finds the rows it opened again after the callers view and after a focus', () => {
    render(<FlameGraphPanel {...props([frame])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open main' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open work' }));
    const opened = rows().map((r) => r[1]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Callers of io' })[0]);
    fireEvent.keyDown(tree(), { key: 'Escape' });
    expect(rows().map((r) => r[1])).toEqual(opened);
    fireEvent.contextMenu(screen.getByTitle('work'));
    fireEvent.click(screen.getByText('Focus on this subtree'));
    fireEvent.keyDown(tree(), { key: 'Escape' });
    expect(rows().map((r) => r[1])).toEqual(opened);
  });
});
