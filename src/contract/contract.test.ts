import type { DataFrame } from '@grafana/data';
import { treeToNestedSetFrame } from '../frames/nestedSet';
import { parseFolded } from '../formats/folded';
import { readFlameGraphCustom, timelineRoleOf, withCustom, type FlameGraphCustom } from './frames';
import { isFlamelensDataSource, type FlamelensDataSourceApi } from './datasource';
import { OLDER_SERVER } from './capabilities';

const tree = parseFolded('main;work 3\n').tree;
const info: FlameGraphCustom = {
  profileTypeId: 'cpu',
  labelSelector: '{a="b"}',
  start: 1000,
  end: 2000,
  role: 'baseline',
};

describe('the frame contract between datasource and panel', () => {
  it('reads back what the datasource wrote', () => {
    expect(readFlameGraphCustom(treeToNestedSetFrame(tree, { custom: info }))).toEqual(info);
  });

  it("reads nothing from another datasource's frame, and ignores ill-typed entries", () => {
    expect(readFlameGraphCustom(treeToNestedSetFrame(tree))).toEqual({});
    const odd = { fields: [], length: 0, meta: { custom: { role: 'left', start: 'x', end: 3, labelSelector: 7 } } };
    expect(readFlameGraphCustom(odd as DataFrame)).toEqual({});
  });

  it('marks and finds a timeline', () => {
    const series: DataFrame = { fields: [], length: 0, meta: { custom: { rateCalculated: true } } };
    const marked = withCustom(series, { timelineOf: 'comparison' });
    expect(timelineRoleOf(marked)).toBe('comparison');
    expect(marked.meta?.custom).toEqual({ rateCalculated: true, timelineOf: 'comparison' });
    expect(timelineRoleOf(series)).toBeUndefined();
  });

  it('fails the type check on a misspelled key or a wrong role (checked by npm run typecheck)', () => {
    // @ts-expect-error: "rol" is not a key of the contract.
    treeToNestedSetFrame(tree, { custom: { rol: 'baseline' } });
    // @ts-expect-error: a side is 'baseline' or 'comparison'.
    treeToNestedSetFrame(tree, { custom: { role: 'left' } });
    // @ts-expect-error: "timelineFor" is not a key of the contract.
    withCustom(treeToNestedSetFrame(tree), { timelineFor: 'baseline' });
    // @ts-expect-error: the panel reads "labelSelector", not "selector".
    void readFlameGraphCustom(treeToNestedSetFrame(tree)).selector;
    expect(true).toBe(true);
  });

  it('tells a Flamelens datasource from another by the methods the panel calls', () => {
    const api: FlamelensDataSourceApi = {
      capabilities: () => Promise.resolve(OLDER_SERVER),
      downloadProfile: () => Promise.resolve(undefined),
      fetchFlameGraph: () => Promise.resolve(undefined),
    };
    expect(isFlamelensDataSource(api)).toBe(true);
    expect(isFlamelensDataSource({ query: () => undefined })).toBe(false);
    expect(isFlamelensDataSource(undefined)).toBe(false);
  });
});
