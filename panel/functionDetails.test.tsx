import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setDataSourceSrv } from '@grafana/runtime';
import { FlameGraphPanel } from './FlameGraphPanel';
import { panelProps } from './testProps';
import { treeToNestedSetFrame } from '../src/frames/nestedSet';
import { parseFolded } from '../src/formats/folded';
import type { FunctionDetailsAnswer, FunctionDetailsRequest, SourceAnswer } from '../src/contract/functionDetails';

const HOSTILE = '<img src=x onerror=alert(1)>';
const SOURCE = Array.from({ length: 60 }, (_, i) => `line ${i + 1} of hot.go`).join('\n') + '\n';

function answer(source: SourceAnswer, callSite: string[] = []): FunctionDetailsAnswer {
  return {
    callSite,
    source,
    details: {
      name: 'mid',
      self: 4e9,
      total: 6e9,
      grandTotal: 10e9,
      file: 'src/hot.go',
      startLine: 40,
      lines: [
        { file: 'src/hot.go', line: 42, self: 3e9, total: 3e9 },
        { file: 'src/hot.go', line: 45, self: 1e9, total: 3e9 },
        { file: HOSTILE, line: 7, self: 0, total: 1e9 },
      ],
      callers: [{ name: 'main', total: 6e9 }],
      callees: [{ name: HOSTILE, total: 2e9 }],
    },
  };
}

const FILE: SourceAnswer = {
  kind: 'file',
  file: { path: 'src/hot.go', url: 'https://forge/blob/v2/src/hot.go', text: SOURCE, repository: 'r', ref: 'v2' },
  commit: {
    sha: '0123456789abcdef',
    message: 'Spin less\n\nmore',
    author: 'ada',
    date: '2026-11-01T10:00:00Z',
    url: 'c',
  },
};

function renderWith(got: FunctionDetailsAnswer | undefined, view: 'flamegraph' | 'table' | 'calltree' = 'flamegraph') {
  const fetchFunctionDetails = jest.fn(async (..._args: unknown[]) => got);
  setDataSourceSrv({
    get: async () => ({
      fetchFunctionDetails,
      fetchFlameGraph: jest.fn(),
      downloadProfile: jest.fn(),
      capabilities: jest.fn(),
    }),
  } as never);
  const f = treeToNestedSetFrame(parseFolded('main;mid;leaf 6\nother2;mid;x 4\n').tree, { unit: 'ns' });
  const p = panelProps([f], { view, timeline: 'off' }, { id: 4, width: 900, height: 400 });
  const request = {
    targets: [{ refId: 'A', datasource: { uid: 'x' } }],
    range: { from: { valueOf: () => 1 }, to: { valueOf: () => 2 } },
    scopedVars: {},
  };
  render(<FlameGraphPanel {...p} data={{ ...p.data, request: request as never }} />);
  return fetchFunctionDetails;
}

const requestOf = (f: jest.Mock) => f.mock.calls[0][3] as FunctionDetailsRequest;

// Grafana's Drawer watches its title's size and its scroll edges; jsdom has no layout, so nothing
// ever resizes or scrolls into view.
class NoLayoutObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
beforeAll(() => {
  globalThis.ResizeObserver ??= NoLayoutObserver as never;
  globalThis.IntersectionObserver ??= NoLayoutObserver as never;
});

describe('function details in the panel', () => {
  it('opens from a node with its call site: figures, callers, callees, the line table and the source with its hot line', async () => {
    const fetch = renderWith(answer(FILE, ['main', 'mid']));
    // Row 2 (y 40-60) holds "mid" under main.
    fireEvent.contextMenu(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 10, clientY: 45 });
    fireEvent.click(screen.getByText('Function details (lines and source)'));
    const drawer = await screen.findByTestId('flamelens-source');
    expect(requestOf(fetch)).toEqual({ name: 'mid', callSite: ['main', 'mid'] });
    expect(screen.getByTestId('flamelens-details-summary')).toHaveTextContent(
      'Self 4 s (40.0%)Total 6 s (60.0%)of 10 sAt the call site main › mid (its stacks only)'
    );
    expect(screen.getByTestId('flamelens-details-callers')).toHaveTextContent('main6 s100.0%');
    expect(screen.getByTestId('flamelens-details-callees')).toHaveTextContent(`${HOSTILE}2 s33.3%`);
    const lineRows = within(screen.getByTestId('flamelens-line-table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent));
    expect(lineRows).toEqual([
      ['src/hot.go', '42', '3 s', '3 s', '50.0%'],
      ['src/hot.go', '45', '1 s', '3 s', '50.0%'],
      [HOSTILE, '7', '0 ns', '1 s', '16.7%'],
    ]);
    // The hottest lines are marked in order, with their costs in the margin; the others are not.
    const hot = Array.from(drawer.querySelectorAll('tr[data-hot]')).map((r) => [
      r.getAttribute('data-hot'),
      Array.from(r.querySelectorAll('td')).map((c) => c.textContent),
    ]);
    expect(hot).toEqual([
      ['1', ['3 s', '3 s', '▶ 42', 'line 42 of hot.go']],
      ['2', ['1 s', '3 s', '▶ 45', 'line 45 of hot.go']],
    ]);
    expect(drawer.querySelectorAll('tr[data-line]')).toHaveLength(60);
    expect(screen.getByTestId('flamelens-source-commit')).toHaveTextContent(
      'Commit 0123456789ab Spin less — ada, 2026-11-01'
    );
    // Names are text everywhere: no element came from the hostile name.
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('asks for the function wherever it runs from the top table, and says what would enable the source', async () => {
    const fetch = renderWith(
      answer({
        kind: 'unavailable',
        reason: 'signed-out',
        text: 'No source: sign in first.',
        signInUrl: '/sandbox/git',
      }),
      'table'
    );
    fireEvent.click(screen.getByLabelText('Function details of mid'));
    const why = await screen.findByTestId('flamelens-source-unavailable');
    expect(requestOf(fetch)).toEqual({ name: 'mid' });
    expect(why).toHaveTextContent('No source: sign in first. Sign in');
    expect(within(why).getByText('Sign in')).toHaveAttribute('href', '/sandbox/git');
    expect(screen.getByTestId('flamelens-details-summary')).toHaveTextContent(
      'Everywhere the function runs in the profile'
    );
    expect(screen.getByTestId('flamelens-line-table')).toHaveTextContent('src/hot.go');
  });

  it('opens from a call tree row by its menu, at that row\'s call site', async () => {
    const fetch = renderWith(answer(FILE, ['main', 'mid']), 'calltree');
    const row = within(screen.getByTestId('flamelens-call-tree'))
      .getAllByRole('row')
      .find((r) => r.querySelector('[role="gridcell"]')?.textContent === '▸main');
    fireEvent.contextMenu(row!, { clientX: 20, clientY: 60 });
    fireEvent.click(screen.getByText('Function details (lines and source)'));
    await screen.findByTestId('flamelens-source');
    expect(requestOf(fetch)).toEqual({ name: 'main', callSite: ['main'] });
  });

  it('says so when no sample has the function there', async () => {
    renderWith(undefined, 'table');
    fireEvent.click(screen.getByLabelText('Function details of leaf'));
    expect(await screen.findByTestId('flamelens-details-message')).toHaveTextContent(
      'No sample of the profile has this function at this call site.'
    );
  });
});
