import { Command } from "commander";

export function relationsCommand(): Command {
  return new Command("relations").description("(not yet implemented)").action(() => {
    throw new Error("dyad relations: not yet implemented");
  });
}
