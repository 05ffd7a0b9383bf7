/**
 * The search box's text applied to what is shown: the matches in the drawn tree (with their share),
 * the top table's row filter, and a matcher for the sandwich view's own trees.
 */
import { useCallback, useMemo } from 'react';
import { compileQuery, parseSearchText, searchTree, type SearchResult } from '../../src/tree/search';
import type { CallTree } from '../../src/tree/callTree';

export interface SearchMatches {
  found?: SearchResult;
  /** Top table filter; undefined when there is no search. */
  tableFilter?: (name: string) => boolean;
  /** Matches in another tree (the sandwich's halves). */
  matchIn: (tree: CallTree) => Uint8Array | undefined;
}

export function useSearchMatches(tree: CallTree | undefined, text: string): SearchMatches {
  const { query, regex } = useMemo(() => parseSearchText(text), [text]);
  const found = useMemo(
    () => (tree && text ? searchTree(tree, query, { regex }) : undefined),
    [tree, text, query, regex]
  );
  const tableFilter = useMemo(() => (text ? compileQuery(query, { regex }).test : undefined), [text, query, regex]);
  const matchIn = useCallback(
    (t: CallTree) => (text ? searchTree(t, query, { regex }).matched : undefined),
    [text, query, regex]
  );
  return { found, tableFilter, matchIn };
}
