// `dyad export --format …`: streams the store in one of the export formats to a file or stdout.
import { createWriteStream } from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Command, Option } from "commander";
import { defaultStoreLocation, openStore } from "../../store/open-store.ts";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormatName } from "../export/export-formats.ts";

export function exportCommand(): Command {
  return new Command("export")
    .description("Export events and relations: PLOVER-style JSONL, GDELT-style TSV, CSV or GraphML")
    .addOption(new Option("--format <format>", "export format").choices(EXPORT_FORMAT_NAMES).makeOptionMandatory())
    .option("--out <file>", "write to this file instead of standard output")
    .option("--db <location>", "SQLite file or postgres:// URL (default: DYAD_DATABASE_URL, DYAD_DB or ./dyad.db)")
    .action(async (options: { format: ExportFormatName; out?: string; db?: string }) => {
      const store = await openStore(options.db ?? defaultStoreLocation());
      try {
        const destination: Writable = options.out ? createWriteStream(options.out) : process.stdout;
        await pipeline(Readable.from(EXPORT_FORMATS[options.format].generate(store)), destination);
      } finally {
        await store.close();
      }
    });
}
