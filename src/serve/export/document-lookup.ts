// Looks up the source document of each exported row (title, url, place coordinates), keeping only the most
// recently used documents in memory so exports stay in constant memory however large the store.
import type { Store } from "../../store/store.ts";

export interface DocumentFacts {
  id: number;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  ingestedAt: string;
  /** Place name → coordinates, from the document's own entities. */
  places: Map<string, { lat: number; lon: number }>;
  /** Entity id → name as the document's record gives it (organisations, people). */
  names: Map<string, string>;
}

export function documentLookup(store: Store, capacity = 256): (id: number) => Promise<DocumentFacts | null> {
  const recent = new Map<number, DocumentFacts | null>();
  return async (id) => {
    if (recent.has(id)) {
      const hit = recent.get(id) ?? null;
      // Re-insert so Map order is least-recently-used first.
      recent.delete(id);
      recent.set(id, hit);
      return hit;
    }
    const document = await store.getDocument(id);
    const facts: DocumentFacts | null = document && {
      id: document.id,
      title: document.title,
      published: document.published,
      source: document.source,
      url: document.url,
      ingestedAt: document.ingestedAt,
      places: new Map(
        document.record.entities
          .filter((entity) => entity.kind === "place" && entity.lat !== undefined && entity.lon !== undefined)
          .map((entity) => [entity.name, { lat: entity.lat as number, lon: entity.lon as number }]),
      ),
      names: new Map(document.record.entities.map((entity) => [entity.id, entity.name])),
    };
    recent.set(id, facts);
    if (recent.size > capacity) recent.delete(recent.keys().next().value as number);
    return facts;
  };
}

/** A stable reference to a row's source: its URL when known, else the document's id in this store. */
export function sourceReference(documentId: number, facts: DocumentFacts | null): string {
  return facts?.url ?? `dyad:document/${documentId}`;
}
