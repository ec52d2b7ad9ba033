// `dyad events`: stored events filtered by actor, pair, kind, factuality and date range, a page at a time.
import { Command, InvalidArgumentError } from "commander";
import { EVENT_KINDS, FACTUALITIES } from "../../record/record.ts";
import { countsApart, describeApart, eventSelection, REVIEW_STATES } from "../aggregate/event-selection.ts";
import { addStoreOption, withStore } from "./store-option.ts";
import { formatEvent } from "./timeline-command.ts";

interface EventsOptions {
  actor?: string;
  pair?: string[];
  kind?: string[];
  factuality?: string[];
  review?: string[];
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

export function eventsCommand(): Command {
  const command = new Command("events")
    .description("List stored events, filtered by actor, pair, kind, factuality and date range")
    .option("--actor <actor>", "events in which this state or organisation is source or target (CHN, china, org:bri)")
    .option("--pair <actors...>", "events between two parties, either direction (--pair china syria)")
    .option("--kind <kinds...>", `event kinds: ${EVENT_KINDS.join(", ")}`)
    .option("--factuality <values...>", `factuality: ${FACTUALITIES.join(", ")} or all (default: occurred)`)
    .option("--review <states...>", `review states: ${REVIEW_STATES.join(", ")} or all (default: all but rejected)`)
    .option("--from <date>", "earliest date, YYYY, YYYY-MM or YYYY-MM-DD (2023 means from 1 January 2023)")
    .option("--to <date>", "latest date, same forms (2023 means through 31 December 2023)")
    .option("--limit <n>", "how many events to show", wholeNumber("--limit"), 50)
    .option("--offset <n>", "how many matching events to skip", wholeNumber("--offset"), 0)
    .option("--json", "print the page as JSON ({ total, items })")
    .addHelpText(
      "after",
      `
Events come in date order, undated last. By default only events the articles say happened
(factuality occurred) that no reviewer rejected are listed and counted; the others are counted
apart on the first line, and --factuality / --review bring them in. Dates are compared at their
own precision: an event dated "2023" matches --from 2023-06, and --to 2022-01 includes an event
dated 2022-01-31.

Examples:
  $ dyad events --actor SYR
  $ dyad events --pair china syria --kind meet visit
  $ dyad events --kind sanction use_force --from 2022 --to 2023
  $ dyad events --actor "United States" --factuality intended --limit 10 --offset 10
  $ dyad events --pair china syria --factuality all --review all
  $ dyad events --kind join --json`,
    )
    .action((options: EventsOptions) =>
      withStore("events", options.db, async (store) => {
        const filter = await eventSelection(options, store);
        const selection = { ...filter, limit: options.limit, offset: options.offset };
        const [page, apart] = await Promise.all([store.events(selection), countsApart(store, filter)]);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ ...page, apart }, null, 2)}\n`);
          return;
        }
        const note = describeApart(apart);
        if (page.items.length === 0) {
          process.stdout.write(
            `${page.total === 0 ? "No events match." : `No events past ${options.offset} (${page.total} match).`}${note ? ` (${note})` : ""}\n`,
          );
          return;
        }
        const first = options.offset + 1;
        const last = options.offset + page.items.length;
        process.stdout.write(
          `Events ${first}–${last} of ${page.total}${note ? ` (${note})` : ""}\n\n${page.items.map((event) => formatEvent(event)).join("\n\n")}\n`,
        );
      }),
    );
  return addStoreOption(command);
}
