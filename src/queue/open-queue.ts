// Opens pg-boss on the store's PostgreSQL database, with the ingest queue created. pg-boss keeps its tables
// in its own schema ("pgboss"), beside dyad's tables, so one database URL names both.
import PgBoss from "pg-boss";
import { isPostgresLocation } from "../store/open-store.ts";
import { INGEST_QUEUE, type QueueSettings } from "./queue-settings.ts";

export interface OpenQueueOptions {
  settings: QueueSettings;
  /** Workers supervise (expire lost jobs); one-off commands (enqueue, jobs, retry) do not. */
  supervise: boolean;
  /** Connections in pg-boss's pool. */
  connections?: number;
}

export async function openQueue(location: string, options: OpenQueueOptions): Promise<PgBoss> {
  if (!isPostgresLocation(location)) {
    throw new RangeError(
      `the queue needs PostgreSQL: pass --db postgres://… or set DYAD_DATABASE_URL (not "${location}")`,
    );
  }
  const boss = new PgBoss({
    connectionString: location,
    max: options.connections ?? 4,
    supervise: options.supervise,
    schedule: false,
    maintenanceIntervalSeconds: options.settings.maintenanceIntervalSeconds,
  });
  // pg-boss reports background problems (a lost connection during maintenance) as events; without a
  // listener Node would crash the worker. The next fetch reports a lasting problem.
  boss.on("error", () => {});
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      expireInSeconds: options.settings.expireInSeconds,
      retryLimit: options.settings.retryLimit,
      retryDelay: options.settings.retryDelaySeconds,
    });
    await indexFetchOrder(boss);
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw new Error(`cannot open the ingest queue: ${(error as Error).message}`);
  }
  return boss;
}

/**
 * pg-boss 10 fetches the next jobs in (priority, created_on) order but indexes only (name, start_after): with a
 * backlog of 100,000 articles every fetch sorted the whole backlog (144 ms). An index in fetch order makes it
 * a walk to the first free rows (0.2 ms). Created once per queue partition; racing workers may both try.
 */
async function indexFetchOrder(boss: PgBoss): Promise<void> {
  const db = boss.getDb();
  const found = (await db.executeSql("select partition_name from pgboss.queue where name = $1", [INGEST_QUEUE])) as {
    rows: Array<{ partition_name: string | null }>;
  };
  const partition = found.rows[0]?.partition_name;
  if (!partition || !/^[a-z0-9_]+$/.test(partition)) return;
  try {
    await db.executeSql(
      `create index if not exists dyad_fetch_${partition.slice(0, 40)} on pgboss.${partition} (name, priority desc, created_on, id) where state < 'active'`,
      [],
    );
  } catch (error) {
    if (!/already exists|deadlock/i.test((error as Error).message)) throw error;
  }
}

/** Stops pg-boss and waits for its pool to close. */
export async function closeQueue(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, wait: true, close: true });
}
