import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setDataSourceSrv } from '@grafana/runtime';
import { FlameGraphPanel } from './FlameGraphPanel';
import { panelProps } from './testProps';
import { diffTreesToNestedSetFrame, treeToNestedSetFrame } from '../src/frames/nestedSet';
import { diffTrees } from '../src/tree/diff';
import { parseFolded } from '../src/formats/folded';
import type { SourceAnswer } from '../src/contract/functionDetails';
import { sourcePprof } from '../src/testing/sourcePprof';

const HOSTILE = '<img src=x onerror=alert(1)>';
const SOURCE = Array.from({ length: 60 }, (_, i) => `line ${i + 1} of hot.go`).join('\n') + '\n';

/** main → mid (src/hot.go: 3 s on line 42, 1 s on line 45 which calls the hostile name for 2 s), and other2 4 s. */
const PPROF = sourcePprof(
  [
    ['main', 'main.go', 1],
    ['mid', 'src/hot.go', 40],
    [HOSTILE, 'x.go', 1],
    ['other2', 'o.go', 1],
  ],
  [[[1, 5]], [[2, 42]], [[2, 45]], [[3, 7]], [[4, 3]]],
  [
    [[2, 1], [3e9]],
    [[3, 1], [1e9]],
    [[4, 3, 1], [2e9]],
    [[5], [4e9]],
  ]
);

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

function renderWith(source: SourceAnswer, view: 'flamegraph' | 'table' | 'calltree' = 'flamegraph', pprof = PPROF) {
  const downloadProfile = jest.fn(async (..._args: unknown[]) => pprof);
  const fetchSource = jest.fn(async (..._args: unknown[]) => source);
  setDataSourceSrv({
    get: async () => ({ fetchSource, downloadProfile, fetchFlameGraph: jest.fn(), capabilities: jest.fn() }),
  } as never);
  // The graph of the same profile (as the datasource would draw it), and one function the pprof lacks.
  const f = treeToNestedSetFrame(
    parseFolded(`main;mid 4000000000\nmain;mid;${HOSTILE} 2000000000\nother2 4000000000\nidle 1\n`).tree,
    { unit: 'ns' }
  );
  const p = panelProps([f], { view, timeline: 'off' }, { id: 4, width: 900, height: 400 });
  const request = {
    targets: [{ refId: 'A', datasource: { uid: 'x' } }],
    range: { from: { valueOf: () => 1 }, to: { valueOf: () => 2 } },
    scopedVars: {},
  };
  render(<FlameGraphPanel {...p} data={{ ...p.data, request: request as never }} />);
  return { downloadProfile, fetchSource };
}

