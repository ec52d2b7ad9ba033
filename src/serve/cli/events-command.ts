// `dyad events`: stored events filtered by actor, pair, kind, factuality and date range, a page at a time.
import { Command, InvalidArgumentError } from "commander";
import { EVENT_KINDS, type EventKind, FACTUALITIES, type Factuality } from "../../analyze/record.ts";
import type { EventFilter } from "../../store/store.ts";
import { resolveActorWithStore } from "./actor-argument.ts";
import { addStoreOption, withStore } from "./store-option.ts";
import { formatEvent } from "./timeline-command.ts";
import { UsageError } from "./usage-error.ts";

interface EventsOptions {
  actor?: string;
  pair?: string[];
  kind?: string[];
  factuality?: string[];
  from?: string;
  to?: string;
  limit: number;
  offset: number;
  json?: boolean;
  db?: string;
}

function wholeNumber(name: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) {
      throw new InvalidArgumentError(`${name} must be a whole number (0 or more), got "${value}"`);
    }
    return number;
  };
}

function oneOf<T extends string>(what: string, allowed: readonly T[], values: string[] | undefined): T[] | undefined {
  if (!values) return undefined;
  const unknown = values.filter((value) => !allowed.includes(value as T));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown ${what} ${unknown.map((value) => `"${value}"`).join(", ")}: use ${allowed.join(", ")}`,
    );
  }
  return values as T[];
}

export function eventsCommand(): Command {
  const command = new Command("events")
    .description("List stored events, filtered by actor, pair, kind, factuality and date range")
    .option("--actor <actor>", "events in which this state or organisation is source or target (CHN, china, org:bri)")
    .option("--pair <actors...>", "events between two parties, either direction (--pair china syria)")
    .option("--kind <kinds...>", `event kinds: ${EVENT_KINDS.join(", ")}`)
    .option("--factuality <values...>", `factuality: ${FACTUALITIES.join(", ")}`)
    .option("--from <date>", "earliest date, YYYY, YYYY-MM or YYYY-MM-DD (2023 means from 1 January 2023)")
    .option("--to <date>", "latest date, same forms (2023 means through 31 December 2023)")
    .option("--limit <n>", "how many events to show", wholeNumber("--limit"), 50)
    .option("--offset <n>", "how many matching events to skip", wholeNumber("--offset"), 0)
    .option("--json", "print the page as JSON ({ total, items })")
    .addHelpText(
      "after",
      `
Events come in date order, undated last. Dates are compared at their own precision: an event
dated "2023" matches --from 2023-06, and --to 2022-01 includes an event dated 2022-01-31.

Examples:
  $ dyad events --actor SYR
  $ dyad events --pair china syria --kind meet visit
  $ dyad events --kind sanction use_force --from 2022 --to 2023
  $ dyad events --actor "United States" --factuality intended --limit 10 --offset 10
  $ dyad events --kind join --json`,
    )
    .action((options: EventsOptions) =>
      withStore("events", options.db, async (store) => {
        const filter: EventFilter = {
          kind: oneOf<EventKind>("kind", EVENT_KINDS, options.kind),
          factuality: oneOf<Factuality>("factuality", FACTUALITIES, options.factuality),
          from: options.from,
          to: options.to,
          limit: options.limit,
          offset: options.offset,
        };
        if (options.actor) filter.actor = (await resolveActorWithStore(options.actor, store)).id;
        if (options.pair) {
          if (options.pair.length !== 2) throw new UsageError(`--pair takes two parties, got ${options.pair.length}`);
          const [a, b] = await Promise.all(options.pair.map((actor) => resolveActorWithStore(actor, store)));
          filter.pair = [a.id, b.id];
        }
        const page = await store.events(filter);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
          return;
        }
        if (page.items.length === 0) {
          process.stdout.write(
            page.total === 0 ? "No events match.\n" : `No events past ${options.offset} (${page.total} match).\n`,
          );
          return;
        }
        const first = options.offset + 1;
        const last = options.offset + page.items.length;
        process.stdout.write(
          `Events ${first}–${last} of ${page.total}\n\n${page.items.map(formatEvent).join("\n\n")}\n`,
        );
      }),
    );
  return addStoreOption(command);
}
