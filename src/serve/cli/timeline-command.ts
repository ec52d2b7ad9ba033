import { Command } from "commander";

export function timelineCommand(): Command {
  return new Command("timeline").description("(not yet implemented)").action(() => {
    throw new Error("dyad timeline: not yet implemented");
  });
}
