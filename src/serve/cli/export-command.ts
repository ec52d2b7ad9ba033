// `dyad export --format …`: streams the store in one of the export formats to a file or stdout, over the same
// selection as `dyad events` and /api/events (every filter, the same counting rule).
import { createWriteStream } from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Command, Option } from "commander";
import { EVENT_KINDS, FACTUALITIES } from "../../record/record.ts";
import { eventSelection, REVIEW_STATES, type SelectionInput } from "../aggregate/event-selection.ts";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormatName } from "../export/export-formats.ts";
import { exportSelection } from "../export/export-selection.ts";
import { addStoreOption, withStore } from "./store-option.ts";

interface ExportOptions extends SelectionInput {
  format: ExportFormatName;
  out?: string;
  db?: string;
}

const FORMAT_HELP = EXPORT_FORMAT_NAMES.map(
  (name) => `  ${name.padEnd(14)}${EXPORT_FORMATS[name].description} (${EXPORT_FORMATS[name].fileName})`,
).join("\n");

export function exportCommand(): Command {
  const command = new Command("export")
    .description("Export events and relations: PLOVER-style JSONL, GDELT-style TSV, CSV, GraphML or Parquet")
    .addOption(new Option("--format <format>", "export format").choices(EXPORT_FORMAT_NAMES).makeOptionMandatory())
    .option("--out <file>", "write to this file instead of standard output")
    .option("--actor <actor>", "events in which this state or organisation takes part (CHN, china, Chinese, org:bri)")
    .option("--pair <actors...>", "events between two parties, either direction (--pair china syria)")
    .option("--kind <kinds...>", `event kinds: ${EVENT_KINDS.join(", ")}`)
    .option("--factuality <values...>", `factuality: ${FACTUALITIES.join(", ")} or all (default: occurred)`)
    .option("--review <states...>", `review states: ${REVIEW_STATES.join(", ")} or all (default: all but rejected)`)
    .option("--from <date>", "earliest date, YYYY, YYYY-MM or YYYY-MM-DD")
    .option("--to <date>", "latest date, same forms")
    .option("--place <place>", "events at a place whose name contains this text, or in this country (ISO3)")
    .addHelpText(
      "after",
      `
Formats:
${FORMAT_HELP}

The filters are those of \`dyad events\` and /api/events, with the same counting rule: by default
only events the articles say happened (occurred) that no reviewer rejected; --factuality all and
--review all export everything. Relation formats (relations-csv, graphml) follow --actor or --pair.
GDELT rows are dyadic: an event with several parties gives one row per source–target combination.

Examples:
  $ dyad export --format jsonl --out events.jsonl
  $ dyad export --format gdelt --pair china syria --from 2020 --out china-syria.tsv
  $ dyad export --format csv --actor "United States" --kind sanction use_force > us-conflict.csv
  $ dyad export --format csv --factuality all --review all --out everything.csv
  $ dyad export --format relations-csv --actor SYR
  $ dyad export --format graphml --from 2023 --out graph.graphml
  $ dyad export --format parquet --kind meet visit --out meetings.parquet`,
    )
    .action((options: ExportOptions) =>
      withStore("export", options.db, async (store) => {
        const selection = exportSelection(await eventSelection(options, store));
        const destination: Writable = options.out ? createWriteStream(options.out) : process.stdout;
        await pipeline(Readable.from(EXPORT_FORMATS[options.format].generate(store, selection)), destination);
      }),
    );
  return addStoreOption(command);
}
