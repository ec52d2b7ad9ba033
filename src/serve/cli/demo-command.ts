import { Command } from "commander";

export function demoCommand(): Command {
  return new Command("demo").description("(not yet implemented)").action(() => {
    throw new Error("dyad demo: not yet implemented");
  });
}
