import { act, renderHook } from '@testing-library/react';
import type { DataFrame, PanelData } from '@grafana/data';
import { treeToNestedSetFrame } from '../../src/frames/nestedSet';
import { parseFolded, printFolded } from '../../src/formats/folded';
import type { ProfileData } from '../profileData';
import type { ProfilesSource } from '../profilesDatasource';
import { useDetailFetch, useRetarget } from './useRemoteDetail';

/** Answers resolved by the test, in whatever order it likes. */
const pending: Array<{ resolve: (f: DataFrame | undefined) => void; patch: unknown }> = [];
const source: ProfilesSource = {
  range: { start: 0, end: 1000 },
  maxNodes: 16_384,
  profileTypeId: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
  downloadProfile: () => Promise.resolve(undefined),
  fetchFlameGraph: (_range, patch) => new Promise((resolve) => pending.push({ resolve, patch })),
};
jest.mock('../profilesDatasource', () => ({ profilesSource: () => Promise.resolve(source) }));

const frame = (folded: string) => treeToNestedSetFrame(parseFolded(folded).tree, { unit: 'ns' });
const data = (series: DataFrame[] = []): PanelData => ({ series }) as unknown as PanelData;
/** One query answer for a whole test: Grafana passes the same data object until the next run. */
const stable = data();
const tick = () => act(() => Promise.resolve());
const noop = () => undefined;

beforeEach(() => {
  pending.length = 0;
});

describe('useDetailFetch', () => {
  it('keeps the newest request: an older answer arriving last is dropped', async () => {
    const loaded: string[] = [];
    const { result } = renderHook(() => useDetailFetch(stable, (o) => loaded.push(o.label), noop, noop));
    // The first request is in flight when the second is made.
    await act(async () => void result.current(['main', 'slow']));
    await tick();
    await act(async () => void result.current(['main', 'fast']));
    await tick();
    expect(pending.map((p) => p.patch)).toEqual([
      { stackTraceSelector: ['main', 'slow'], maxNodes: 65_536 },
      { stackTraceSelector: ['main', 'fast'], maxNodes: 65_536 },
    ]);
    await act(async () => pending[1].resolve(frame('fast;x 1\n')));
    await act(async () => pending[0].resolve(frame('slow;y 1\n')));
    expect(loaded).toEqual(['full detail under main › fast']);
  });

  it('drops an answer that arrives after the query data changed', async () => {
    const loaded: string[] = [];
    const { result, rerender } = renderHook(({ d }) => useDetailFetch(d, (o) => loaded.push(o.label), noop, noop), {
      initialProps: { d: stable },
    });
    await act(async () => void result.current(['main']));
    await tick();
    rerender({ d: data([frame('new 1\n')]) });
    await act(async () => pending[0].resolve(frame('old 1\n')));
    expect(loaded).toEqual([]);
  });
});

describe('useRetarget', () => {
  const tree = parseFolded('a 1\n').tree;
  const pair: ProfileData = { kind: 'pair', baseline: { tree, selector: '{x="1"}' }, comparison: { tree } };

  it("shows the newest range's answer for a side, not a slower older one", async () => {
    const { result } = renderHook(() => useRetarget(stable, pair));
    await act(async () => void result.current.retargetSide('baseline', { start: 1, end: 2 }));
    await tick();
    await act(async () => void result.current.retargetSide('baseline', { start: 3, end: 4 }));
    await tick();
    await act(async () => pending[1].resolve(frame('newer 1\n')));
    await act(async () => pending[0].resolve(frame('older 1\n')));
    const r = result.current.retargets.baseline;
    expect(r && 'tree' in r ? [printFolded(r.tree), r.range] : r).toEqual(['newer 1\n', { start: 3, end: 4 }]);
    expect(pending[0].patch).toEqual({ labelSelector: '{x="1"}' });
  });
});
