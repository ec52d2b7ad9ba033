// The ingest queue's fetch stays fast with a large backlog: openQueue adds an index in pg-boss's fetch order,
// and PostgreSQL uses it instead of sorting every waiting job.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { closeQueue, openQueue } from "../src/queue/open-queue.ts";
import { DEFAULT_QUEUE_SETTINGS, INGEST_QUEUE } from "../src/queue/queue-settings.ts";
import { createTestDatabase, dropTestDatabases } from "./store/postgres-test-database.ts";

const databases: string[] = [];
afterAll(() => dropTestDatabases(databases));

describe("the ingest queue's fetch order index", () => {
  it("exists once the queue is open, twice opened without error, and serves the fetch query", async () => {
    const { name, url } = await createTestDatabase("dyad_test_queue_index");
    databases.push(name);
    const boss = await openQueue(url, { settings: DEFAULT_QUEUE_SETTINGS, supervise: false });
    await boss.insert(Array.from({ length: 2000 }, (_, i) => ({ name: INGEST_QUEUE, data: { i } })));
    await closeQueue(await openQueue(url, { settings: DEFAULT_QUEUE_SETTINGS, supervise: false }));
    await closeQueue(boss);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const indexes = await client.query(
        "select indexname from pg_indexes where schemaname = 'pgboss' and indexname like 'dyad_fetch_%'",
      );
      expect(indexes.rowCount).toBe(1);
      await client.query("analyze pgboss.job");
      const plan = await client.query(
        `explain select id from pgboss.job where name = $1 and state < 'active' and start_after < now()
         order by priority desc, created_on, id limit 5`,
        [INGEST_QUEUE],
      );
      const text = plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toContain(indexes.rows[0].indexname);
      expect(text).not.toMatch(/\bSort\b/);
    } finally {
      await client.end();
    }
  });
});
