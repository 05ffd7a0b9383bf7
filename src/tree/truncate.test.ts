import { truncateTree } from './truncate';
import { parseFolded } from '../formats/folded';

describe('truncateTree', () => {
  it('lists only the names of the nodes it keeps, as Pyroscope answers', () => {
    const lines = ['main;hot 1000', ...Array.from({ length: 500 }, (_, i) => `main;rare${i} ${1 + (i % 3)}`)];
    const cut = truncateTree(parseFolded(lines.join('\n')).tree, 2);
    expect([...cut.names].sort()).toEqual(['hot', 'main', 'other', 'total']);
  });
});
