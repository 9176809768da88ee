/**
 * `compute`'s result for an object, computed once while the object lives. The store replaces the facts
 * and the runbook object on every change, so the object itself is an exact cache key.
 */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
