import { IdIndex } from './idIndex';

describe('ids to table indexes', () => {
  it.each([
    ['small ids, in a table', [3, 1, 2], true],
    ['sparse ids, in a map', [2 ** 40, 7, 2 ** 40 + 9], false],
  ])('%s: answers each id, -1 for none', (_, ids, dense) => {
    const index = new IdIndex(ids, ids.length);
    expect(index.dense !== undefined).toBe(dense);
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
    expect([index.get(0), index.get(-1), index.get(5), index.get(2 ** 41)]).toEqual([-1, -1, -1, -1]);
  });

  it.each([
    ['a table', [1, 1, 2]],
    ['a map', [1, 1, 2, 2 ** 40]],
  ])('in %s, a repeated id is its last entry, or its own slot when positional', (_, ids) => {
    expect(new IdIndex(ids, ids.length).get(1)).toBe(1);
    expect(new IdIndex(ids, ids.length, true).get(1)).toBe(0);
    // Id 2 is not in slot 1 (which holds 1): the last entry answers.
    expect(new IdIndex(ids, ids.length, true).get(2)).toBe(2);
  });
});
