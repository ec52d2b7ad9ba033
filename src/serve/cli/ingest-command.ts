// `dyad ingest PATH...`: read each input (ingest/), analyse it (analyze/), store its record (store/).
// One article is one transaction; an article already stored (same content hash) is skipped, so a run that
// was killed can simply be started again.
import { SingleBar } from "cli-progress";
import { Command } from "commander";
import type { ReadArticle } from "../../ingest/article.ts";
import { InputError } from "../../ingest/input-errors.ts";
import { readInputs } from "../../ingest/read-inputs.ts";
import { type Knowledge, loadKnowledge } from "../../knowledge/knowledge.ts";
import { IngestError, ingestArticle } from "../../store/ingest-article.ts";
import type { Store } from "../../store/store.ts";
import { keepHeapNearLive } from "./batch-heap.ts";
import { ingestIntoQueue } from "./ingest-queue-action.ts";
import { addStoreOption, withStore } from "./store-option.ts";

export interface IngestFailure {
  input: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  stored: number;
  alreadyStored: number;
  failed: number;
  failures: IngestFailure[];
  seconds: number;
}

export type IngestOutcome = { kind: "stored" | "already_stored"; input: string } | ({ kind: "failed" } & IngestFailure);

/** Ingests every article the paths name; one bad input never stops the run. */
export async function ingestPaths(
  paths: string[],
  store: Store,
  onOutcome: (outcome: IngestOutcome, summary: IngestSummary) => void = () => {},
): Promise<IngestSummary> {
  const knowledge = loadKnowledge();
  // Timed from here: the rate is that of ingesting, not of loading the knowledge base once.
  const started = performance.now();
  const summary: IngestSummary = { stored: 0, alreadyStored: 0, failed: 0, failures: [], seconds: 0 };
  for await (const item of readInputs(paths)) {
    const outcome = await ingestOne(item, store, knowledge);
    if (outcome.kind === "failed") {
      summary.failed += 1;
      summary.failures.push({ input: outcome.input, code: outcome.code, message: outcome.message });
    } else if (outcome.kind === "stored") summary.stored += 1;
    else summary.alreadyStored += 1;
    onOutcome(outcome, summary);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function ingestOne(item: ReadArticle | InputError, store: Store, knowledge: Knowledge): Promise<IngestOutcome> {
  if (item instanceof InputError) return { kind: "failed", input: item.input, code: item.code, message: item.message };
  try {
    const result = await ingestArticle(item, store, knowledge);
    return { kind: result.stored ? "stored" : "already_stored", input: item.input };
  } catch (error) {
    if (error instanceof IngestError)
      return { kind: "failed", input: error.input, code: error.code, message: error.message };
    throw error;
  }
}

export function summaryLine(summary: IngestSummary): string {
  return `${summary.stored} stored, ${summary.alreadyStored} already stored, ${summary.failed} failed`;
}

/** Ingests with a progress bar on a terminal, else one stderr line per failure; returns the summary. */
export async function ingestWithProgress(paths: string[], store: Store): Promise<IngestSummary> {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: "ingesting {value} articles: {stored} stored, {already} already stored, {failed} failed ({rate}/s)",
        hideCursor: true,
        clearOnComplete: true,
        fps: 10,
      })
    : null;
  const started = performance.now();
  bar?.start(0, 0, { stored: 0, already: 0, failed: 0, rate: "0" });
  const summary = await ingestPaths(paths, store, (outcome, progress) => {
    const count = progress.stored + progress.alreadyStored + progress.failed;
    if (bar) {
      // The total is unknown while folders are still being walked; the count is what matters.
      bar.setTotal(count);
      const rate = (count / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(1);
      bar.update(count, { stored: progress.stored, already: progress.alreadyStored, failed: progress.failed, rate });
    } else if (outcome.kind === "failed") {
      process.stderr.write(`dyad ingest: ${outcome.message} [${outcome.code}]\n`);
    }
  });
  if (bar) {
    bar.stop();
    for (const failed of summary.failures) process.stderr.write(`dyad ingest: ${failed.message} [${failed.code}]\n`);
  }
  return summary;
}

export function ingestCommand(): Command {
  const command = new Command("ingest")
    .description("Read, analyse and store articles (files, folders searched recursively, or - for stdin)")
    .argument("<paths...>", "article files (.txt, .md, .html), folders, or - for standard input")
    .addHelpText(
      "after",
      `
Each article is stored in one transaction: all of its record or nothing. An article whose text
was already stored (same content hash) is skipped, so an interrupted run can simply be run again.
A file that cannot be read is reported and the run goes on; the exit code is 1 if any failed.

Examples:
  $ dyad ingest article.txt
  $ dyad ingest news/ more-news/ --db news.db
  $ cat article.txt | dyad ingest -
  $ DYAD_DATABASE_URL=postgres://localhost/dyad dyad ingest news/`,
    )
    .option("--queue", "enqueue the articles for `dyad worker`s instead of analysing them here (PostgreSQL)")
    .option("--job-expire <seconds>", "with --queue: seconds before a lost job is retried")
    .option("--job-retries <n>", "with --queue: retries of a failed job")
    .action((paths: string[], options: { db?: string; queue?: boolean; jobExpire?: string; jobRetries?: string }) =>
      options.queue
        ? ingestIntoQueue(paths, options)
        : withStore("ingest", options.db, async (store) => {
            keepHeapNearLive();
            const summary = await ingestWithProgress(paths, store);
            const rate = (summary.stored + summary.alreadyStored) / Math.max(summary.seconds, 0.001);
            process.stdout.write(
              `${summaryLine(summary)} (${summary.seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s)\n`,
            );
            if (summary.failed > 0) process.exitCode = 1;
          }),
    );
  return addStoreOption(command);
}
