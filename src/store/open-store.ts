// Opens the store a location names: a postgres:// URL for PostgreSQL, anything else a SQLite file path.
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database-schema.ts";
import { postgresOverrides, sqliteOverrides } from "./dialect-overrides.ts";
import { KyselyStore } from "./kysely-store.ts";
import { LockingSqliteDialect } from "./sqlite-dialect.ts";
import { withStatementCache } from "./sqlite-statement-cache.ts";
import type { Store } from "./store.ts";

export const DEFAULT_SQLITE_PATH = "./dyad.db";

/** The location used when none is given: DYAD_DATABASE_URL, then DYAD_DB, then ./dyad.db. */
export function defaultStoreLocation(env: NodeJS.ProcessEnv = process.env): string {
  return env.DYAD_DATABASE_URL || env.DYAD_DB || DEFAULT_SQLITE_PATH;
}

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Opens (and migrates) the store at `location`, or at the default location. */
export async function openStore(location: string = defaultStoreLocation()): Promise<Store> {
  const store = isPostgresLocation(location) ? openPostgres(location) : openSqlite(location);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw new Error(`cannot open the database at ${redact(location)}: ${(error as Error).message}`);
  }
  return store;
}

function openSqlite(path: string): Store {
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(path);
  } catch (error) {
    throw new Error(`cannot open the SQLite database ${path}: ${(error as Error).message}`);
  }
  // Several processes may ingest into one file; wait for the lock instead of failing.
  database.pragma("busy_timeout = 15000");
  // WAL: readers never block the writer and a killed process leaves no half-written transaction behind.
  enableWal(database);
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  // Reads at 100k+ events: keep up to 64 MiB of pages in memory and map the file, instead of a 2 MiB cache
  // refilled through read() calls.
  database.pragma("cache_size = -65536");
  database.pragma("mmap_size = 268435456");
  const dialect = new LockingSqliteDialect({ database: withStatementCache(database) });
  return new KyselyStore(new Kysely<Database>({ dialect }), sqliteOverrides);
}

/**
 * Switches the file to WAL. Processes opening a new file at once contend for that switch, and SQLite answers
 * SQLITE_BUSY to it at once instead of waiting under busy_timeout, so it is retried here.
 */
function enableWal(database: BetterSqlite3.Database): void {
  const deadline = Date.now() + 15_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      database.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, 10 + Math.random() * 20);
    }
  }
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reports the problem.
  pool.on("error", () => {});
  return new KyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), postgresOverrides);
}

/** The location without a password, for messages. */
function redact(location: string): string {
  return location.replace(/(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/i, "$1***@");
}
