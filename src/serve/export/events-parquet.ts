// Parquet of events (hyparquet-writer, pure JS), streamed: events are read a page at a time, written as row
// groups of ROWS_PER_GROUP, and each row group's bytes are handed on as soon as it is encoded, so memory stays
// bounded by one row group however many millions of events the store holds. Only the footer (one entry per
// row group) grows with the file.

import type { BasicType } from "hyparquet-writer";
import { ByteWriter, ParquetWriter, schemaFromColumnData } from "hyparquet-writer";
import type { Store, StoredEvent } from "../../store/store.ts";
import { eventPages } from "../aggregate/store-pages.ts";
import { type DocumentFacts, documentLookup, sourceReference } from "./document-lookup.ts";
import { ALL_COUNTED, type ExportSelection } from "./export-selection.ts";

export const ROWS_PER_GROUP = 10_000;

type Cell = string | number | null;

interface Column {
  name: string;
  type: BasicType;
  value: (event: StoredEvent, document: DocumentFacts | null) => Cell;
}

const text = (value: string | null | undefined): string | null => value ?? null;

/** The columns, in file order: one event per row, parties joined with ";" as in GDELT. */
export const PARQUET_COLUMNS: Column[] = [
  { name: "id", type: "INT32", value: (event) => event.id },
  { name: "date", type: "STRING", value: (event) => event.date },
  {
    name: "date_precision",
    type: "STRING",
    value: (event) => (event.date ? ({ 4: "year", 7: "month", 10: "day" } as const)[event.date.length as 4] : null),
  },
  { name: "kind", type: "STRING", value: (event) => event.kind },
  { name: "plover", type: "STRING", value: (event) => event.codes.plover },
  { name: "cameo", type: "STRING", value: (event) => event.codes.cameo },
  { name: "factuality", type: "STRING", value: (event) => event.factuality },
  { name: "source", type: "STRING", value: (event) => event.source.join(";") },
  { name: "target", type: "STRING", value: (event) => event.target.join(";") },
  { name: "location_name", type: "STRING", value: (event) => text(event.location?.name) },
  { name: "location_country", type: "STRING", value: (event) => text(event.location?.country) },
  { name: "attributed_to", type: "STRING", value: (event) => event.attributed_to },
  { name: "confidence", type: "DOUBLE", value: (event) => event.confidence },
  { name: "review", type: "STRING", value: (event) => event.review },
  { name: "num_articles", type: "INT32", value: (event) => event.numArticles ?? 1 },
  { name: "num_sources", type: "INT32", value: (event) => event.numSources ?? 1 },
  {
    name: "report_document_ids",
    type: "STRING",
    value: (event) =>
      (event.reports ?? [{ documentId: event.documentId }]).map((report) => report.documentId).join(";"),
  },
  { name: "document_id", type: "INT32", value: (event) => event.documentId },
  { name: "document_title", type: "STRING", value: (event, document) => text(document?.title ?? event.documentTitle) },
  { name: "published", type: "STRING", value: (event, document) => text(document?.published ?? event.published) },
  { name: "document_source", type: "STRING", value: (_event, document) => text(document?.source) },
  { name: "url", type: "STRING", value: (event, document) => sourceReference(event.documentId, document) },
  { name: "evidence", type: "STRING", value: (event) => event.evidence.text },
];

export async function* eventsParquet(
  store: Store,
  selection: ExportSelection = ALL_COUNTED,
  rowsPerGroup = ROWS_PER_GROUP,
): AsyncGenerator<Uint8Array> {
  const bytes = new ByteWriter();
  const take = (): Uint8Array => {
    // Copied out, then the buffer is reused from its start; `offset` keeps counting for the footer's positions.
    const chunk = new Uint8Array(bytes.buffer, 0, bytes.index).slice();
    bytes.index = 0;
    return chunk;
  };
  const schema = schemaFromColumnData({
    columnData: PARQUET_COLUMNS.map((column) => ({ name: column.name, data: [], type: column.type, nullable: true })),
  });
  const writer = new ParquetWriter({ writer: bytes, schema, kvMetadata: [{ key: "dyad", value: "events" }] });
  const lookup = documentLookup(store);
  let group: Cell[][] = PARQUET_COLUMNS.map(() => []);
  let rows = 0;
  const flushGroup = async () => {
    await writer.write({
      columnData: PARQUET_COLUMNS.map((column, index) => ({
        name: column.name,
        data: group[index],
        type: column.type,
      })),
      rowGroupSize: rows,
    });
    group = PARQUET_COLUMNS.map(() => []);
    rows = 0;
  };
  for await (const page of eventPages(store, selection.events)) {
    for (const event of page) {
      const document = await lookup(event.documentId);
      PARQUET_COLUMNS.forEach((column, index) => {
        group[index].push(column.value(event, document));
      });
      rows += 1;
      if (rows >= rowsPerGroup) {
        await flushGroup();
        yield take();
      }
    }
  }
  if (rows > 0) await flushGroup();
  await writer.finish();
  yield take();
}
