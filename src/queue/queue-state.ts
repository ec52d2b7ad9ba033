// What `dyad jobs` shows and `dyad retry` does: job counts by state, the failed jobs with their errors, and
// sending failed jobs back to the queue. Reads pg-boss's job table (the live jobs; archived ones are old).
import type PgBoss from "pg-boss";
import { INGEST_QUEUE } from "./queue-settings.ts";

export const JOB_STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface FailedJob {
  id: string;
  input: string | null;
  error: string;
  /** Tries after the first. */
  retries: number;
  failedAt: string | null;
}

export interface QueueState {
  counts: Record<JobState, number>;
  /** Jobs that were tried again at least once (after a failure or an expiry), in any state. */
  retried: number;
  failed: FailedJob[];
}

const SCHEMA = "pgboss";

export async function queueState(boss: PgBoss, options: { failedLimit?: number } = {}): Promise<QueueState> {
  const db = boss.getDb();
  const counts = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as Record<JobState, number>;
  const countRows = await db.executeSql(
    `select state, count(*) as n, count(*) filter (where retry_count > 0) as retried
       from ${SCHEMA}.job where name = $1 group by state`,
    [INGEST_QUEUE],
  );
  let retried = 0;
  for (const row of countRows.rows as { state: JobState; n: string; retried: string }[]) {
    counts[row.state] = Number(row.n);
    retried += Number(row.retried);
  }
  const failedRows = await db.executeSql(
    `select id, data->'article'->>'input' as input, output, retry_count, completed_on
       from ${SCHEMA}.job where name = $1 and state = 'failed' order by completed_on, id limit $2`,
    [INGEST_QUEUE, options.failedLimit ?? 100],
  );
  const failed = (
    failedRows.rows as {
      id: string;
      input: string | null;
      output: unknown;
      retry_count: number;
      completed_on: Date | null;
    }[]
  ).map((row) => ({
    id: row.id,
    input: row.input,
    error: errorMessage(row.output),
    retries: row.retry_count,
    failedAt: row.completed_on ? new Date(row.completed_on).toISOString() : null,
  }));
  return { counts, retried, failed };
}

/** pg-boss stores a failure's output as given ({message}) or, for an expiry, as {value: {message}}. */
function errorMessage(output: unknown): string {
  const value = output as { message?: unknown; value?: { message?: unknown } } | null;
  const message = value?.message ?? value?.value?.message;
  return typeof message === "string" ? message : JSON.stringify(output);
}

/** Sends failed jobs back to the queue: the ids given, or every failed job; returns how many went back. */
export async function retryFailedJobs(boss: PgBoss, ids: string[] | "all"): Promise<number> {
  const db = boss.getDb();
  let targets = ids;
  if (targets === "all") {
    const rows = await db.executeSql(`select id from ${SCHEMA}.job where name = $1 and state = 'failed'`, [
      INGEST_QUEUE,
    ]);
    targets = (rows.rows as { id: string }[]).map((row) => row.id);
  }
  if (targets.length === 0) return 0;
  const malformed = targets.find((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  if (malformed) throw new RangeError(`"${malformed}" is not a job id (see \`dyad jobs\` for the ids of failed jobs)`);
  const before = await countFailed(boss, targets);
  await boss.retry(INGEST_QUEUE, targets);
  return before - (await countFailed(boss, targets));
}

async function countFailed(boss: PgBoss, ids: string[]): Promise<number> {
  const rows = await boss
    .getDb()
    .executeSql(
      `select count(*) as n from ${SCHEMA}.job where name = $1 and state = 'failed' and id = any($2::uuid[])`,
      [INGEST_QUEUE, ids],
    );
  return Number((rows.rows[0] as { n: string }).n);
}
