// A vendor package's Node build carries its own copy of this runtime (one module to load instead of
// two), so a client made by that copy meets `paginate` or `unwrap` from another copy (@cxkit/core
// imported by the app). State those functions look things up in must then be the same for every
// copy: it lives on `globalThis` under a registered symbol, made on first use, so importing a package
// still changes nothing. The `@<n>` in a name is the shape of what is stored: bump it when that
// shape changes, and copies of different shapes keep apart instead of misreading each other.

/** The part of a `WeakMap` the runtime uses. */
export interface SharedWeakMap<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/**
 * A `WeakMap` every copy of @cxkit/core in this realm shares, by `name` (`"runtimes@1"`). Where
 * `globalThis` is frozen, a map of this copy's own.
 */
export function sharedWeakMap<K extends object, V>(name: string): SharedWeakMap<K, V> {
  const key = Symbol.for(`@cxkit/core:${name}`);
  let map: WeakMap<K, V> | undefined;
  const resolve = (): WeakMap<K, V> => {
    if (map) return map;
    const holder = globalThis as { [key]?: unknown };
    if (!(holder[key] instanceof WeakMap)) {
      try {
        // Not enumerable, writable or configurable: invisible to `Object.keys`, and no copy can
        // replace another's map.
        Object.defineProperty(globalThis, key, { value: new WeakMap<K, V>() });
      } catch {
        return (map = new WeakMap<K, V>());
      }
    }
    return (map = holder[key] as WeakMap<K, V>);
  };
  return {
    get: (k) => resolve().get(k),
    set: (k, v) => {
      resolve().set(k, v);
    },
  };
}
