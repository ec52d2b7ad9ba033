// `dyad retry [--all | ID...]`: send failed ingest jobs back to the queue for the workers.
import { Command } from "commander";
import { closeQueue, openQueue } from "../../queue/open-queue.ts";
import { queueSettingsFromEnvironment } from "../../queue/queue-settings.ts";
import { retryFailedJobs } from "../../queue/queue-state.ts";
import { defaultStoreLocation } from "../../store/open-store.ts";
import { addStoreOption, reportCommandError } from "./store-option.ts";
import { UsageError } from "./usage-error.ts";

export function retryCommand(): Command {
  const command = new Command("retry")
    .description("Send failed ingest jobs back to the queue (ids from `dyad jobs`, or --all)")
    .argument("[ids...]", "ids of failed jobs")
    .option("--all", "retry every failed job")
    .action(async (ids: string[], options: { db?: string; all?: boolean }) => {
      try {
        if (options.all === ids.length > 0) {
          throw new UsageError("give either --all or the ids of failed jobs (see `dyad jobs`), not both");
        }
        const boss = await openQueue(options.db ?? defaultStoreLocation(), {
          settings: queueSettingsFromEnvironment(),
          supervise: false,
        });
        try {
          const count = await retryFailedJobs(boss, options.all ? "all" : ids);
          process.stdout.write(`${count} failed job${count === 1 ? "" : "s"} sent back to the queue\n`);
        } finally {
          await closeQueue(boss);
        }
      } catch (error) {
        reportCommandError("retry", error);
      }
    });
  return addStoreOption(command);
}
