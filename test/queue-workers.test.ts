// Distributed ingestion end to end: real worker processes on a fresh PostgreSQL database share one pg-boss queue;
// one is killed with SIGKILL mid-batch, another joins, and every article ends up stored exactly once.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "../src/ingest/content-hash.ts";
import { closeQueue, openQueue } from "../src/queue/open-queue.ts";
import { INGEST_QUEUE, queueSettingsFromEnvironment } from "../src/queue/queue-settings.ts";
import { retryFailedJobs } from "../src/queue/queue-state.ts";
import { DYAD_BIN, runDyad } from "./cli-run.ts";
import { syntheticArticle } from "./synthetic/synthetic-news.ts";

const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const ARTICLES = 200;
const MALFORMED_JOBS = 3;
// Short enough for a test: a lost job is retried 15 s after it was fetched (long enough that a busy machine
// analysing a batch of 4 does not expire jobs it still works on); expiry is checked every second.
const QUEUE_ENV = {
  DYAD_QUEUE_EXPIRE_SECONDS: "15",
  DYAD_QUEUE_RETRY_LIMIT: "1",
  DYAD_QUEUE_RETRY_DELAY_SECONDS: "0",
  DYAD_QUEUE_MAINTENANCE_SECONDS: "1",
  DYAD_QUEUE_POLLING_SECONDS: "0.5",
};

interface Worker {
  child: ChildProcess;
  output: string;
  exited: Promise<number | null>;
}

function startWorker(location: string, batchSize: number): Worker {
  const child = spawn(
    process.execPath,
    [DYAD_BIN, "worker", "--db", location, "--until-empty", "--concurrency", "2", "--batch-size", String(batchSize)],
    { env: { ...process.env, ...QUEUE_ENV, DYAD_DATABASE_URL: "", DYAD_DB: "" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const worker: Worker = {
    child,
    output: "",
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
  };
  child.stdout?.on("data", (chunk) => {
    worker.output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    worker.output += chunk;
  });
  return worker;
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const logLines = (worker: Worker) =>
  worker.output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { msg: string; level: number; error?: string });

describe("dyad ingest --queue and dyad worker on PostgreSQL", () => {
  const database = `dyad_test_queue_${Math.random().toString(36).slice(2, 10)}`;
  const location = `postgres://postgres@127.0.0.1:5432/${database}`;
  const folder = mkdtempSync(join(tmpdir(), "dyad-queue-"));
  const expectedHashes = new Set<string>();
  let admin: pg.Client;
  let db: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${database}`);
    for (let index = 0; index < ARTICLES; index += 1) {
      const article = syntheticArticle(index, 42);
      writeFileSync(join(folder, article.fileName), article.content);
      expectedHashes.add(contentHash(article.content.slice(article.content.indexOf("\n---\n") + 5)));
    }
    db = new pg.Client({ connectionString: location });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await admin?.query(`drop database if exists ${database} with (force)`);
    await admin?.end();
    rmSync(folder, { recursive: true, force: true });
  });

  it("stores every article exactly once though a worker is killed mid-batch", { timeout: 120_000 }, async () => {
    const enqueue = await runDyad(["ingest", "--queue", folder, "--db", location], { env: QUEUE_ENV });
    expect(enqueue.stderr).toBe("");
    expect(enqueue.stdout).toContain(`${ARTICLES} enqueued, 0 failed to read`);

    // Jobs that carry no article: each fails, is retried once (retry limit 1), and is kept as failed.
    const boss = await openQueue(location, { settings: queueSettingsFromEnvironment(QUEUE_ENV), supervise: false });
    for (let index = 0; index < MALFORMED_JOBS; index += 1) {
      await boss.send(INGEST_QUEUE, { article: { input: `broken-${index}` } }, { retryLimit: 1, retryDelay: 0 });
    }
    await closeQueue(boss);

    // The victim fetches large batches, so it surely holds unfinished jobs when it is killed.
    const victim = startWorker(location, 12);
    const workers = [startWorker(location, 4), startWorker(location, 4)];
    // Enqueuing the same folder again, while the workers run, adds no job: the job id is the content hash.
    const enqueueAgain = runDyad(["ingest", "--queue", folder, "--db", location], { env: QUEUE_ENV });
    await until(() => logLines(victim).filter((line) => line.msg === "stored").length >= 3, 60_000, "the victim");
    victim.child.kill("SIGKILL");
    expect(await victim.exited).toBeNull();
    workers.push(startWorker(location, 4));
    expect((await enqueueAgain).code).toBe(0);
    const codes = await Promise.all(workers.map((worker) => worker.exited));
    expect(codes).toEqual([0, 0, 0]);

    const documents = await db.query<{ content_hash: string }>("select content_hash from documents");
    expect(documents.rows).toHaveLength(ARTICLES);
    expect(new Set(documents.rows.map((row) => row.content_hash))).toEqual(expectedHashes);

    const jobs = JSON.parse((await runDyad(["jobs", "--json", "--db", location])).stdout);
    expect(jobs.counts).toMatchObject({ created: 0, retry: 0, active: 0, completed: ARTICLES, failed: MALFORMED_JOBS });
    expect(jobs.failed.map((job: { error: string }) => job.error)).toEqual(
      Array(MALFORMED_JOBS).fill(expect.stringMatching(/does not carry an article \(article\.text/)),
    );
    // The victim's unfinished jobs expired and were completed by others on a second try.
    const retriedArticles = await db.query(
      "select count(*)::int as n from pgboss.job where state = 'completed' and retry_count > 0",
    );
    expect(retriedArticles.rows[0].n).toBeGreaterThan(0);
    expect(jobs.retried).toBe(retriedArticles.rows[0].n + MALFORMED_JOBS);

    // No surviving worker logged anything worse than the malformed jobs' failures.
    const problems = workers.flatMap(logLines).filter((line) => line.level >= 40);
    expect(
      problems.every((line) => line.msg === "job failed" && /does not carry an article/.test(line.error ?? "")),
    ).toBe(true);
    expect(problems.length).toBe(MALFORMED_JOBS * 2);
  });

  it("sends failed jobs back to the queue with dyad retry", async () => {
    const retried = await runDyad(["retry", "--all", "--db", location]);
    expect(retried.stdout).toBe(`${MALFORMED_JOBS} failed jobs sent back to the queue\n`);
    const states = await db.query("select state, count(*)::int as n from pgboss.job group by state order by state");
    expect(states.rows).toEqual([
      { state: "retry", n: MALFORMED_JOBS },
      { state: "completed", n: ARTICLES },
    ]);
    const boss = await openQueue(location, { settings: queueSettingsFromEnvironment(QUEUE_ENV), supervise: false });
    try {
      await expect(retryFailedJobs(boss, ["not-a-job-id"])).rejects.toThrow(/"not-a-job-id" is not a job id/);
    } finally {
      await closeQueue(boss);
    }
  });
});
