// Fresh PostgreSQL databases for tests, on the server at 127.0.0.1:5432 (user postgres, trust auth).
// Connecting throws when the server is down, so suites that use these fail rather than skip.
import pg from "pg";

const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** Whether the caller asked to leave PostgreSQL out (DYAD_SKIP_POSTGRES=1); otherwise PostgreSQL is required. */
export const skipPostgres = process.env.DYAD_SKIP_POSTGRES === "1";

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database named `<prefix>_<random>` and returns its URL. */
export async function createTestDatabase(prefix: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error(`test database name must be lower-case letters, digits and _: ${name}`);
  await asAdmin((client) => client.query(`create database ${name}`));
  return { name, url: `postgres://postgres@127.0.0.1:5432/${name}` };
}

export async function dropTestDatabases(names: string[]): Promise<void> {
  if (names.length === 0) return;
  await asAdmin(async (client) => {
    for (const name of names) await client.query(`drop database if exists ${name} with (force)`);
  });
}
