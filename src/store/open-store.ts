// Opens the store a location names: a postgres:// URL for PostgreSQL, anything else a SQLite file path.
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database-schema.ts";
import { postgresOverrides, sqliteOverrides } from "./dialect-overrides.ts";
import { KyselyStore } from "./kysely-store.ts";
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
  // WAL: readers never block the writer and a killed process leaves no half-written transaction behind.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  // Several processes may ingest into one file; wait for the lock instead of failing.
  database.pragma("busy_timeout = 15000");
  database.pragma("foreign_keys = ON");
  // Reads at 100k+ events: keep up to 64 MiB of pages in memory and map the file, instead of a 2 MiB cache
  // refilled through read() calls.
  database.pragma("cache_size = -65536");
  database.pragma("mmap_size = 268435456");
  const dialect = new SqliteDialect({ database: withStatementCache(database) });
  return new KyselyStore(new Kysely<Database>({ dialect }), sqliteOverrides);
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
