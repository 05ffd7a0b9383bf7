import { act, renderHook } from '@testing-library/react';
import type { DataFrame, PanelData } from '@grafana/data';
import { treeToNestedSetFrame } from '../../src/frames/nestedSet';
import { parseFolded, printFolded } from '../../src/formats/folded';
import { truncateTree } from '../../src/tree/truncate';
import { answerForCallSite } from '../../src/testing/callSites';
import type { FlameGraphPatch } from '../../src/contract/datasource';
import type { ExactFunctionTable } from '../../src/pyroscope/exactFunctions';
import type { ProfileData } from '../profileData';
import type { ProfilesSource } from '../profilesDatasource';
import { useProgressiveDetail, type RefineView } from './useProgressiveDetail';
import { useExactFunctions } from './useExactFunctions';
import { encodeTreeAsPprof } from '../../src/pprof/encode';

// total 1000: main 900 (api 800, a..e 20 each), lib 100 (x 60, y 40)
const full = parseFolded(
  'main;api;handler 800\nmain;a 20\nmain;b 20\nmain;c 20\nmain;d 20\nmain;e 20\nlib;x 60\nlib;y 40\n'
).tree;
const cut = truncateTree(full, 5);

const requests: Array<{ patch: FlameGraphPatch; answer: () => void }> = [];
let functionTable: () => Promise<ExactFunctionTable | undefined>;
let downloadProfile: () => Promise<Uint8Array | undefined> = () => Promise.resolve(undefined);
const source: ProfilesSource = {
  range: { start: 0, end: 1000 },
  maxNodes: 1000,
  profileTypeId: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
  downloadProfile: () => downloadProfile(),
  fetchFlameGraph: (_range, patch) =>
    new Promise<DataFrame | undefined>((resolve, reject) => {
      patch.signal?.addEventListener('abort', () => reject(new Error('cancelled')));
      const answer = () =>
        resolve(
          treeToNestedSetFrame(answerForCallSite(full, patch.stackTraceSelector ?? [], patch.maxNodes ?? 0), {
            unit: 'ns',
          })
        );
      requests.push({ patch, answer });
    }),
  functionTable: () => functionTable(),
};
jest.mock('../profilesDatasource', () => ({ profilesSource: () => Promise.resolve(source) }));

const data = { series: [] } as unknown as PanelData;
const profile: ProfileData = { kind: 'single', side: { tree: cut }, unit: 'ns' };
const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));
const view = (v: Partial<RefineView> = {}): RefineView => ({
  enabled: true,
  zoomPath: [],
  width: 1000,
  fromRoot: false,
  ...v,
});

beforeEach(() => {
  requests.length = 0;
});

describe('useProgressiveDetail', () => {
  it('replaces the visible "other" nodes by their frames, call site by call site', async () => {
    expect(printFolded(cut)).toContain('other');
    const { result } = renderHook(() => useProgressiveDetail(data, profile, view()));
    await tick();
    // Cut to main, api, handler, lib, x: main's "other" (100 px) and lib's (y, 40 px) are both asked.
    expect(requests.map((r) => r.patch.stackTraceSelector)).toEqual([['main'], ['lib']]);
    expect(result.current.status).toEqual(expect.objectContaining({ waiting: 2 }));
    expect(result.current.status?.marked).toHaveLength(2);
    await act(async () => requests[0].answer());
    await tick();
    expect(result.current.status).toEqual(expect.objectContaining({ waiting: 1, answered: 1 }));
    await act(async () => requests[1].answer());
    await tick();
    const shown = result.current.profile;
    expect(shown.kind === 'single' && printFolded(shown.side.tree)).toBe(printFolded(full));
    expect(result.current.status).toEqual(expect.objectContaining({ waiting: 0, answered: 2, marked: [] }));
  });

  it('measures widths in the zoomed view and cancels what is in flight when the zoom changes', async () => {
    // Cut to main, api, handler: main's "other" is 100 of main's 900, the root's (lib) 100 of 1000.
    const narrow = truncateTree(full, 3);
    const p: ProfileData = { kind: 'single', side: { tree: narrow }, unit: 'ns' };
    const { rerender } = renderHook(({ v }) => useProgressiveDetail(data, p, v), {
      initialProps: { v: view({ width: 75 }) },
    });
    await tick();
    // 7.5 px each across the whole profile: under the 8 px bound, nothing asked.
    expect(requests).toHaveLength(0);
    rerender({ v: view({ width: 75, zoomPath: ['main'] }) });
    await tick();
    // 8.3 px once main fills the width.
    expect(requests.map((r) => r.patch.stackTraceSelector)).toEqual([['main']]);
    rerender({ v: view({ width: 75, zoomPath: ['main', 'api'] }) });
    await tick();
    expect(requests[0].patch.signal?.aborted).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('asks nothing when turned off', async () => {
    const { result } = renderHook(() => useProgressiveDetail(data, profile, view({ enabled: false })));
    await tick();
    expect(requests).toHaveLength(0);
    expect(result.current.profile).toBe(profile);
  });
});

describe('useExactFunctions', () => {
  it('fetches the exact table once per query result when wanted, and says when it fails', async () => {
    let calls = 0;
    functionTable = () => {
      calls++;
      return Promise.reject(new Error('HTTP 500: boom'));
    };
    const { result, rerender } = renderHook(({ wanted }) => useExactFunctions(data, wanted), {
      initialProps: { wanted: false },
    });
    await tick();
    expect([calls, result.current]).toEqual([0, undefined]);
    rerender({ wanted: true });
    await tick();
    expect(result.current).toEqual({ state: 'failed', message: 'HTTP 500: boom' });
    rerender({ wanted: false });
    rerender({ wanted: true });
    await tick();
    expect(calls).toBe(1);
  });

  it('computes the table from the merged pprof when the server has none', async () => {
    functionTable = () => Promise.resolve(undefined);
    downloadProfile = () => Promise.resolve(encodeTreeAsPprof(full, { type: 'cpu', unit: 'nanoseconds', gzip: false }));
    const { result } = renderHook(() => useExactFunctions(data, true));
    await tick();
    await tick();
    const r = result.current;
    expect(r?.state === 'ready' && [r.exact.source, r.exact.totalFunctions, r.exact.table.grandTotal]).toEqual([
      'profile',
      11,
      1000,
    ]);
  });
});
