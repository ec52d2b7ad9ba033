// `dyad ingest --queue PATH...`: read the inputs here and enqueue one job per article for `dyad worker`s.

import { enqueuePaths } from "../../queue/enqueue-articles.ts";
import { closeQueue, openQueue } from "../../queue/open-queue.ts";
import { checkedSetting, queueSettingsFromEnvironment } from "../../queue/queue-settings.ts";
import { defaultStoreLocation } from "../../store/open-store.ts";
import { reportCommandError } from "./store-option.ts";

export interface IngestQueueOptions {
  db?: string;
  jobExpire?: string;
  jobRetries?: string;
}

export async function ingestIntoQueue(paths: string[], options: IngestQueueOptions): Promise<void> {
  try {
    const settings = queueSettingsFromEnvironment();
    if (options.jobExpire !== undefined)
      settings.expireInSeconds = checkedSetting("--job-expire", options.jobExpire, 1);
    if (options.jobRetries !== undefined) settings.retryLimit = checkedSetting("--job-retries", options.jobRetries, 0);
    const boss = await openQueue(options.db ?? defaultStoreLocation(), { settings, supervise: false });
    try {
      const summary = await enqueuePaths(paths, boss, settings, (failure) =>
        process.stderr.write(`dyad ingest: ${failure.message} [${failure.code}]\n`),
      );
      process.stdout.write(`${summary.enqueued} enqueued, ${summary.failed} failed to read\n`);
      if (summary.failed > 0) process.exitCode = 1;
    } finally {
      await closeQueue(boss);
    }
  } catch (error) {
    reportCommandError("ingest", error);
  }
}
