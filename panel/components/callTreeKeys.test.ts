import { parseFolded } from '../../src/formats/folded';
import { nodeName } from '../../src/tree/callTree';
import { initialOpen, visibleRows } from '../../src/tree/callTreeRows';
import { callTreeKey, type TreeKeyState } from './callTreeKeys';

const tree = parseFolded('main;work;a 5\nmain;io 3\ngc 2\n').tree;
const find = (name: string) => [...Array(tree.count).keys()].find((i) => nodeName(tree, i) === name)!;

function state(selected: string | undefined, open = initialOpen(tree, 0), root = 0): TreeKeyState {
  const rows = visibleRows(tree, open, root);
  const rowOf = (n: number) => {
    const r = rows.indexOf(n);
    return r < 0 ? undefined : r;
  };
  return { tree, rows, rowOf, open, selected: selected ? find(selected) : -1, root, pageRows: 10 };
}
const named = (a: ReturnType<typeof callTreeKey>) => (a && 'node' in a ? nodeName(tree, a.node) : a?.kind);

describe('the call tree keyboard', () => {
  it('moves down and up the visible rows, Home/End/PageDown to the ends', () => {
    expect(named(callTreeKey('ArrowDown', false, state(undefined)))).toBe('total');
    expect(named(callTreeKey('ArrowDown', false, state('main')))).toBe('gc');
    expect(named(callTreeKey('ArrowUp', false, state('gc')))).toBe('main');
    expect(named(callTreeKey('End', false, state('total')))).toBe('gc');
    expect(named(callTreeKey('PageDown', false, state('total')))).toBe('gc');
    expect(named(callTreeKey('Home', false, state('gc')))).toBe('total');
  });

  it('→ opens a closed row then goes to its first child; ← closes then goes to the parent', () => {
    const opened = callTreeKey('ArrowRight', false, state('main'));
    expect(opened?.kind).toBe('open');
    const open = (opened as { open: Uint8Array }).open;
    expect(named(callTreeKey('ArrowRight', false, state('main', open)))).toBe('work');
    expect(callTreeKey('ArrowLeft', false, state('main', open))?.kind).toBe('open');
    expect(named(callTreeKey('ArrowLeft', false, state('io', open)))).toBe('main');
    // A leaf: → does nothing.
    expect(callTreeKey('ArrowRight', false, state('gc'))).toBeUndefined();
  });

  it('* opens the subtree; Enter toggles; c asks for callers; Escape leaves only a focus', () => {
    const all = callTreeKey('*', false, state('total')) as { open: Uint8Array };
    expect(visibleRows(tree, all.open, 0)).toHaveLength(tree.count);
    expect(callTreeKey('Enter', false, state('main'))?.kind).toBe('open');
    expect(named(callTreeKey('c', false, state('io')))).toBe('io');
    expect(callTreeKey('Escape', false, state('total'))).toBeUndefined();
    expect(callTreeKey('Escape', false, state('work', initialOpen(tree, find('main')), find('main')))?.kind).toBe(
      'unfocus'
    );
    expect(callTreeKey('F10', true, state('io'))?.kind).toBe('menu');
    expect(callTreeKey('F10', false, state('io'))).toBeUndefined();
  });
});
