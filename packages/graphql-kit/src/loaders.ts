import { dataloaderGetter } from '@pothos/plugin-dataloader';
import type DataLoader from 'dataloader';

/*
 * Batching goes through @pothos/plugin-dataloader, per request:
 * - an entity type is a `builder.loadableObjectRef(name, { load, toKey, sort: true })`: its `load` answers
 *   many ids with one query, and a field of that type returns just the id;
 * - a list or a value that hangs off its parent is `t.loadableList` / `t.loadable`, answering keys in order
 *   (`listsInKeyOrder`, `inKeyOrder`).
 * These helpers are for the rest: resolvers and use cases that need one row (`loadOne`), and a batch that
 * several fields share (`requestLoader`).
 */

/** The row with this key through the request's loader of an entity type; null when there is none. */
export async function loadOne<Key, Row>(
  ref: { getDataloader: (context: object) => { load: (key: Key) => Promise<Row> } },
  context: object,
  key: Key,
): Promise<Row | null> {
  // The refs load with `sort`, which answers null for a key without a row.
  return (await ref.getDataloader(context).load(key)) ?? null;
}

/**
 * A per-request DataLoader that several fields or resolvers share, so they ask once between them
 * (a field's own batch is `t.loadable`). `load` answers the keys in order.
 */
export function requestLoader<Key, Value, Context extends object>(
  load: (keys: Key[], context: Context) => Promise<readonly (Value | Error)[]>,
): (context: Context) => DataLoader<Key, Value> {
  return dataloaderGetter<Key, Value, Key>(
    undefined,
    (keys, context) => load(keys, context as Context),
    undefined,
    false,
  ) as (context: Context) => DataLoader<Key, Value>;
}

/** What a Map holds for each key, in the order of the keys; `fallback` for a key it lacks. */
export function inKeyOrder<Key, Value>(keys: readonly Key[], found: ReadonlyMap<Key, Value>, fallback: Value): Value[] {
  return keys.map((key) => found.get(key) ?? fallback);
}

/** The rows of each key, in the order of the keys; `[]` for a key without rows (a `t.loadableList` answer). */
export function listsInKeyOrder<Key, Row>(
  keys: readonly Key[],
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
): Row[][] {
  const groups = new Map<Key, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
