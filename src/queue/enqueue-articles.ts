// `dyad ingest --queue`: read every input here (files, folders, feeds, JSON Lines, stdin) and enqueue one job
// per article for the workers. Reading is cheap; analysis, the expensive part, is what the workers share.
import type PgBoss from "pg-boss";
import { InputError } from "../ingest/input-errors.ts";
import { readInputs } from "../ingest/read-inputs.ts";
import { articleJobData, articleJobId } from "./article-job.ts";
import { INGEST_QUEUE, type QueueSettings } from "./queue-settings.ts";

// Jobs per insert statement: large enough to enqueue 100k articles in seconds, small enough to bound memory.
const JOBS_PER_INSERT = 500;

export interface EnqueueSummary {
  /** Articles sent to the queue (an article whose job is still kept is not queued twice). */
  enqueued: number;
  failed: number;
  failures: { input: string; code: string; message: string }[];
}

export async function enqueuePaths(
  paths: string[],
  boss: PgBoss,
  settings: QueueSettings,
  onFailure: (failure: EnqueueSummary["failures"][number]) => void = () => {},
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { enqueued: 0, failed: 0, failures: [] };
  let batch: PgBoss.JobInsert[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await boss.insert(batch);
    summary.enqueued += batch.length;
    batch = [];
  };
  for await (const item of readInputs(paths)) {
    if (item instanceof InputError) {
      const failure = { input: item.input, code: item.code, message: item.message };
      summary.failed += 1;
      summary.failures.push(failure);
      onFailure(failure);
      continue;
    }
    batch.push({
      name: INGEST_QUEUE,
      id: articleJobId(item.contentHash),
      data: articleJobData(item),
      // Each job carries its own expiry and retries, so the enqueuer decides them for every worker.
      expireInSeconds: settings.expireInSeconds,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
    });
    if (batch.length >= JOBS_PER_INSERT) await flush();
  }
  await flush();
  return summary;
}
