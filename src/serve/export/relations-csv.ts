// CSV of standing relations (partnerships, diplomatic relations, memberships, alliances) with their source.
import type { Store } from "../../store/store.ts";
import { relationPages } from "../aggregate/store-pages.ts";
import { csvLine } from "./csv-line.ts";
import { documentLookup, sourceReference } from "./document-lookup.ts";
import { ALL_COUNTED, type ExportSelection } from "./export-selection.ts";

export const RELATION_CSV_COLUMNS = [
  "relation_id",
  "kind",
  "parties",
  "label",
  "since",
  "document_id",
  "document_title",
  "published",
  "source_url",
  "evidence_start",
  "evidence_end",
  "evidence_text",
] as const;

export async function* relationsCsv(store: Store, selection: ExportSelection = ALL_COUNTED): AsyncGenerator<string> {
  yield csvLine(RELATION_CSV_COLUMNS);
  const lookup = documentLookup(store);
  for await (const page of relationPages(store, selection.relations)) {
    let chunk = "";
    for (const relation of page) {
      const document = await lookup(relation.documentId);
      chunk += csvLine([
        relation.id,
        relation.kind,
        relation.parties.join(";"),
        relation.label,
        relation.since,
        relation.documentId,
        document?.title ?? relation.documentTitle,
        document?.published ?? relation.published,
        sourceReference(relation.documentId, document),
        relation.evidence?.start,
        relation.evidence?.end,
        relation.evidence?.text,
      ]);
    }
    if (chunk) yield chunk;
  }
}
