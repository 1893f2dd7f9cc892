/**
 * Loads shared by every caller of an isolate: the first call starts the load,
 * later calls get the same promise, and a load that fails is forgotten so the
 * next caller tries again (a failed read is never cached).
 */
export function sharedOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** A {@link sharedByKey} load, which also says whether a key was asked for. */
export interface KeyedLoad<K, T> {
  (key: K): Promise<T>;
  /** Whether `key`'s load has started and not failed (it is loading or loaded). */
  has(key: K): boolean;
}

/** {@link sharedOnce} per key: one load per key at a time, kept once it succeeds. */
export function sharedByKey<K, T>(load: (key: K) => Promise<T>): KeyedLoad<K, T> {
  const pending = new Map<K, Promise<T>>();
  const get = (key: K) => {
    let promise = pending.get(key);
    if (!promise) {
      promise = load(key).catch((error: unknown) => {
        pending.delete(key);
        throw error;
      });
      pending.set(key, promise);
    }
    return promise;
  };
  return Object.assign(get, { has: (key: K) => pending.has(key) });
}
