import { readViewState, viewStateQuery } from './viewState';
import { nodeAtPath, pathOf } from '../src/tree/paths';
import { parseFolded } from '../src/formats/folded';

const { tree } = parseFolded('main;net/http.(*Server).Serve;handler 5\nmain;gc 1\n');

describe('view state in the URL', () => {
  it('round-trips zoom path, search and view through query parameters', () => {
    const q = viewStateQuery(
      { zoomPath: ['main', 'net/http.(*Server).Serve'], search: 'hand', view: 'sandwich', sandwich: 'a/b.c' },
      3
    );
    const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined) as Array<[string, string]>);
    expect(readViewState(params, 3)).toEqual({
      zoomPath: ['main', 'net/http.(*Server).Serve'],
      search: 'hand',
      view: 'sandwich',
      sandwich: 'a/b.c',
    });
  });

  it('ignores a view name it does not know', () => {
    expect(readViewState(new URLSearchParams('fl3-view=bogus'), 3).view).toBeUndefined();
  });

  it('finds a node by its path, and stops at the deepest that exists', () => {
    const n = nodeAtPath(tree, ['main', 'net/http.(*Server).Serve']);
    expect(pathOf(tree, n)).toEqual(['main', 'net/http.(*Server).Serve']);
    expect(pathOf(tree, nodeAtPath(tree, ['main', 'gone']))).toEqual(['main']);
    expect(nodeAtPath(tree, [])).toBe(0);
  });
});
