import { parseFolded } from '../formats/folded';
import { nodeName, type CallTree } from './callTree';
import { initialOpen, openPathTo, openSubtree, setOpen, sortedChildren, visibleRows } from './callTreeRows';

const tree = parseFolded('main;work;a 5\nmain;work;b 1\nmain;io 3\ngc 2\n').tree;
const names = (t: CallTree, rows: Int32Array) => [...rows].map((i) => nodeName(t, i));
const find = (t: CallTree, name: string) => [...Array(t.count).keys()].find((i) => nodeName(t, i) === name)!;

describe('call tree rows', () => {
  it('lists children heaviest first, whatever their draw order', () => {
    expect([...sortedChildren(tree, 0)].map((i) => nodeName(tree, i))).toEqual(['main', 'gc']);
    expect([...sortedChildren(tree, find(tree, 'main'))].map((i) => nodeName(tree, i))).toEqual(['work', 'io']);
  });

  it('starts with the root open, and one-child chains open', () => {
    const chain = parseFolded('a;b;c;d 1\na;b;c;e 2\n').tree;
    expect(names(chain, visibleRows(chain, initialOpen(chain, 0), 0))).toEqual(['total', 'a', 'b', 'c', 'e', 'd']);
    expect(names(tree, visibleRows(tree, initialOpen(tree, 0), 0))).toEqual(['total', 'main', 'gc']);
  });

  it('opens and closes a node, opens the path to a node, and a whole subtree', () => {
    let open = initialOpen(tree, 0);
    open = setOpen(open, find(tree, 'main'), true);
    expect(names(tree, visibleRows(tree, open, 0))).toEqual(['total', 'main', 'work', 'io', 'gc']);
    open = setOpen(open, find(tree, 'main'), false);
    expect(names(tree, visibleRows(tree, open, 0))).toEqual(['total', 'main', 'gc']);
    const b = find(tree, 'b');
    expect(names(tree, visibleRows(tree, openPathTo(tree, open, b, 0), 0))).toEqual([
      'total',
      'main',
      'work',
      'a',
      'b',
      'io',
      'gc',
    ]);
    expect(visibleRows(tree, openSubtree(tree, initialOpen(tree, 0), 0), 0)).toHaveLength(tree.count);
  });

  it('re-roots on a focused node: its subtree only, itself first', () => {
    const work = find(tree, 'work');
    expect(names(tree, visibleRows(tree, initialOpen(tree, work), work))).toEqual(['work', 'a', 'b']);
  });

  it('walks a 10,000-level chain opened to the bottom without recursion', () => {
    const deep = parseFolded(`${Array.from({ length: 10000 }, (_, i) => `f${i}`).join(';')} 1\n`).tree;
    expect(visibleRows(deep, openSubtree(deep, new Uint8Array(deep.count), 0), 0)).toHaveLength(10001);
  });

  it('leaves the given open state untouched', () => {
    const open = initialOpen(tree, 0);
    const before = open.slice();
    openPathTo(tree, open, find(tree, 'b'), 0);
    openSubtree(tree, open, 0);
    setOpen(open, 0, false);
    expect(open).toEqual(before);
  });
});
