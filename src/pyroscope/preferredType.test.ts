import { preferredFirst, preferredProfileType } from './preferredType';

const t = (ID: string) => ({ ID });

describe('the profile type shown when none is chosen', () => {
  it('is CPU time, else wall-clock CPU, else the first type', () => {
    const node = [
      t('memory:inuse_objects:count:space:bytes'),
      t('wall:cpu:nanoseconds:wall:nanoseconds'),
      t('wall:wall:nanoseconds:wall:nanoseconds'),
    ];
    expect(preferredProfileType(node)?.ID).toBe('wall:cpu:nanoseconds:wall:nanoseconds');
    expect(preferredProfileType([...node, t('process_cpu:cpu:nanoseconds:cpu:nanoseconds')])?.ID).toBe(
      'process_cpu:cpu:nanoseconds:cpu:nanoseconds'
    );
    expect(preferredProfileType([t('memory:alloc_space:bytes:space:bytes')])?.ID).toBe(
      'memory:alloc_space:bytes:space:bytes'
    );
    expect(preferredProfileType([])).toBeUndefined();
  });

  it('comes first in a list, the rest in their order', () => {
    expect(preferredFirst([t('a:x'), t('wall:cpu:n'), t('b:y')]).map((x) => x.ID)).toEqual([
      'wall:cpu:n',
      'a:x',
      'b:y',
    ]);
  });
});
