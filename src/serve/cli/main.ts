// dyad's command line: one module per command, registered here in the order `dyad --help` lists them.
import { Command } from "commander";
import { demoCommand } from "./demo-command.ts";
import { eventsCommand } from "./events-command.ts";
import { exportCommand } from "./export-command.ts";
import { extractCommand } from "./extract-command.ts";
import { ingestCommand } from "./ingest-command.ts";
import { jobsCommand } from "./jobs-command.ts";
import { parseCommand } from "./parse-command.ts";
import { relationsCommand } from "./relations-command.ts";
import { retryCommand } from "./retry-command.ts";
import { serveCommand } from "./serve-command.ts";
import { timelineCommand } from "./timeline-command.ts";
import { trendsCommand } from "./trends-command.ts";
import { workerCommand } from "./worker-command.ts";

const program = new Command("dyad")
  .description("Turn diplomatic news into a dated, source-cited record of relations between states.")
  .version("0.1.0")
  .showHelpAfterError();

for (const command of [
  extractCommand(),
  ingestCommand(),
  timelineCommand(),
  relationsCommand(),
  eventsCommand(),
  trendsCommand(),
  demoCommand(),
  serveCommand(),
  exportCommand(),
  parseCommand(),
  workerCommand(),
  jobsCommand(),
  retryCommand(),
]) {
  program.addCommand(command);
}

await program.parseAsync(process.argv);
