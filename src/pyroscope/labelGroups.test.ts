import { parseFolded, printFolded } from '../formats/folded';
import { parseSelector } from '../selector/selector';
import { groupedTree, groupName, restGroupName } from '../tree/groupTrees';
import type { CallTree } from '../tree/callTree';
import { boundedAll, fetchLabelGroups, rankValues, type GroupingClient } from './labelGroups';
import type { SelectMergeStacktracesParams, Series } from './types';

/** Profiles by region ('' = no region label), selected as Pyroscope selects them. */
const PROFILES: Array<{ region: string; pod: string; folded: string }> = [
  { region: 'eu-north', pod: 'a', folded: 'main;slow 30\n' },
  { region: 'eu-north', pod: 'b', folded: 'main;slow 10\n' },
  { region: 'us-east', pod: 'c', folded: 'main;fast 20\n' },
  { region: 'ap-south', pod: 'd', folded: 'main;fast 5\n' },
  { region: '', pod: 'e', folded: 'main;bare 3\n' },
];

function fakeClient() {
  const selectors: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const selected = (selector: string) => {
    const ms = parseSelector(selector);
    return PROFILES.filter((p) =>
      ms.every((m) => {
        const v = m.name === 'region' ? p.region : m.name === 'pod' ? p.pod : '';
        const re = new RegExp(`^(?:${m.value})$`);
        return m.op === '=' ? v === m.value : m.op === '!=' ? v !== m.value : m.op === '=~' ? re.test(v) : !re.test(v);
      })
    );
  };
  const client: GroupingClient = {
    async selectSeries(p) {
      const byRegion = new Map<string, number>();
      for (const prof of selected(p.labelSelector)) {
        byRegion.set(prof.region, (byRegion.get(prof.region) ?? 0) + parseFolded(prof.folded).tree.total[0]);
      }
      return [...byRegion].map(([region, v]): Series => ({
        labels: region ? [{ name: 'region', value: region }] : [],
        points: [{ value: v, timestamp: p.start }],
      }));
    },
    async selectMergeStacktraces(p: SelectMergeStacktracesParams): Promise<CallTree | undefined> {
      selectors.push(p.labelSelector);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      const text = selected(p.labelSelector)
        .map((x) => x.folded)
        .join('');
      return text ? parseFolded(text).tree : undefined;
    },
  };
  return { client, selectors, maxInFlight: () => maxInFlight };
}

const params = { profileTypeID: 'cpu', labelSelector: '{pod!="z"}', start: 0, end: 3_600_000 };

describe('fetchLabelGroups', () => {
  it('queries the top values one by one and the rest once, two at a time, adding up to the total', async () => {
    const { client, selectors, maxInFlight } = fakeClient();
    const groups = await fetchLabelGroups(client, params, 'region', 2);
    expect(selectors).toEqual([
      '{pod!="z", region="eu-north"}',
      '{pod!="z", region="us-east"}',
      '{pod!="z", region!~"eu-north|us-east"}',
    ]);
    expect(maxInFlight()).toBe(2);
    expect(groups.map((g) => [g.value, g.others, g.unlabelled, g.tree.total[0]])).toEqual([
      ['eu-north', undefined, undefined, 40],
      ['us-east', undefined, undefined, 20],
      // ap-south and the profile without a region.
      [undefined, 1, true, 8],
    ]);
    const sum = groups.reduce((a, g) => a + g.tree.total[0], 0);
    expect(sum).toBe(68);
  });

  it('keeps the query matchers on the label: a group never widens the query', async () => {
    const { client, selectors } = fakeClient();
    const groups = await fetchLabelGroups(client, { ...params, labelSelector: '{region=~"eu-.*|us-.*"}' }, 'region', 5);
    expect(selectors[0]).toBe('{region=~"eu-.*|us-.*", region="eu-north"}');
    expect(groups.map((g) => g.value)).toEqual(['eu-north', 'us-east']);
  });

  it('builds one first-level node per group, totals kept', async () => {
    const { client } = fakeClient();
    const groups = await fetchLabelGroups(client, params, 'region', 1);
    const tree = groupedTree(groups.map((g) => ({ name: g.value ?? 'rest', tree: g.tree })));
    expect(printFolded(tree)).toBe('eu-north;main;slow 40\nrest;main;bare 3\nrest;main;fast 25\n');
  });
});

describe('group names', () => {
  it('says what the rest holds', () => {
    expect(groupName('region', 'eu')).toBe('region=eu');
    expect(groupName('region', '')).toBe('region (not set)');
    expect(restGroupName('zone', 2, true)).toBe('zone: 2 other values or not set');
    expect(restGroupName('zone', 1, false)).toBe('zone: 1 other value');
    expect(restGroupName('vehicle', 0, true)).toBe('vehicle (not set)');
  });
});

describe('helpers', () => {
  it('ranks values by their summed points, ties by name', () => {
    const s = (value: string, ...v: number[]): Series => ({
      labels: [{ name: 'r', value }],
      points: v.map((value, timestamp) => ({ value, timestamp })),
    });
    expect(rankValues([s('b', 1, 2), s('a', 3), s('c', 5)], 'r')).toEqual(['c', 'a', 'b']);
  });

  it('runs at most n tasks at once and keeps their order', async () => {
    let running = 0;
    let most = 0;
    const task = (v: number) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5 - v));
      running--;
      return v;
    };
    expect(await boundedAll([0, 1, 2, 3, 4].map(task), 2)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});