/** The call site the pprof was asked for (downloadProfile's fifth argument) and the source request. */
const asked = (m: ReturnType<typeof renderWith>) => ({
  callSite: m.downloadProfile.mock.calls[0][4],
  source: m.fetchSource.mock.calls[0]?.[3],
});

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
    const m = renderWith(FILE);
    // Row 2 (y 40-60) holds "mid" under main.
    fireEvent.contextMenu(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 10, clientY: 45 });
    fireEvent.click(screen.getByText('Function details (lines and source)'));
    const drawer = await screen.findByTestId('flamelens-source');
    expect(asked(m)).toEqual({ callSite: ['main', 'mid'], source: { name: 'mid', file: 'src/hot.go' } });
    expect(screen.getByTestId('flamelens-details-summary')).toHaveTextContent(
      // Shares of the whole graph (10 s and the 1 ns of idle the pprof lacks), not of the call site.
      'Self 4 s (40.0%)Total 6 s (60.0%)of 10.0 sAt the call site main › mid (10 s of stacks through it; a recursive call counts once)'
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
    ]);
    // The hottest lines are marked in order, with their costs in the margin; the others are not.
    const hot = Array.from(drawer.querySelectorAll('tr[data-hot]')).map((r) => [
      r.getAttribute('data-hot'),
      Array.from(r.querySelectorAll('td')).map((c) => c.textContent),
    ]);
    expect(hot).toEqual([
      ['1', ['3 s', '3 s', '▶ 42', 'line 42 of hot.go']],
      ['2', ['1 s', '3 s', '▷ 45', 'line 45 of hot.go']],
    ]);
    expect(drawer.querySelectorAll('tr[data-line]')).toHaveLength(60);
    expect(screen.getByTestId('flamelens-source-commit')).toHaveTextContent(
      'Commit 0123456789ab Spin less — ada, 2026-11-01'
    );
    // Names are text everywhere: no element came from the hostile name.
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('asks for the function wherever it runs from the top table, and says what would enable the source', async () => {
    const m = renderWith(
      { kind: 'unavailable', reason: 'signed-out', text: 'No source: sign in first.', signInUrl: '/sandbox/git' },
      'table'
    );
    fireEvent.click(screen.getByLabelText('Function details of mid'));
    const why = await screen.findByTestId('flamelens-source-unavailable');
    expect(asked(m)).toEqual({ callSite: undefined, source: { name: 'mid', file: 'src/hot.go' } });
    expect(why).toHaveTextContent('No source: sign in first. Sign in');
    expect(within(why).getByText('Sign in')).toHaveAttribute('href', '/sandbox/git');
    expect(screen.getByTestId('flamelens-details-summary')).toHaveTextContent(
      'Everywhere the function runs in the profile'
    );
    expect(screen.getByTestId('flamelens-line-table')).toHaveTextContent('src/hot.go');
  });

  it("opens from a call tree row by its menu, at that row's call site", async () => {
    const m = renderWith(FILE, 'calltree');
    const row = within(screen.getByTestId('flamelens-call-tree'))
      .getAllByRole('row')
      .find((r) => r.querySelector('[role="gridcell"]')?.textContent === '▸main');
    fireEvent.contextMenu(row!, { clientX: 20, clientY: 60 });
    fireEvent.click(screen.getByText('Function details (lines and source)'));
    await screen.findByTestId('flamelens-source');
    expect(asked(m)).toEqual({ callSite: ['main'], source: { name: 'main', file: 'main.go' } });
  });

  it('offers no details on a diff: they read one query, not two profiles', () => {
    const d = diffTrees(parseFolded('main;mid 5\n').tree, parseFolded('main;mid 9\n').tree);
    const p = panelProps([diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })], {
      view: 'both',
      timeline: 'off',
    });
    render(<FlameGraphPanel {...p} />);
    fireEvent.contextMenu(screen.getByRole('img', { name: 'Flame graph' }), { clientX: 400, clientY: 45 });
    expect(screen.getByTestId('flamelens-menu-header')).toHaveTextContent('mid');
    expect(screen.queryByText('Function details (lines and source)')).toBeNull();
    expect(screen.queryByLabelText('Function details of mid')).toBeNull();
  });

  it('shows the file the function spends most in first, lets the user pick another, and asks again after a sign-in', async () => {
    // "mid" is two functions of one name: 1 s in a.go, 3 s in b.go.
    const two = sourcePprof(
      [
        ['main', 'main.go', 1],
        ['mid', 'a.go', 1],
        ['mid', 'b.go', 1],
      ],
      [[[1, 5]], [[2, 3]], [[3, 8]]],
      [
        [[2, 1], [1e9]],
        [[3, 1], [3e9]],
      ]
    );
    const m = renderWith(
      { kind: 'unavailable', reason: 'signed-out', text: 'No source: sign in first.' },
      'table',
      two
    );
    fireEvent.click(screen.getByLabelText('Function details of mid'));
    const files = await screen.findByTestId('flamelens-source-files');
    expect(files).toHaveTextContent('In 2 files: b.go (75.0%)a.go (25.0%)');
    await screen.findByTestId('flamelens-source-unavailable');
    expect(m.fetchSource.mock.calls.map((c) => c[3])).toEqual([{ name: 'mid', file: 'b.go' }]);
    fireEvent.click(within(files).getByText('a.go'));
    await screen.findByTestId('flamelens-source-unavailable');
    fireEvent.click(screen.getByText('Try again'));
    await screen.findByTestId('flamelens-source-unavailable');
    expect(m.fetchSource.mock.calls.map((c) => (c[3] as { file: string }).file)).toEqual(['b.go', 'a.go', 'a.go']);
  });

  it("reads a dropped pprof file's own lines, of the sample type shown, and says a file has no source", async () => {
    const m = renderWith(FILE, 'table');
    fireEvent.drop(screen.getByTestId('flamelens-panel'), {
      dataTransfer: { files: [{ name: 'cpu.pb', arrayBuffer: async () => PPROF.slice().buffer }] },
    });
    await screen.findByText(/Showing cpu.pb \(dropped file\)/);
    fireEvent.click(screen.getByLabelText('Function details of mid'));
    const why = await screen.findByTestId('flamelens-source-unavailable');
    expect(why).toHaveTextContent('No source for a dropped file');
    expect(screen.getByTestId('flamelens-details-summary')).toHaveTextContent(
      'Self 4 s (40.0%)Total 6 s (60.0%)of 10 s'
    );
    expect(screen.getByTestId('flamelens-line-table')).toHaveTextContent('src/hot.go423 s3 s50.0%');
    // Nothing was asked of the datasource: the file is all there is.
    expect(m.downloadProfile).not.toHaveBeenCalled();
    expect(m.fetchSource).not.toHaveBeenCalled();
  });

  it('says so when no sample has the function there', async () => {
    const m = renderWith(FILE, 'table');
    fireEvent.click(screen.getByLabelText('Function details of idle'));
    expect(await screen.findByTestId('flamelens-details-message')).toHaveTextContent(
      'No sample of the profile has this function at this call site.'
    );
    expect(m.fetchSource).not.toHaveBeenCalled();
  });
});
