/**
 * A flame graph grouped by a label: one first-level node per group (`region=eu-north`, the other
 * values as one group), each holding that group's own profile. The root's total is the sum of the
 * groups', so when the groups' selectors partition the query's profiles the totals are exact.
 *
 *   eu-north: main;a 3     us-east: main;b 5     →     total → region=eu-north → main → a 3
 *                                                             → region=us-east  → main → b 5
 */
import { appendTreeUnder, CallTree, NameTable, TreeBuilder } from './callTree';

export interface TreeGroup {
  /** The first-level frame's name. */
  name: string;
  tree: CallTree;
}

export function groupedTree(groups: readonly TreeGroup[]): CallTree {
  const table = new NameTable(['total']);
  const capacity = groups.reduce((n, g) => n + g.tree.count, 1);
  const builder = new TreeBuilder('total', table, capacity);
  for (const g of groups) {
    appendTreeUnder(builder, g.tree, builder.child(0, table.intern(g.name)));
  }
  return builder.build();
}

/** The first-level frame of a label value's group, and of the rest. */
export function groupName(label: string, value: string): string {
  return value === '' ? `${label} (not set)` : `${label}=${value}`;
}

/** The rest's frame says what it holds: other values, profiles without the label, or both. */
export function restGroupName(label: string, others: number, unlabelled: boolean): string {
  const values = `${others} other value${others === 1 ? '' : 's'}`;
  if (others > 0) {
    return unlabelled ? `${label}: ${values} or not set` : `${label}: ${values}`;
  }
  return unlabelled ? `${label} (not set)` : `${label}: others`;
}
