/**
 * A stand-in for a server's answer to a call-site query in unit tests: only the stacks through the
 * call site, cut to the answer's own node budget by Pyroscope's rule.
 */
import { parseFolded, printFolded } from '../formats/folded';
import { truncateTree } from '../tree/truncate';
import type { CallTree } from '../tree/callTree';

export function answerForCallSite(full: CallTree, path: readonly string[], maxNodes: number): CallTree {
  const lines = printFolded(full)
    .trim()
    .split('\n')
    .filter((line) => {
      const frames = line.slice(0, line.lastIndexOf(' ')).split(';');
      return path.every((p, i) => frames[i] === p);
    });
  return truncateTree(parseFolded(lines.join('\n')).tree, maxNodes);
}
