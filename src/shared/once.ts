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

/** {@link sharedOnce} per key: one load per key at a time, kept once it succeeds. */
export function sharedByKey<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const pending = new Map<K, Promise<T>>();
  return (key) => {
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
}
