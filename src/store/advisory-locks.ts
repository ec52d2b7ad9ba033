// Serialising transactions that must see each other's writes: two workers saving near-duplicates, or two
// reports of one event, at the same moment would each miss the other. PostgreSQL takes transaction-scoped
// advisory locks on the keys (sorted, so that no two transactions wait on each other in a cycle); SQLite
// already runs one writing transaction at a time, so it needs none.
import { type Kysely, sql } from "kysely";
import type { DialectOverrides } from "./dialect-overrides.ts";

type LockKeys = (db: Kysely<unknown>, keys: number[]) => Promise<void>;

const LOCK_KEYS: Record<DialectOverrides["name"], LockKeys> = {
  sqlite: async () => {},
  postgres: async (db, keys) => {
    if (keys.length === 0) return;
    const sorted = [...new Set(keys)].sort((a, b) => a - b);
    await sql`select pg_advisory_xact_lock(key) from unnest(${sorted}::bigint[]) as key order by key`.execute(db);
  },
};

/** Holds the given keys until the caller's transaction ends. Call once per kind of key, in a fixed order. */
export function lockKeys(db: Kysely<unknown>, dialect: DialectOverrides, keys: number[]): Promise<void> {
  return LOCK_KEYS[dialect.name](db, keys);
}

/** A 32-bit key for a text, with a namespace so that different kinds of lock never share keys. */
export function lockKey(namespace: string, text: string): number {
  let hash = 0x811c9dc5;
  for (const character of `${namespace}\u0000${text}`) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
