import { lazyValues } from './lazyValues';

describe('lazy field values', () => {
  it('reads as an array, computing each element once, only when read', () => {
    const made: number[] = [];
    const v = lazyValues(4, (i) => {
      made.push(i);
      return `row ${i}`;
    });
    expect(Array.isArray(v)).toBe(true);
    expect(v.length).toBe(4);
    expect(made).toEqual([]);
    expect(v[2]).toBe('row 2');
    expect(v[2]).toBe('row 2');
    expect(made).toEqual([2]);
    expect(v[4]).toBeUndefined();
    expect(v.map((x) => x.toUpperCase())).toEqual(['ROW 0', 'ROW 1', 'ROW 2', 'ROW 3']);
    expect([...v]).toEqual(['row 0', 'row 1', 'row 2', 'row 3']);
    expect(JSON.stringify(v)).toBe('["row 0","row 1","row 2","row 3"]');
    expect(v.slice(1, 3)).toEqual(['row 1', 'row 2']);
    expect(Object.keys(v)).toEqual(['0', '1', '2', '3']);
    expect(made.sort()).toEqual([0, 1, 2, 3]);
  });
});
