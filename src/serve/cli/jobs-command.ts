// `dyad jobs`: the ingest queue at a glance: jobs by state, how many were retried, failed jobs with their errors.
import { Command } from "commander";
import { closeQueue, openQueue } from "../../queue/open-queue.ts";
import { checkedSetting, queueSettingsFromEnvironment } from "../../queue/queue-settings.ts";
import { JOB_STATES, queueState } from "../../queue/queue-state.ts";
import { defaultStoreLocation } from "../../store/open-store.ts";
import { addStoreOption, reportCommandError } from "./store-option.ts";

export function jobsCommand(): Command {
  const command = new Command("jobs")
    .description("Show the ingest queue: jobs by state, and failed jobs with their errors")
    .option("--json", "print the state as JSON")
    .option("--limit <n>", "failed jobs to list", "50")
    .action(async (options: { db?: string; json?: boolean; limit: string }) => {
      try {
        const failedLimit = checkedSetting("--limit", options.limit, 0);
        const boss = await openQueue(options.db ?? defaultStoreLocation(), {
          settings: queueSettingsFromEnvironment(),
          supervise: false,
        });
        try {
          const state = await queueState(boss, { failedLimit });
          if (options.json) {
            process.stdout.write(`${JSON.stringify(state, null, 2)}\n`);
            return;
          }
          const counts = JOB_STATES.map((name) => `${name} ${state.counts[name]}`).join(", ");
          process.stdout.write(`${counts}; retried ${state.retried}\n`);
          for (const job of state.failed) {
            process.stdout.write(`failed ${job.id} ${job.input ?? "(no input)"}: ${job.error}\n`);
          }
        } finally {
          await closeQueue(boss);
        }
      } catch (error) {
        reportCommandError("jobs", error);
      }
    });
  return addStoreOption(command);
}
