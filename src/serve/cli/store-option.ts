// The --db option every store-reading command shares, and opening the store it names with a clear error.
import type { Command } from "commander";
import { defaultStoreLocation, openStore } from "../../store/open-store.ts";
import type { Store } from "../../store/store.ts";
import { UnknownActorError } from "../aggregate/actor-resolver.ts";
import { FilterInputError } from "../aggregate/event-selection.ts";
import { UsageError } from "./usage-error.ts";

export const DB_OPTION_HELP = "SQLite file or postgres:// URL (default: $DYAD_DATABASE_URL, $DYAD_DB or ./dyad.db)";

export function addStoreOption(command: Command): Command {
  return command.option("--db <location>", DB_OPTION_HELP);
}

/**
 * Opens the store, runs `work`, closes the store. Errors become one line on stderr naming the command,
 * with exit code 2 for usage mistakes and 1 for everything else.
 */
export async function withStore(
  commandName: string,
  location: string | undefined,
  work: (store: Store) => Promise<void>,
): Promise<void> {
  let store: Store | null = null;
  try {
    store = await openStore(location ?? defaultStoreLocation());
    await work(store);
  } catch (error) {
    reportCommandError(commandName, error);
  } finally {
    await store?.close();
  }
}

export function reportCommandError(commandName: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`dyad ${commandName}: ${message}\n`);
  // RangeError: the store's refusal of a malformed date filter, which the user typed.
  const usage = [UsageError, RangeError, UnknownActorError, FilterInputError].some((type) => error instanceof type);
  process.exitCode = usage ? 2 : 1;
}
