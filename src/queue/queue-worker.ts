// `dyad worker`: fetch article jobs, analyse and store each, complete or fail it. Any number of workers, on any
// number of machines, share one queue; pg-boss hands each job to one worker at a time (FOR UPDATE SKIP LOCKED).
// A worker killed midway never completes its jobs: they expire and go back to the queue, and the store's
// unique content hash makes a second save of an article that did get stored a no-op.

import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import { ingestArticle } from "../store/ingest-article.ts";
import { openStore } from "../store/open-store.ts";
import type { Store } from "../store/store.ts";
import { articleOfJob } from "./article-job.ts";
import { closeQueue, openQueue } from "./open-queue.ts";
import { INGEST_QUEUE, type QueueSettings } from "./queue-settings.ts";

export interface WorkerOptions {
  location: string;
  /** Jobs processed at once in this process (overlaps database round trips; analysis itself is one thread). */
  concurrency: number;
  /** Jobs fetched per round trip by each slot. */
  batchSize: number;
  settings: QueueSettings;
  /** Exit once no job is waiting, retrying or active (benchmarks, tests, batch runs). */
  untilEmpty: boolean;
  logger: Logger;
  /** Aborting stops fetching; jobs already fetched are finished first. */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  stored: number;
  alreadyStored: number;
  failed: number;
  seconds: number;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { logger, settings } = options;
  const started = performance.now();
  const summary: WorkerSummary = { stored: 0, alreadyStored: 0, failed: 0, seconds: 0 };
  const store = await openStore(options.location);
  let boss: PgBoss | null = null;
  try {
    boss = await openQueue(options.location, { settings, supervise: true, connections: options.concurrency + 2 });
    const knowledge = loadKnowledge();
    logger.info({ concurrency: options.concurrency, batchSize: options.batchSize }, "worker started");
    const context = { boss, store, knowledge, logger, summary };
    await Promise.all(
      Array.from({ length: options.concurrency }, (_, slot) => workLoop({ ...context, slot }, options)),
    );
  } finally {
    if (boss) await closeQueue(boss).catch(() => {});
    await store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  logger.info(summary, "worker stopped");
  return summary;
}

interface LoopContext {
  boss: PgBoss;
  store: Store;
  knowledge: ReturnType<typeof loadKnowledge>;
  logger: Logger;
  summary: WorkerSummary;
  slot: number;
}

async function workLoop(context: LoopContext, options: WorkerOptions): Promise<void> {
  const { boss, logger } = context;
  while (!options.signal?.aborted) {
    let jobs: PgBoss.Job<unknown>[];
    try {
      jobs = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: options.batchSize });
    } catch (error) {
      logger.error({ err: error }, "cannot fetch jobs; trying again");
      await sleep(options.settings.pollingIntervalSeconds * 1000, options.signal);
      continue;
    }
    if (jobs.length === 0) {
      if (options.untilEmpty && (await queueIsDrained(boss))) return;
      await sleep(options.settings.pollingIntervalSeconds * 1000, options.signal);
      continue;
    }
    // A fetched batch is finished even when asked to stop: abandoning it would leave its jobs to expire.
    for (const job of jobs) await processJob(context, job);
  }
}

async function processJob(context: LoopContext, job: PgBoss.Job<unknown>): Promise<void> {
  const { boss, store, knowledge, logger, summary } = context;
  const started = performance.now();
  let input: string | undefined;
  try {
    const article = articleOfJob(job.id, job.data);
    input = article.input;
    const { stored, documentId, duplicateOf } = await ingestArticle(article, store, knowledge);
    const outcome = { stored, documentId, duplicateOf };
    if (outcome.stored) summary.stored += 1;
    else summary.alreadyStored += 1;
    await boss.complete(INGEST_QUEUE, job.id, { ...outcome });
    const ms = Math.round(performance.now() - started);
    logger.info({ job: job.id, input, ...outcome, ms }, outcome.stored ? "stored" : "already stored");
  } catch (error) {
    summary.failed += 1;
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ job: job.id, input, error: message }, "job failed");
    // Failing the job keeps its error for `dyad jobs`; pg-boss retries it up to the retry limit.
    await boss.fail(INGEST_QUEUE, job.id, { message }).catch((failError: unknown) => {
      logger.error({ job: job.id, err: failError }, "cannot record the failure; the job will expire and retry");
    });
  }
}

/** No job waiting, retrying or active: nothing more will arrive for this worker to do. */
async function queueIsDrained(boss: PgBoss): Promise<boolean> {
  return (await boss.getQueueSize(INGEST_QUEUE, { before: "completed" })) === 0;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
