// A documents row as read for listings and search (no text, no record), and the StoredDocument it becomes:
// one mapping for the document list and the full-text search.
import type { DocumentsTable } from "./database-schema.ts";
import type { StoredDocument } from "./store.ts";

export type DocumentRow = Omit<DocumentsTable, "id" | "text" | "record"> & { id: number };

export function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    // PostgreSQL's raw queries may hand back ids as strings
    id: Number(row.id),
    contentHash: row.content_hash,
    input: row.input,
    title: row.title,
    published: row.published,
    source: row.source,
    url: row.url,
    language: row.language,
    ingestedAt: row.ingested_at,
  };
}
