// dyad's command line: one module per command, registered here in the order `dyad --help` lists them.
import { Command } from "commander";

type CommandModule = () => Promise<Command>;

// Each command's module is imported only when it may run: `dyad extract` would otherwise load the server,
// the stores and the analysis pipeline on the thread that, with --threads, only reads and writes (~60 MB).
const COMMANDS: [name: string, load: CommandModule][] = [
  ["extract", async () => (await import("./extract-command.ts")).extractCommand()],
  ["ingest", async () => (await import("./ingest-command.ts")).ingestCommand()],
  ["timeline", async () => (await import("./timeline-command.ts")).timelineCommand()],
  ["relations", async () => (await import("./relations-command.ts")).relationsCommand()],
  ["events", async () => (await import("./events-command.ts")).eventsCommand()],
  ["trends", async () => (await import("./trends-command.ts")).trendsCommand()],
  ["demo", async () => (await import("./demo-command.ts")).demoCommand()],
  ["serve", async () => (await import("./serve-command.ts")).serveCommand()],
  ["export", async () => (await import("./export-command.ts")).exportCommand()],
  ["parse", async () => (await import("./parse-command.ts")).parseCommand()],
  ["worker", async () => (await import("./worker-command.ts")).workerCommand()],
  ["jobs", async () => (await import("./jobs-command.ts")).jobsCommand()],
  ["retry", async () => (await import("./retry-command.ts")).retryCommand()],
];

const program = new Command("dyad")
  .description("Turn diplomatic news into a dated, source-cited record of relations between states.")
  .version("0.1.0")
  .showHelpAfterError();

// A known command name first loads that command alone; anything else (help, a typo, options) loads them all.
const named = COMMANDS.find(([name]) => name === process.argv[2]);
for (const command of await Promise.all((named ? [named] : COMMANDS).map(([, load]) => load()))) {
  program.addCommand(command);
}

await program.parseAsync(process.argv);
