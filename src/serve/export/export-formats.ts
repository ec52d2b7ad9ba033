// The export formats, named once: `dyad export --format` and `GET /export?format=` both read this table.
import type { Store } from "../../store/store.ts";
import { eventsCsv } from "./events-csv.ts";
import { eventsParquet } from "./events-parquet.ts";
import type { ExportSelection } from "./export-selection.ts";
import { gdeltTsv } from "./gdelt-tsv.ts";
import { ploverJsonl } from "./plover-jsonl.ts";
import { relationsCsv } from "./relations-csv.ts";
import { relationsGraphml } from "./relations-graphml.ts";

export interface ExportFormat {
  contentType: string;
  fileName: string;
  description: string;
  /** Text formats yield strings; binary ones (Parquet) yield bytes. */
  generate: (store: Store, selection?: ExportSelection) => AsyncGenerator<string | Uint8Array>;
}

export const EXPORT_FORMATS = {
  jsonl: {
    contentType: "application/x-ndjson; charset=utf-8",
    fileName: "dyad-events.jsonl",
    description: "PLOVER-style JSON Lines, one event per line",
    generate: ploverJsonl,
  },
  gdelt: {
    contentType: "text/tab-separated-values; charset=utf-8",
    fileName: "dyad-events.gdelt.tsv",
    description: "GDELT 2.0-style 61-column event TSV with a header line",
    generate: gdeltTsv,
  },
  csv: {
    contentType: "text/csv; charset=utf-8",
    fileName: "dyad-events.csv",
    description: "CSV of events",
    generate: eventsCsv,
  },
  "relations-csv": {
    contentType: "text/csv; charset=utf-8",
    fileName: "dyad-relations.csv",
    description: "CSV of relations",
    generate: relationsCsv,
  },
  graphml: {
    contentType: "application/graphml+xml; charset=utf-8",
    fileName: "dyad-relations.graphml",
    description: "GraphML of the relations graph",
    generate: relationsGraphml,
  },
  parquet: {
    contentType: "application/vnd.apache.parquet",
    fileName: "dyad-events.parquet",
    description: "Parquet of events, one row per event, written in row groups as it streams",
    generate: (store: Store, selection?: ExportSelection) => eventsParquet(store, selection),
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];
