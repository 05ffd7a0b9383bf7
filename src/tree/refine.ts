/**
 * Progressive detail: a merged flame graph is cut to a node budget and folds what falls below it
 * into "other". Rather than ask for the whole profile, the panel asks again only for the call sites
 * whose "other" the user can see (a query with that call site as its stack-trace selector, which
 * answers the stacks under it with a budget of their own) and grafts each answer in place:
 *
 *   total → main → [api, other]          fetched for call site [main]: total → main → [api → …, db, cache]
 *   after the graft:  total → main → [api → …, db, cache]     (main's "other" replaced by real frames)
 */
import { CallTree, fillTotalsAndEnds, NameTable, NODE_TRUNCATED, treeArrays } from './callTree';
import { findPath, pathOf } from './paths';

/** An "other" worth refining: visible at `px` wide, under the call site `path` (its parent's path). */
export interface RefineTarget {
  node: number;
  path: string[];
  px: number;
}

/** Identity of a call site, for the set of those already asked for. */
export const callSiteKey = (path: readonly string[]): string => JSON.stringify(path);

/**
 * The "other" nodes drawn at least `minPx` wide when `zoom` fills `widthPx`, whose call site is
 * not in `asked`: shallowest first (an answer there may replace the deeper ones), then widest.
 */
export function refineTargets(
  tree: CallTree,
  zoom: number,
  widthPx: number,
  minPx: number,
  asked: ReadonlySet<string>
): RefineTarget[] {
  const zoomTotal = tree.total[zoom];
  if (!(zoomTotal > 0)) {
    return [];
  }
  const scale = widthPx / zoomTotal;
  const out: RefineTarget[] = [];
  for (let i = zoom + 1; i < tree.end[zoom]; i++) {
    const px = tree.total[i] * scale;
    if (px < minPx) {
      // Nothing under a node narrower than the bound is wider than it.
      i = tree.end[i] - 1;
      continue;
    }
    if ((tree.flags[i] & NODE_TRUNCATED) !== 0) {
      const path = pathOf(tree, tree.parent[i]);
      if (!asked.has(callSiteKey(path))) {
        out.push({ node: i, path, px });
      }
    }
  }
  out.sort((a, b) => tree.depth[a.node] - tree.depth[b.node] || b.px - a.px);
  return out;
}

/**
 * `base` with the subtree at `path` replaced by the one at the same path in `detail` (an answer
 * for that call site). Totals are summed again from the selves, so the tree stays consistent even
 * if the two answers disagree (data that arrived between them). Unchanged when either tree lacks
 * the path.
 */
export function graftCallSite(base: CallTree, path: readonly string[], detail: CallTree): CallTree {
  const t = findPath(base, path);
  const s = findPath(detail, path);
  if (t < 0 || s < 0) {
    return base;
  }
  const table = new NameTable(base.names);
  const detailIds = Int32Array.from(detail.names, (n) => table.intern(n));
  const removed = base.end[t] - t - 1;
  const added = detail.end[s] - s - 1;
  const delta = added - removed;
  const n = base.count + delta;
  const a = treeArrays(n);
  // Nodes up to the call site keep their places.
  for (let i = 0; i <= t; i++) {
    copyNode(a, i, base, i, base.nameId[i], base.parent[i]);
  }
  a.self[t] = detail.self[s];
  a.flags[t] = detail.flags[s];
  // The detail's nodes under the call site follow it; their depths already match (same path).
  const shift = t - s;
  for (let j = s + 1; j < detail.end[s]; j++) {
    copyNode(a, j + shift, detail, j, detailIds[detail.nameId[j]], detail.parent[j] + shift);
  }
  // The rest of the base, moved by what the graft added or removed.
  for (let i = base.end[t]; i < base.count; i++) {
    const p = base.parent[i];
    copyNode(a, i + delta, base, i, base.nameId[i], p > t ? p + delta : p);
  }
  fillTotalsAndEnds(n, a.parent, a.self, a.total, a.end);
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    if (a.depth[i] > maxDepth) {
      maxDepth = a.depth[i];
    }
  }
  return { count: n, names: table.names, ...a, maxDepth };
}

function copyNode(
  a: ReturnType<typeof treeArrays>,
  to: number,
  from: CallTree,
  i: number,
  nameId: number,
  parent: number
): void {
  a.nameId[to] = nameId;
  a.parent[to] = parent;
  a.depth[to] = from.depth[i];
  a.self[to] = from.self[i];
  a.flags[to] = from.flags[i];
}
