import { moveSelection } from './keyboard';
import { parseFolded } from '../../src/formats/folded';
import { nodeName } from '../../src/tree/callTree';

// total → a (→ c, d) ; b
const { tree } = parseFolded('a;c 5\na;d 2\nb 4\n');
const idx = (name: string) => Array.from({ length: tree.count }, (_, i) => i).find((i) => nodeName(tree, i) === name)!;
const move = (from: string, key: string, o: 'icicle' | 'flame' = 'icicle') =>
  nodeName(tree, moveSelection(tree, idx(from), key, o)!);

describe('keyboard navigation', () => {
  it('moves to the parent, the widest child and the siblings', () => {
    expect(move('c', 'ArrowUp')).toBe('a');
    expect(move('a', 'ArrowDown')).toBe('c');
    expect(move('c', 'ArrowRight')).toBe('d');
    expect(move('d', 'ArrowLeft')).toBe('c');
    expect(move('d', 'ArrowRight')).toBe('d');
    expect(move('total', 'ArrowUp')).toBe('total');
  });

  it('follows the screen in flame orientation (root at the bottom)', () => {
    expect(move('c', 'ArrowDown', 'flame')).toBe('a');
    expect(move('a', 'ArrowUp', 'flame')).toBe('c');
  });

  it('ignores other keys', () => {
    expect(moveSelection(tree, 0, 'x', 'icicle')).toBeUndefined();
  });
});
