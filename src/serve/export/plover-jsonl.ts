// PLOVER-style JSON Lines: one event per line with PLOVER's event type, mode and context beside the CAMEO
// code, the parties, and the source document and evidence sentence that the event was read from.
import { datePrecision } from "../../record/iso-date.ts";
import type { Store, StoredEvent } from "../../store/store.ts";
import { ploverModeOfKind } from "../aggregate/kind-codes.ts";
import { eventPages } from "../aggregate/store-pages.ts";
import { type DocumentFacts, documentLookup, sourceReference } from "./document-lookup.ts";
import { ALL_COUNTED, type ExportSelection } from "./export-selection.ts";

export function ploverObject(event: StoredEvent, document: DocumentFacts | null): Record<string, unknown> {
  return {
    id: `dyad-${event.id}`,
    date: event.date,
    date_precision: event.date ? datePrecision(event.date) : null,
    event: event.codes.plover,
    mode: ploverModeOfKind(event.kind),
    context: [],
    source: event.source,
    target: event.target,
    cameo: event.codes.cameo,
    factuality: event.factuality,
    location: event.location,
    attributed_to: event.attributed_to,
    confidence: event.confidence,
    dyad_kind: event.kind,
    review: event.review,
    document: {
      id: event.documentId,
      title: document?.title ?? event.documentTitle,
      published: document?.published ?? event.published,
      source: document?.source ?? null,
      url: sourceReference(event.documentId, document),
    },
    evidence: event.evidence,
    // an event reported by several articles keeps every report's source and evidence
    num_articles: event.numArticles ?? 1,
    num_sources: event.numSources ?? 1,
    ...(event.reports
      ? {
          reports: event.reports.map((r) => ({
            document: {
              id: r.documentId,
              title: r.documentTitle,
              published: r.published,
              source: r.source,
              url: r.url,
            },
            evidence: r.evidence,
          })),
        }
      : {}),
  };
}

export async function* ploverJsonl(store: Store, selection: ExportSelection = ALL_COUNTED): AsyncGenerator<string> {
  const lookup = documentLookup(store);
  for await (const page of eventPages(store, selection.events)) {
    let chunk = "";
    for (const event of page) {
      chunk += `${JSON.stringify(ploverObject(event, await lookup(event.documentId)))}\n`;
    }
    if (chunk) yield chunk;
  }
}
