// `dyad demo`: ingest the bundled example articles and print the China–Syria timeline.
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { DEFAULT_SQLITE_PATH } from "../../store/open-store.ts";
import { resolveActor } from "../aggregate/actor-resolver.ts";
import { ingestWithProgress, summaryLine } from "./ingest-command.ts";
import { DB_OPTION_HELP, withStore } from "./store-option.ts";
import { renderTimeline } from "./timeline-command.ts";

/** The examples folder shipped with the package, wherever dyad is run from. */
export const EXAMPLES_FOLDER = fileURLToPath(new URL("../../../examples/", import.meta.url));

export function demoCommand(): Command {
  return new Command("demo")
    .description("Ingest the bundled example articles and print the China–Syria timeline")
    .option("--db <location>", DB_OPTION_HELP.replace(/\(default:.*\)/, `(default: ${DEFAULT_SQLITE_PATH})`))
    .addHelpText(
      "after",
      `
The examples are short news articles on China–Syria and a few other pairs, bundled with dyad.
Running the demo twice stores them once. Afterwards, try the other commands on the same database.

Examples:
  $ dyad demo
  $ dyad demo --db /tmp/demo.db
  $ dyad timeline china syria && dyad relations SYR && dyad events --kind meet`,
    )
    .action((options: { db?: string }) =>
      // The demo always uses a local file unless told otherwise, not an environment-configured server.
      withStore("demo", options.db ?? DEFAULT_SQLITE_PATH, async (store) => {
        const summary = await ingestWithProgress([EXAMPLES_FOLDER], store);
        process.stdout.write(`Examples: ${summaryLine(summary)}\n\n`);
        process.stdout.write(await renderTimeline(store, resolveActor("CHN"), resolveActor("SYR")));
        if (summary.failed > 0) process.exitCode = 1;
      }),
    );
}
