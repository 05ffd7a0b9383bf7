// Type-checked when it runs (swc through jest): its @grafana/flamegraph lives in this folder's own node_modules.
/**
 * Flamelens frames through Grafana's own flame graph code: its checkFields must accept every
 * frame the datasource produces (single, truncated, diff), and its exported real frame must decode
 * to the same tree in Flamelens.
 */
import { checkFields, data as grafanaFrame } from '@grafana/flamegraph';
import { createDataFrame, getDefaultTimeRange, LoadingState } from '@grafana/data';
import React from 'react';
import { render, screen } from '@testing-library/react';
import { FlameGraphPanel } from '../../panel/FlameGraphPanel';
import { DEFAULT_OPTIONS } from '../../panel/types';
import { treeToNestedSetFrame, diffTreesToNestedSetFrame, nestedSetFrameToTree } from '../../src/frames/nestedSet';
import { decodePprof } from '../../src/pprof/decode';
import { pprofToTree, resolveSampleType } from '../../src/pprof/toTree';
import { truncateTree } from '../../src/tree/truncate';
import { diffTrees } from '../../src/tree/diff';
import { recordedFixtures } from '../../src/testing/recorded';
import { sharedFixtureFiles } from '../../src/testing/fixtures';
import * as fs from 'fs';

const trees = [
  ...recordedFixtures().map((r) => r.bytes),
  ...sharedFixtureFiles('pprof').map((f) => new Uint8Array(fs.readFileSync(f))),
].map((b) => {
  const p = decodePprof(b);
  return pprofToTree(p, { sampleType: resolveSampleType(p) });
});

describe("Grafana's @grafana/flamegraph accepts Flamelens frames", () => {
  it(`passes checkFields for single, truncated and diff frames (${trees.length} profiles)`, () => {
    for (const tree of trees) {
      expect(checkFields(createDataFrame(treeToNestedSetFrame(tree, { unit: 'ns' })))).toBeUndefined();
      expect(
        checkFields(createDataFrame(treeToNestedSetFrame(truncateTree(tree, 50), { unit: 'ns' })))
      ).toBeUndefined();
      const d = diffTrees(tree, truncateTree(tree, 20));
      expect(checkFields(createDataFrame(diffTreesToNestedSetFrame(d.left, d.right, { unit: 'ns' })))).toBeUndefined();
    }
  });

  it("decodes Grafana's own exported frame into a consistent tree", () => {
    const frame = createDataFrame(grafanaFrame as never);
    const { tree } = nestedSetFrameToTree(frame);
    const values = frame.fields.find((f) => f.name === 'value')!.values as number[];
    expect(tree.count).toBe(frame.length);
    expect(tree.total[0]).toBe(values[0]);
    // Every node's total covers its children, as a nested set must.
    for (let i = 0; i < tree.count; i++) {
      let children = 0;
      for (let c = i + 1; c < tree.end[i]; c = tree.end[c]) children += tree.total[c];
      expect(children).toBeLessThanOrEqual(tree.total[i]);
    }
  });
});

describe("Grafana's exported frame in the Flamelens panel", () => {
  it('lists every function of it in the top table, the heaviest self time first', () => {
    const frame = createDataFrame(grafanaFrame as never);
    const props = {
      id: 9,
      title: 'fixture',
      data: { series: [frame], state: LoadingState.Done, timeRange: getDefaultTimeRange() },
      options: { ...DEFAULT_OPTIONS, view: 'table' },
      width: 900,
      height: 100000,
    };
    render(React.createElement(FlameGraphPanel, props as never));
    const table = screen.getByTestId('flamelens-top-table');
    // Self per label summed from the frame itself, the heaviest first.
    const labels = frame.fields.find((f) => f.name === 'label')!;
    const selfs = frame.fields.find((f) => f.name === 'self')!.values as number[];
    const enumText = (labels.config?.type?.enum?.text ?? []) as string[];
    const selfByName = new Map<string, number>();
    (labels.values as Array<string | number>).forEach((l, i) => {
      const name = typeof l === 'number' && enumText.length ? enumText[l] : String(l);
      if (i > 0) selfByName.set(name, (selfByName.get(name) ?? 0) + selfs[i]);
    });
    const rows = Array.from(table.querySelectorAll('tbody tr')).filter((r) => r.querySelector('td'));
    expect(rows.length).toBe(selfByName.size);
    const heaviest = [...selfByName.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(rows[0].querySelector('td')!.textContent).toBe(heaviest[0]);
  });
});
