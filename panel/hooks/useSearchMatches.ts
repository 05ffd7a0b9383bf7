/**
 * The search box's text applied to what is shown: the matches in the drawn tree (with their share),
 * the top table's row filter, and a matcher for the sandwich view's own trees.
 */
import { useCallback, useMemo } from 'react';
import { compileQuery, parseSearchText, searchTree, type SearchResult } from '../../src/tree/search';
import type { CallTree } from '../../src/tree/callTree';
import { truncationSummary } from '../../src/tree/top';
import { useRegexEngine } from '../../plugin-runtime/useRegexEngine';

/** A search's result on the shown tree, and how much of that tree is folded, out of its reach. */
export type ShownSearch = SearchResult & {
  /** Share (0..1) of the graph in "other" nodes the node limit folded: the search cannot see in them. */
  foldedShare?: number;
};

export interface SearchMatches {
  found?: ShownSearch;
  /** Top table filter; undefined when there is no search. */
  tableFilter?: (name: string) => boolean;
  /** Matches in another tree (the sandwich's halves, whose root is the function itself). */
  matchIn: (tree: CallTree) => Uint8Array | undefined;
}

/** `exclude`: names the table never lists (a grouped graph's group nodes are not functions). */
export function useSearchMatches(
  tree: CallTree | undefined,
  text: string,
  exclude?: ReadonlySet<string>
): SearchMatches {
  const parsed = useMemo(() => parseSearchText(text), [text]);
  const engine = useRegexEngine(parsed.regex);
  const query = parsed.query;
  // A regex search waits for the engine (a lazy chunk): until it has loaded, nothing is searched.
  const active = text !== '' && (!parsed.regex || engine !== undefined);
  const regex = parsed.regex ? engine : undefined;
  const found = useMemo(() => {
    if (!tree || !active) {
      return undefined;
    }
    return { ...searchTree(tree, query, { regex }), foldedShare: truncationSummary(tree)?.share };
  }, [tree, active, query, regex]);
  // An invalid pattern searches nothing anywhere: the table lists every function and the graph stays
  // undimmed, as with an empty box, while the toolbar says what is wrong with the pattern.
  const compiled = useMemo(() => (active ? compileQuery(query, { regex }) : undefined), [active, query, regex]);
  const searching = compiled !== undefined && compiled.error === undefined;
  const tableFilter = useMemo(() => {
    const test = searching ? compiled.test : undefined;
    return exclude ? (n: string) => !exclude.has(n) && (test === undefined || test(n)) : test;
  }, [searching, compiled, exclude]);
  const matchIn = useCallback(
    (t: CallTree) => (searching ? searchTree(t, query, { regex, rootIsFrame: true }).matched : undefined),
    [searching, query, regex]
  );
  return { found, tableFilter, matchIn };
}
