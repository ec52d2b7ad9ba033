// The stores an API test runs against: a fresh SQLite file, and a fresh PostgreSQL database unless
// DYAD_SKIP_POSTGRES=1. Use with describe.each so that each dialect gets the same tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, dropTestDatabases, skipPostgres } from "./postgres-test-database.ts";

export interface StoreLocation {
  /** A file path or a postgres:// URL, as `openStore` and the CLI's `--db` take it. */
  location: string;
  cleanUp: () => Promise<void>;
}

export type StoreDialect = [name: "sqlite" | "postgres", make: () => Promise<StoreLocation>];

/** Makers of an empty store per dialect; `prefix` names the temporary folder and database. */
export function storeDialects(prefix: string): StoreDialect[] {
  const sqlite: StoreDialect = [
    "sqlite",
    async () => {
      const folder = mkdtempSync(join(tmpdir(), `dyad-${prefix}-`));
      return {
        location: join(folder, `${prefix}.db`),
        cleanUp: async () => rmSync(folder, { recursive: true, force: true }),
      };
    },
  ];
  const postgres: StoreDialect = [
    "postgres",
    async () => {
      const { name, url } = await createTestDatabase(`dyad_test_${prefix.replace(/[^a-z0-9]/g, "_")}`);
      return { location: url, cleanUp: () => dropTestDatabases([name]) };
    },
  ];
  return skipPostgres ? [sqlite] : [sqlite, postgres];
}
