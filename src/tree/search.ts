/**
 * Search: which nodes match a query, and what share of the whole they account for. The share
 * counts each matching subtree once (a match inside another match adds nothing), so it never
 * exceeds 100%.
 */
import { CallTree } from './callTree';
import type { RegexEngine } from '../regex/engine';

export interface SearchOptions {
  /** Treat the query as a regular expression, run on this engine (RE2: see src/regex). */
  regex?: RegexEngine;
  caseSensitive?: boolean;
  /**
   * The root is a frame too (a sandwich half is rooted at its function); otherwise it is the
   * synthetic "total" and never matches.
   */
  rootIsFrame?: boolean;
}

export interface SearchResult {
  /** 1 where the node's name matches. */
  matched: Uint8Array;
  /** Number of matching nodes. */
  count: number;
  /** Total value under outermost matches. */
  matchedTotal: number;
  /** matchedTotal / root total (0..1). */
  share: number;
  /** Set when the regex is invalid; nothing matches then. */
  error?: string;
}

/**
 * What a search box's text asks for: `/…/` is a regular expression, anything else a substring.
 * JavaScript's trailing flags (`/order/i`) are accepted, as people type them, and change nothing:
 * the search ignores case already, `.` matches any character, and a name is one line.
 *
 *   "gc"        → substring "gc"          "/^main\./" → regex "^main\."      "/order/i" → regex "order"
 */
export function parseSearchText(text: string): { query: string; regex: boolean } {
  const m = /^\/(.+)\/[gimsuy]{0,6}$/s.exec(text);
  return m ? { query: m[1], regex: true } : { query: text, regex: false };
}

/** Search box text that matches exactly one function name, whatever characters it holds. */
export function exactNameSearchText(name: string): string {
  return `/^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$/`;
}

/** Builds the name test for a query; invalid regexes report an error instead of throwing. */
export function compileQuery(
  query: string,
  opts: SearchOptions = {}
): { test: (name: string) => boolean; error?: string } {
  if (opts.regex) {
    const compiled = opts.regex.compile(query, { caseInsensitive: !opts.caseSensitive });
    return 'error' in compiled
      ? { test: () => false, error: `invalid regular expression: ${compiled.error}` }
      : { test: compiled.test };
  }
  if (opts.caseSensitive) {
    return { test: (n) => n.includes(query) };
  }
  const q = query.toLowerCase();
  return { test: (n) => n.toLowerCase().includes(q) };
}

export function searchTree(tree: CallTree, query: string, opts: SearchOptions = {}): SearchResult {
  const matched = new Uint8Array(tree.count);
  if (query === '') {
    return { matched, count: 0, matchedTotal: 0, share: 0 };
  }
  const { test, error } = compileQuery(query, opts);
  // Test each distinct name once, not each node.
  const nameMatch = tree.names.map((n) => test(n));
  let count = 0;
  let matchedTotal = 0;
  let coveredUntil = 0;
  for (let i = opts.rootIsFrame ? 0 : 1; i < tree.count; i++) {
    if (nameMatch[tree.nameId[i]]) {
      matched[i] = 1;
      count++;
      if (i >= coveredUntil) {
        matchedTotal += tree.total[i];
        coveredUntil = tree.end[i];
      }
    }
  }
  const total = tree.total[0];
  return { matched, count, matchedTotal, share: total > 0 ? matchedTotal / total : 0, error };
}

/**
 * The next (dir 1) or previous (dir -1) matching node after `from` in drawing order, wrapping
 * around; -1 when nothing matches.
 */
export function stepMatch(matched: Uint8Array, from: number, dir: 1 | -1): number {
  const n = matched.length;
  for (let k = 1; k <= n; k++) {
    const i = (((from + dir * k) % n) + n) % n;
    if (matched[i]) {
      return i;
    }
  }
  return -1;
}

/** The narrowest a match may be drawn when stepping to it (CSS px): wide enough to see and read. */
export const MIN_MATCH_PX = 24;

/**
 * The next search match from the selection, and where to zoom so it is at least MIN_MATCH_PX
 * wide: the current zoom when it contains the match that wide; otherwise the shallowest ancestor
 * in which it is (as much context as possible); otherwise the match itself.
 *
 *   root 1000 → a 990 → b 10 → match 6, 1000 px wide:  6 px at the root, 6 px under a, 600 px under b → zoom b
 */
export function stepToMatch(
  tree: CallTree,
  matched: Uint8Array,
  selected: number,
  zoom: number,
  widthPx: number,
  dir: 1 | -1
): { selected: number; zoomTo?: number } {
  const next = stepMatch(matched, selected, dir);
  const wideEnough = (ancestor: number) => (tree.total[next] / (tree.total[ancestor] || 1)) * widthPx >= MIN_MATCH_PX;
  if (next >= zoom && next < tree.end[zoom] && wideEnough(zoom)) {
    return { selected: next };
  }
  const path: number[] = [];
  for (let a = tree.parent[next]; a >= 0; a = tree.parent[a]) {
    path.push(a);
  }
  for (let k = path.length - 1; k >= 0; k--) {
    if (wideEnough(path[k])) {
      return { selected: next, zoomTo: path[k] };
    }
  }
  return { selected: next, zoomTo: next };
}
