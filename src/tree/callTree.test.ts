import { childrenOf, NODE_TRUNCATED, stackOf, TreeBuilder } from './callTree';
import { parseFolded, printFolded } from '../formats/folded';

describe('TreeBuilder', () => {
  it('lays nodes out in pre-order with subtree ranges, totals and depths', () => {
    const { tree } = parseFolded('main;work;io 3\nmain;work 2\nmain;calc 4\ngc 1\n');
    const names = Array.from(tree.nameId, (id) => tree.names[id]);
    expect(names).toEqual(['total', 'gc', 'main', 'calc', 'work', 'io']);
    expect(Array.from(tree.depth)).toEqual([0, 1, 1, 2, 2, 3]);
    expect(Array.from(tree.total)).toEqual([10, 1, 9, 4, 5, 3]);
    expect(Array.from(tree.self)).toEqual([0, 1, 0, 4, 2, 3]);
    expect(Array.from(tree.end)).toEqual([6, 2, 6, 4, 6, 6]);
    expect(childrenOf(tree, 2)).toEqual([3, 4]);
    expect(stackOf(tree, 5)).toEqual(['main', 'work', 'io']);
    expect(tree.maxDepth).toBe(3);
  });

  it('merges repeated stacks into one path', () => {
    const { tree } = parseFolded('a;b 1\na;b 2\na;c 3\n');
    expect(tree.count).toBe(4);
    expect(tree.total[0]).toBe(6);
  });

  it('handles stacks 20,000 frames deep without recursion', () => {
    const b = new TreeBuilder();
    const stack = Array.from({ length: 20000 }, (_, i) => b.names.intern(`f${i % 7}`));
    b.addStack(stack, 5);
    const tree = b.build();
    expect(tree.count).toBe(20001);
    expect(tree.maxDepth).toBe(20000);
    expect(tree.total[tree.count - 1]).toBe(5);
    expect(tree.total[0]).toBe(5);
  });

  it('keeps truncation flags through layout', () => {
    const b = new TreeBuilder();
    const other = b.child(0, b.names.intern('other'));
    b.addSelf(other, 3);
    b.markTruncated(other);
    const tree = b.build();
    expect(tree.flags[1] & NODE_TRUNCATED).toBe(NODE_TRUNCATED);
  });

  it('round-trips through folded stacks', () => {
    const text = 'a;b;c 1\na;b 2\nx 4\n';
    const { tree } = parseFolded(text);
    expect(parseFolded(printFolded(tree)).tree.total[0]).toBe(7);
    expect(printFolded(tree)).toBe('a;b 2\na;b;c 1\nx 4\n');
  });
});
