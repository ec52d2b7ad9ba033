// better-sqlite3 compiles SQL on every prepare, and kysely prepares every query it runs: the API's few query
// shapes, compiled once and reused, save that work on each request.
import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

const CACHED_STATEMENTS = 256;

/** The database as kysely's SqliteDialect takes it, with its most recently used statements kept compiled. */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      cache.delete(sql);
      // A statement still being iterated (a streamed export) cannot run again until it is done: use a new one.
      const statement = cached && !cached.busy ? cached : database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > CACHED_STATEMENTS) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
