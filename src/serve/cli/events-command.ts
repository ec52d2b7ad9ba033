import { Command } from "commander";

export function eventsCommand(): Command {
  return new Command("events").description("(not yet implemented)").action(() => {
    throw new Error("dyad events: not yet implemented");
  });
}
