import { flameGraphJsonToTree } from './flamegraphJson';
import { printFolded } from '../formats/folded';
import { readSharedFixture, sharedFixturesAvailable } from '../testing/fixtures';
import { treeFromFlamebearer } from '../formats/flamebearer';

const body = (fg: unknown, extra = '') => `{${extra}"flamegraph":${JSON.stringify(fg)}}`;
const FG = {
  names: ['total', 'main', 'we\\ird "name"'],
  levels: [{ values: ['0', '10', '0', '0'] }, { values: ['0', '10', '4', '1'] }, { values: ['0', '6', '6', '2'] }],
  total: '10',
  maxSelf: '6',
};

describe('Connect JSON flame graph scanner', () => {
  it('reads names (with escapes), quoted int64 values and ignores other keys', () => {
    const tree = flameGraphJsonToTree(body(FG, '"other":{"a":[1,2,{"b":null}],"c":"x"},'))!;
    expect(printFolded(tree)).toBe('main 4\nmain;we\\ird "name" 6\n');
  });

  it('accepts bare numbers, whitespace and key order changes', () => {
    const text = ` { "flamegraph" : { "total": 3, "levels" : [ { "values" : [ 0 , 3 , 0 , 0 ] } , { "values": [0, 3, 3, 1] } ], "names" : [ "total" , "a" ] } } `;
    expect(printFolded(flameGraphJsonToTree(text)!)).toBe('a 3\n');
  });

  it('falls back to JSON.parse for numbers it does not scan itself, with the same result', () => {
    const fg = {
      names: ['total', 'a'],
      levels: [{ values: ['0', '1e3', '0', '0'] }, { values: [0, 1000, 1000.0, 1] }],
    };
    expect(printFolded(flameGraphJsonToTree(body(fg))!)).toBe('a 1000\n');
  });

  it('returns undefined without a flame graph and rejects invalid JSON clearly', () => {
    expect(flameGraphJsonToTree('{}')).toBeUndefined();
    expect(flameGraphJsonToTree('{"flamegraph":{"names":[],"levels":[]}}')).toBeUndefined();
    expect(() => flameGraphJsonToTree('{"flamegraph":{"names":["total"],')).toThrow(/not valid JSON/);
  });

  (sharedFixturesAvailable() ? it : it.skip)('gives the same tree as JSON.parse on the recorded real answer', () => {
    const text = readSharedFixture('api/pyroscope-SelectMergeStacktraces-flamegraph.json').toString('utf8');
    const j = JSON.parse(text).flamegraph;
    const ref = treeFromFlamebearer(
      j.names,
      j.levels.map((l: { values: string[] }) => l.values)
    );
    const ours = flameGraphJsonToTree(text)!;
    expect(printFolded(ours)).toBe(printFolded(ref));
    expect(Array.from(ours.total)).toEqual(Array.from(ref.total));
  });
});
