/**
 * A field's values made when read: an array (Array.isArray holds, length, indexing, iteration,
 * map, join, JSON) whose element i is computed on first access and kept. For columns a view
 * reads one row of at a time (an exemplar's ID in its tooltip), where computing all up front
 * would cost more than everything the view draws.
 */
export function lazyValues<T>(length: number, at: (i: number) => T): T[] {
  // The proxy's target is an empty array (so Array.isArray holds and Array's methods apply); the
  // length is answered here and made values go to `values`, allocated on the first read: a frame
  // whose rows are never read costs nothing per row.
  const target: T[] = [];
  let values: T[] | undefined;
  let made: Uint8Array | undefined;
  const read = (i: number): T => {
    values ??= new Array<T>(length);
    made ??= new Uint8Array(length);
    if (!made[i]) {
      values[i] = at(i);
      made[i] = 1;
    }
    return values[i];
  };
  const index = (prop: string | symbol): number => {
    if (typeof prop !== 'string' || prop.length === 0 || prop.charCodeAt(0) < 48 || prop.charCodeAt(0) > 57) {
      return -1;
    }
    const i = Number(prop);
    return Number.isInteger(i) && i < length && String(i) === prop ? i : -1;
  };
  return new Proxy(target, {
    get(t, prop, receiver) {
      const i = index(prop);
      if (i >= 0) {
        return read(i);
      }
      if (prop === 'length') {
        return length;
      }
      return Reflect.get(t, prop, receiver) as unknown;
    },
    has(t, prop) {
      return index(prop) >= 0 || Reflect.has(t, prop);
    },
    getOwnPropertyDescriptor(t, prop) {
      const i = index(prop);
      if (i >= 0) {
        return { value: read(i), writable: true, enumerable: true, configurable: true };
      }
      return Reflect.getOwnPropertyDescriptor(t, prop);
    },
    ownKeys(t) {
      return [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(t).filter((k) => index(k) < 0)];
    },
  });
}
