// `dyad worker`: process queued articles (see queue/queue-worker.ts) until stopped, or until the queue is empty.
import { Command } from "commander";
import pino from "pino";
import { checkedSetting, queueSettingsFromEnvironment } from "../../queue/queue-settings.ts";
import { runWorker } from "../../queue/queue-worker.ts";
import { defaultStoreLocation } from "../../store/open-store.ts";
import { addStoreOption, reportCommandError } from "./store-option.ts";

interface WorkerCommandOptions {
  db?: string;
  concurrency: string;
  batchSize: string;
  untilEmpty?: boolean;
  logLevel: string;
}

export function workerCommand(): Command {
  const command = new Command("worker")
    .description("Analyse and store articles queued with `dyad ingest --queue` (PostgreSQL)")
    .option("--concurrency <n>", "jobs processed at once in this process", "2")
    .option("--batch-size <n>", "jobs fetched per round trip", "5")
    .option("--until-empty", "exit when no job is waiting, retrying or active")
    .option("--log-level <level>", "pino log level: trace, debug, info, warn, error", "info")
    .addHelpText(
      "after",
      `
Start as many workers as you like, on as many machines as reach the database. A worker that is killed
leaves its jobs to expire (DYAD_QUEUE_EXPIRE_SECONDS, set when enqueued) and be retried by another.
Logs are JSON lines (pino) on standard output. SIGINT or SIGTERM finishes the jobs in hand, then exits.

Examples:
  $ DYAD_DATABASE_URL=postgres://localhost/dyad dyad worker --concurrency 4
  $ dyad worker --db postgres://db.example/dyad --until-empty`,
    )
    .action(async (options: WorkerCommandOptions) => {
      try {
        const concurrency = checkedSetting("--concurrency", options.concurrency, 1);
        const batchSize = checkedSetting("--batch-size", options.batchSize, 1);
        const logger = pino({ name: "dyad-worker", level: options.logLevel });
        const stop = new AbortController();
        const onSignal = (signal: NodeJS.Signals) => {
          if (stop.signal.aborted) process.exit(130); // a second signal: leave now, the jobs will expire
          logger.info({ signal }, "stopping after the jobs in hand");
          stop.abort();
        };
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
        await runWorker({
          location: options.db ?? defaultStoreLocation(),
          concurrency,
          batchSize,
          settings: queueSettingsFromEnvironment(),
          untilEmpty: options.untilEmpty ?? false,
          logger,
          signal: stop.signal,
        });
      } catch (error) {
        reportCommandError("worker", error);
      }
    });
  return addStoreOption(command);
}
