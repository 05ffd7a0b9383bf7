import {
  checkNestedSetFrame,
  diffTreesToNestedSetFrame,
  nestedSetFrameToTree,
  treeToNestedSetFrame,
} from './nestedSet';
import { parseFolded } from '../formats/folded';
import { NODE_TRUNCATED } from '../tree/callTree';
import { treeFromFlamebearer } from '../formats/flamebearer';

describe('nested-set frames', () => {
  const { tree } = parseFolded('main;work;io 3\nmain;work 2\nmain;calc 4\n<img src=x onerror=alert(1)> 1\n');

  it('writes level/value/self/label rows in pre-order with the unit on value and self', () => {
    const frame = treeToNestedSetFrame(tree, { unit: 'ns', refId: 'A' });
    const get = (n: string) => frame.fields.find((f) => f.name === n)!;
    expect(get('level').values).toEqual([0, 1, 1, 2, 2, 3]);
    expect(get('value').values).toEqual([10, 1, 9, 4, 5, 3]);
    expect(get('value').config.unit).toBe('ns');
    expect(get('label').type).toBe('enum');
    expect(get('label').config.type?.enum?.text?.[get('label').values[1]]).toBe('<img src=x onerror=alert(1)>');
    expect(frame.meta?.preferredVisualisationType).toBe('flamegraph');
    expect(frame.length).toBe(6);
  });

  it('round-trips a tree exactly', () => {
    const back = nestedSetFrameToTree(treeToNestedSetFrame(tree)).tree;
    expect(Array.from(back.total)).toEqual(Array.from(tree.total));
    expect(Array.from(back.self)).toEqual(Array.from(tree.self));
    expect(Array.from(back.depth)).toEqual(Array.from(tree.depth));
    expect(Array.from(back.nameId, (id) => back.names[id])).toEqual(Array.from(tree.nameId, (id) => tree.names[id]));
  });

  it('reads string labels and the truncated field', () => {
    const frame = {
      length: 3,
      fields: [
        { name: 'level', type: 'number', values: [0, 1, 1], config: {} },
        { name: 'value', type: 'number', values: [5, 3, 2], config: { unit: 'bytes' } },
        { name: 'self', type: 'number', values: [0, 3, 2], config: {} },
        { name: 'label', type: 'string', values: ['total', 'a', 'other'], config: {} },
        { name: 'truncated', type: 'boolean', values: [false, false, true], config: {} },
      ],
    } as never;
    const { tree: t, unit } = nestedSetFrameToTree(frame);
    expect(unit).toBe('bytes');
    expect(t.flags[2] & NODE_TRUNCATED).toBe(NODE_TRUNCATED);
    expect(t.flags[1]).toBe(0);
  });

  it('writes and reads diff frames with valueRight/selfRight', () => {
    const left = treeFromFlamebearer(
      ['total', 'a'],
      [
        [0, 4, 0, 0],
        [0, 4, 4, 1],
      ]
    );
    const right = treeFromFlamebearer(
      ['total', 'a'],
      [
        [0, 9, 0, 0],
        [0, 9, 9, 1],
      ]
    );
    const frame = diffTreesToNestedSetFrame(left, right);
    expect(frame.fields.map((f) => f.name)).toEqual([
      'level',
      'value',
      'self',
      'valueRight',
      'selfRight',
      'label',
      'truncated',
    ]);
    const decoded = nestedSetFrameToTree(frame);
    expect(decoded.right?.total[1]).toBe(9);
    expect(decoded.tree.total[1]).toBe(4);
  });

  it('names the missing fields of a frame that is not a flame graph', () => {
    const frame = { length: 1, fields: [{ name: 'time', type: 'time', values: [1], config: {} }] } as never;
    expect(checkNestedSetFrame(frame)).toMatch(/missing fields "level", "value", "self", "label"/);
    expect(() => nestedSetFrameToTree(frame)).toThrow(/not a flame graph/);
  });

  it('rejects rows that are not in pre-order', () => {
    const frame = {
      length: 2,
      fields: [
        { name: 'level', type: 'number', values: [0, 2], config: {} },
        { name: 'value', type: 'number', values: [1, 1], config: {} },
        { name: 'self', type: 'number', values: [0, 1], config: {} },
        { name: 'label', type: 'string', values: ['total', 'a'], config: {} },
      ],
    } as never;
    expect(() => nestedSetFrameToTree(frame)).toThrow(/row 1: level 2/);
  });
});
