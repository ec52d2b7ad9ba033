// CSV of events, one per row, each with its source document and evidence sentence.
import type { Store } from "../../store/store.ts";
import { eventPages } from "../aggregate/store-pages.ts";
import { csvLine } from "./csv-line.ts";
import { documentLookup, sourceReference } from "./document-lookup.ts";
import { ALL_COUNTED, type ExportSelection } from "./export-selection.ts";

export const EVENT_CSV_COLUMNS = [
  "event_id",
  "kind",
  "source",
  "target",
  "date",
  "factuality",
  "plover",
  "cameo",
  "location",
  "location_country",
  "attributed_to",
  "confidence",
  "review",
  "document_id",
  "document_title",
  "published",
  "source_url",
  "evidence_start",
  "evidence_end",
  "evidence_text",
] as const;

export async function* eventsCsv(store: Store, selection: ExportSelection = ALL_COUNTED): AsyncGenerator<string> {
  yield csvLine(EVENT_CSV_COLUMNS);
  const lookup = documentLookup(store);
  for await (const page of eventPages(store, selection.events)) {
    let chunk = "";
    for (const event of page) {
      const document = await lookup(event.documentId);
      chunk += csvLine([
        event.id,
        event.kind,
        event.source.join(";"),
        event.target.join(";"),
        event.date,
        event.factuality,
        event.codes.plover,
        event.codes.cameo,
        event.location?.name,
        event.location?.country,
        event.attributed_to,
        event.confidence,
        event.review,
        event.documentId,
        document?.title ?? event.documentTitle,
        document?.published ?? event.published,
        sourceReference(event.documentId, document),
        event.evidence.start,
        event.evidence.end,
        event.evidence.text,
      ]);
    }
    if (chunk) yield chunk;
  }
}
