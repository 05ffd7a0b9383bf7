/**
 * Call paths: a node named by the frames from the root down to it, the way the URL keeps a zoom,
 * a call-site selector names a subtree, and a refreshed profile finds the same node again.
 *
 *   total → main → api → auth        path ['main', 'api', 'auth'] ↔ the node "auth" under api
 */
import { CallTree, childrenOf, nodeName, stackOf } from './callTree';

/** The node at a path of names from the root, or -1 when some frame of it is not there. */
export function findPath(tree: CallTree, path: readonly string[]): number {
  let node = 0;
  for (const name of path) {
    const next = childrenOf(tree, node).find((c) => nodeName(tree, c) === name);
    if (next === undefined) {
      return -1;
    }
    node = next;
  }
  return node;
}

/** The node at a path of names from the root, or the deepest node of it that exists. */
export function nodeAtPath(tree: CallTree, path: readonly string[]): number {
  let node = 0;
  for (const name of path) {
    const next = childrenOf(tree, node).find((c) => nodeName(tree, c) === name);
    if (next === undefined) {
      break;
    }
    node = next;
  }
  return node;
}

/** The names from the root (excluded) down to a node; [] for the root. */
export function pathOf(tree: CallTree, node: number): string[] {
  return node <= 0 ? [] : stackOf(tree, node);
}
