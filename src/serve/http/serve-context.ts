// What every route reads: the store, and cached aggregates that are rebuilt only when the store changed.
import type { Store } from "../../store/store.ts";

export interface ServeContext {
  store: Store;
  /** Returns the cached value for `name` while the store's counts are unchanged, else recomputes it. */
  cached<T>(name: string, compute: () => Promise<T>): Promise<T>;
  /** Called after a write through the API, so cached aggregates are rebuilt on the next read. */
  invalidate(): void;
}

const MAX_CACHED = 200;

export function createServeContext(store: Store): ServeContext {
  let generation = 0;
  const entries = new Map<string, { key: string; value: Promise<unknown> }>();
  return {
    store,
    async cached<T>(name: string, compute: () => Promise<T>): Promise<T> {
      // The counts catch writes made by other processes (`dyad ingest` on the same file); the generation catches
      // reviews made through this server, which change no count.
      const key = `${generation}:${JSON.stringify(await store.stats())}`;
      const entry = entries.get(name);
      if (entry && entry.key === key) return entry.value as Promise<T>;
      const value = compute();
      // Aggregates are cached per selection (date range, filters): keep the memory bounded.
      if (entries.size >= MAX_CACHED) entries.clear();
      entries.set(name, { key, value });
      value.catch(() => entries.delete(name));
      return value;
    },
    invalidate() {
      generation += 1;
    },
  };
}
