/**
 * The profile type to show when none is chosen — a new query in Explore, a dashboard variable
 * whose saved type the server does not have: CPU time if the server has it, else the wall-clock
 * CPU of runtimes that profile wall time (Node.js, Python), else the first type it has.
 *
 *   [memory:inuse_objects…, wall:cpu:…, wall:wall:…]   →   wall:cpu:…
 */
const PREFERENCE = ['process_cpu:cpu:', 'wall:cpu:'];

export function preferredProfileType<T extends { ID: string }>(types: readonly T[]): T | undefined {
  for (const prefix of PREFERENCE) {
    const found = types.find((t) => t.ID.startsWith(prefix));
    if (found) {
      return found;
    }
  }
  return types[0];
}

/** The types with the preferred one first, the rest in their order (a variable then defaults to it). */
export function preferredFirst<T extends { ID: string }>(types: readonly T[]): T[] {
  const first = preferredProfileType(types);
  return first ? [first, ...types.filter((t) => t !== first)] : [];
}
