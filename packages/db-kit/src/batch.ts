/**
 * Collects the keys asked for in one tick of execution and loads them with one query, so a
 * list of 500 municipalities (or 500 entity references from the gateway) is one query, not 500.
 * One loader per request: results are cached for that request only.
 */
export function batchLoader<Key, Value>(
  load: (keys: readonly Key[]) => Promise<ReadonlyMap<Key, Value>>,
): (key: Key) => Promise<Value | null> {
  const cache = new Map<Key, Promise<Value | null>>();
  let pending: Array<{ key: Key; resolve: (value: Value | null) => void; reject: (error: unknown) => void }> = [];

  const dispatch = () => {
    const batch = pending;
    pending = [];
    load([...new Set(batch.map((p) => p.key))]).then(
      (found) => {
        for (const p of batch) p.resolve(found.get(p.key) ?? null);
      },
      (error: unknown) => {
        for (const p of batch) {
          cache.delete(p.key);
          p.reject(error);
        }
      },
    );
  };

  return (key) => {
    const cached = cache.get(key);
    if (cached) return cached;
    const promise = new Promise<Value | null>((resolve, reject) => {
      if (pending.length === 0) {
        // Same scheduling as dataloader: after the current promise jobs, before I/O.
        void Promise.resolve().then(() => process.nextTick(dispatch));
      }
      pending.push({ key, resolve, reject });
    });
    cache.set(key, promise);
    return promise;
  };
}

/** Groups rows by a key, so a list-per-parent loader answers `[]` for parents without rows. */
export function groupBy<Key, Row>(keys: readonly Key[], rows: readonly Row[], keyOf: (row: Row) => Key) {
  const groups = new Map<Key, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return groups;
}
