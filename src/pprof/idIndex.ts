/**
 * Ids (of locations, of functions) to their dense index in a profile's table, answering as a Map
 * filled in table order would (the last of equal ids wins). Held in an Int32Array when the ids are
 * small non-negative integers, as Go and Pyroscope number them 1..n: every location id of every
 * sample is looked up, and a Map lookup would cost more than reading the id from the wire.
 */
export class IdIndex {
  /** Index by id (-1: none) when the ids are small, for loops that derive tables of their own. */
  readonly dense?: Int32Array;
  private readonly sparse?: Map<number, number>;

  /**
   * `positional`: an id whose own slot holds it (ids[id - 1] === id) answers that slot even when a
   * later entry repeats the id, as src/pprof/toTree locationIndex tries that slot first.
   */
  constructor(ids: ArrayLike<number>, count: number, positional = false) {
    // A table up to twice the count plus a little: sparse ids would waste memory past that.
    const limit = 2 * count + 1024;
    let max = -1;
    for (let i = 0; i < count && max <= limit; i++) {
      const id = ids[i];
      max = Number.isInteger(id) && id >= 0 ? Math.max(max, id) : Infinity;
    }
    if (max <= limit) {
      const dense = new Int32Array(max + 1).fill(-1);
      for (let i = 0; i < count; i++) {
        dense[ids[i]] = i;
      }
      if (positional) {
        for (let i = 0; i < count; i++) {
          if (ids[i] === i + 1) {
            dense[i + 1] = i;
          }
        }
      }
      this.dense = dense;
    } else {
      const sparse = new Map<number, number>();
      for (let i = 0; i < count; i++) {
        sparse.set(ids[i], i);
      }
      if (positional) {
        for (let i = 0; i < count; i++) {
          if (ids[i] === i + 1) {
            sparse.set(i + 1, i);
          }
        }
      }
      this.sparse = sparse;
    }
  }

  /** The index of `id` (an integer, as varints are), -1 when no entry has it. */
  get(id: number): number {
    const dense = this.dense;
    if (dense) {
      // `id | 0`: an int32 index, as a double index takes V8's slower keyed load.
      return id >= 0 && id < dense.length ? dense[id | 0] : -1;
    }
    return this.sparse!.get(id) ?? -1;
  }
}
