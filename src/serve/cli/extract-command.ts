import { Command } from "commander";

export function extractCommand(): Command {
  return new Command("extract").description("(not yet implemented)").action(() => {
    throw new Error("dyad extract: not yet implemented");
  });
}
