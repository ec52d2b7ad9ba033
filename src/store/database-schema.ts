// The tables as kysely sees them. Column names are snake_case; the Store maps them to the record types.
import type { Generated } from "kysely";

export interface DocumentsTable {
  id: Generated<number>;
  content_hash: string;
  input: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
  text: string;
  /** The whole ArticleRecord as JSON: the record as extracted, kept verbatim. */
  record: string;
  ingested_at: string;
}

export interface EntitiesTable {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  role: string | null;
  /** JSON array of strings, or null. */
  aliases: string | null;
  lat: number | null;
  lon: number | null;
}

export interface MentionsTable {
  document_id: number;
  entity_id: string;
  start: number;
  end: number;
}

export interface EventsTable {
  id: Generated<number>;
  document_id: number;
  kind: string;
  /** The date as the article gave it ("2023", "2023-09", "2023-09-22"); sorts correctly as text. */
  date: string | null;
  /** First and last day the date covers, so that range filters compare at the date's own precision. */
  date_start: string | null;
  date_end: string | null;
  factuality: string;
  location_name: string | null;
  location_country: string | null;
  plover: string;
  cameo: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  attributed_to: string | null;
  confidence: number;
  review: Generated<string>;
  /** Reserved for merging reports of one event across articles. */
  cluster_id: number | null;
  /** Reserved for review corrections, as JSON. */
  correction: string | null;
  /** Index of the event in its article's record (null for rows saved before migration 0003). */
  ordinal: number | null;
}

export interface EventActorsTable {
  event_id: number;
  actor: string;
  role: "source" | "target";
  position: number;
}

export interface RelationsTable {
  id: Generated<number>;
  document_id: number;
  kind: string;
  label: string | null;
  since: string | null;
  since_start: string | null;
  since_end: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  evidence_text: string | null;
  /** Index of the relation in its article's record (null for rows saved before migration 0003). */
  ordinal: number | null;
}

export interface RelationPartiesTable {
  relation_id: number;
  party: string;
  position: number;
}

export interface QuotesTable {
  id: Generated<number>;
  document_id: number;
  speaker: string | null;
  text: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
}

export interface Database {
  documents: DocumentsTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  relations: RelationsTable;
  relation_parties: RelationPartiesTable;
  quotes: QuotesTable;
}
