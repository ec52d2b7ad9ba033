import { Command } from "commander";

export function ingestCommand(): Command {
  return new Command("ingest").description("(not yet implemented)").action(() => {
    throw new Error("dyad ingest: not yet implemented");
  });
}
