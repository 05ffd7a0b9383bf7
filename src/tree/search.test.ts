import { parseFolded } from '../formats/folded';
import { re2 } from '../regex/re2';
import { parseSearchText, searchTree } from './search';

describe('search box text', () => {
  it.each([
    ['gc', { query: 'gc', regex: false }],
    ['/^main\\./', { query: '^main\\.', regex: true }],
    ['/order/i', { query: 'order', regex: true }],
    ['/a/b/gi', { query: 'a/b', regex: true }],
    ['/', { query: '/', regex: false }],
    ['//', { query: '//', regex: false }],
    ['/usr/lib', { query: '/usr/lib', regex: false }],
    ['/x/q', { query: '/x/q', regex: false }],
  ])('reads %j', (text, expected) => {
    expect(parseSearchText(text)).toEqual(expected);
  });

  it('finds what a JavaScript-style /…/i search means (the box ignores case anyway)', () => {
    const tree = parseFolded('main;OrderCar 3\nmain;other 1\n').tree;
    const { query, regex } = parseSearchText('/order/i');
    const found = searchTree(tree, query, { regex: regex ? re2 : undefined });
    expect(found.share).toBe(0.75);
  });
});
