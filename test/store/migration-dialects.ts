// Bare Kysely databases on both dialects, for tests that migrate a store step by step (a store written by an
// older dyad, then the migration under test): a new SQLite file or PostgreSQL database on each call, removed
// after the file's tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { afterAll } from "vitest";
import type { Database } from "../../src/store/database-schema.ts";
import { type DialectOverrides, postgresOverrides, sqliteOverrides } from "../../src/store/dialect-overrides.ts";
import { createTestDatabase, dropTestDatabases, skipPostgres } from "./postgres-test-database.ts";

export interface OpenedDatabase {
  db: Kysely<Database>;
  overrides: DialectOverrides;
}

/** [dialect name, opener] for SQLite, and PostgreSQL unless it is skipped; databases are named after `prefix`. */
export function migrationDialects(prefix: string): [string, () => Promise<OpenedDatabase>][] {
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const databases: string[] = [];
  let files = 0;
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await dropTestDatabases(databases);
  });
  const sqlite = async (): Promise<OpenedDatabase> => {
    const database = new BetterSqlite3(join(folder, `store-${++files}.db`));
    database.pragma("foreign_keys = ON");
    return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), overrides: sqliteOverrides };
  };
  const postgres = async (): Promise<OpenedDatabase> => {
    const { name, url } = await createTestDatabase(prefix.replaceAll("-", "_"));
    databases.push(name);
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), overrides: postgresOverrides };
  };
  return [
    ["sqlite", sqlite],
    ...(skipPostgres ? [] : [["postgres", postgres] as [string, () => Promise<OpenedDatabase>]]),
  ];
}
