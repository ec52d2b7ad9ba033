// The one store interface. SQLite (default, embedded) and PostgreSQL implement it with kysely;
// one contract test suite (store-contract.test.ts) runs against both.
import type {
  ArticleRecord,
  EventKind,
  Evidence,
  Factuality,
  IsoDate,
  RecordEntity,
  RecordEvent,
  RecordRelation,
  RelationKind,
} from "../record/record.ts";

/** What is stored besides the record: the identity that makes ingest idempotent, and the text offsets point into. */
export interface ArticleToStore {
  record: ArticleRecord;
  contentHash: string;
  text: string;
  /** MinHash signature of the body (ingest/near-duplicate-signature.ts); without one, no near-duplicate check. */
  fingerprint?: number[] | null;
}

export interface SaveResult {
  documentId: number;
  /** false when an article with the same content hash was already stored (nothing was written). */
  stored: boolean;
  /** Set when the article was stored as a near-duplicate of this earlier document (near-duplicates.ts). */
  duplicateOf?: number;
}

export interface StoredDocument {
  id: number;
  contentHash: string;
  input: string;
  title: string | null;
  published: IsoDate | null;
  source: string | null;
  url: string | null;
  language: string | null;
  ingestedAt: string;
}

export type ReviewStatus = "unreviewed" | "confirmed" | "rejected" | "corrected";

export interface StoredEvent extends RecordEvent {
  id: number;
  documentId: number;
  documentTitle: string | null;
  published: IsoDate | null;
  review: ReviewStatus;
  /** Set on a report merged into another event (event-merging.ts): that event's id. */
  mergedInto?: number;
  /** Set on an event reported by more than one article: every report, its own first. */
  reports?: EventReport[];
  numArticles?: number;
  numSources?: number;
}

export interface StoredRelation extends RecordRelation {
  id: number;
  documentId: number;
  documentTitle: string | null;
  published: IsoDate | null;
  evidence?: Evidence;
}

export interface EventFilter {
  /** Events in which this actor (ISO3 or org:...) is source or target. */
  actor?: string;
  /** Events between these two actors, either direction. */
  pair?: [string, string];
  kind?: EventKind[];
  factuality?: Factuality[];
  /** Review states to include (serve/aggregate/event-selection.ts leaves rejected events out unless asked). */
  review?: ReviewStatus[];
  plover?: string;
  cameo?: string;
  /** Inclusive bounds on the event date, compared at the event date's precision ("2023" is within 2023-01..2023-12). */
  from?: IsoDate;
  to?: IsoDate;
  place?: string;
  documentId?: number;
  /** Default 100; `total` in the page always says how many match. */
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export type TimelineEntry =
  /** context: a join of either party into an organisation, reported in the pair's articles; not a pair event. */
  | { type: "event"; date: IsoDate | null; event: StoredEvent; context?: boolean }
  | { type: "relation"; date: IsoDate | null; relation: StoredRelation };

/** A part of a search snippet: matched words are `highlight: true`, so clients mark them without parsing markup. */
export interface SnippetPart {
  text: string;
  highlight: boolean;
}

/** A document found by full-text search (document-search.ts). */
export interface DocumentHit extends StoredDocument {
  snippet: SnippetPart[];
  /** Higher is more relevant (each dialect's own scale). */
  rank: number;
}

export interface DocumentSearch {
  query: string;
  /** Newest first (default) or most relevant first. */
  order?: "newest" | "relevance";
  limit?: number;
  offset?: number;
}

export interface StoreStats {
  documents: number;
  events: number;
  relations: number;
  entities: number;
}

export interface Store {
  /** Creates or upgrades the schema. Idempotent. */
  migrate(): Promise<void>;
  /** Stores one article in one transaction: all of it or nothing. Same content hash twice: stored once. */
  saveArticle(article: ArticleToStore): Promise<SaveResult>;
  hasContentHash(contentHash: string): Promise<boolean>;
  /** The id of the document stored with this content hash, or null. */
  findContentHash(contentHash: string): Promise<number | null>;
  getDocument(id: number): Promise<(StoredDocument & { text: string; record: ArticleRecord }) | null>;
  listDocuments(options: { search?: string; limit?: number; offset?: number }): Promise<Page<StoredDocument>>;
  /** Full-text search of titles and text (document-search.ts): ranked hits with highlighted snippets. */
  searchDocuments(search: DocumentSearch): Promise<Page<DocumentHit>>;
  events(filter: EventFilter): Promise<Page<StoredEvent>>;
  /** Standing relations an actor is party to (partnerships with since dates, memberships, diplomatic relations). */
  relationsOf(actor: string): Promise<StoredRelation[]>;
  relations(filter: {
    actor?: string;
    pair?: [string, string];
    kind?: RelationKind[];
    limit?: number;
    offset?: number;
  }): Promise<Page<StoredRelation>>;
  /**
   * A pair's events and relations in date order (undated last); relations are dated by `since`.
   * Events count when one party is a source and the other a target (either direction). Joins and memberships
   * of either party (into organisations) are included when reported in an article that reports the pair.
   */
  timeline(
    a: string,
    b: string,
    options?: { from?: IsoDate; to?: IsoDate; factuality?: Factuality[]; review?: ReviewStatus[] },
  ): Promise<TimelineEntry[]>;
  entities(options: {
    kind?: RecordEntity["kind"];
    search?: string;
    limit?: number;
    offset?: number;
  }): Promise<Page<RecordEntity>>;
  stats(): Promise<StoreStats>;
  /** One event by id, with its current (reviewed) values; null when there is none. */
  getEvent(id: number): Promise<StoredEvent | null>;
  /** Confirms, rejects or corrects an event and logs it (event-review.ts); null when there is no such event. */
  reviewEvent(id: number, request: EventReviewRequest): Promise<StoredEvent | null>;
  /** An event's review audit log, oldest first. */
  eventReviews(id: number): Promise<EventReviewEntry[]>;
  /** Every review in the store, newest first, paged (the audit log of the whole store). */
  reviewLog(page: { limit?: number; offset?: number; reviewer?: string }): Promise<Page<ReviewLogEntry>>;
  /** Takes a report out of the event it was merged with (event-merging.ts); null when there is no such event. */
  unmergeEvent(id: number, request?: { reviewer?: string | null; note?: string | null }): Promise<StoredEvent | null>;
  /** An event's merge log: automatic merges and unmerges by review, oldest first. */
  eventMerges(id: number): Promise<EventMergeEntry[]>;
  /** The first copy a document duplicates (or null), and the near-duplicates linked to it. */
  nearDuplicates(documentId: number): Promise<{ duplicateOf: number | null; duplicates: number[] }>;
  close(): Promise<void>;
}

// The history of an event: the reports merged into it, merges undone, and reviews (event-merging.ts,
// event-reports.ts, event-review.ts write them; they live here so the store files import this one and not each other).

export interface EventReport {
  eventId: number;
  documentId: number;
  documentTitle: string | null;
  published: IsoDate | null;
  /** The publisher the document names (documents.source), or null. */
  source: string | null;
  url: string | null;
  evidence: Evidence;
}

export interface EventMergeEntry {
  eventId: number;
  clusterId: number;
  action: "merge" | "unmerge";
  reviewer: string | null;
  note: string | null;
  at: string;
}

export type ReviewAction = "confirm" | "reject" | "correct";

export interface EventCorrection {
  kind?: EventKind;
  /** The codes of the corrected kind; the caller derives them from the knowledge base. */
  codes?: RecordEvent["codes"];
  source?: string[];
  target?: string[];
  date?: IsoDate | null;
  /** A corrected factuality; give the codes it implies too (an intended event is PLOVER AGREE). */
  factuality?: Factuality;
  /** Where it happened, or null for nowhere known. */
  location?: RecordEvent["location"];
}

export interface EventReviewRequest {
  action: ReviewAction;
  /** Required for "correct", ignored otherwise. */
  correction?: EventCorrection;
  reviewer?: string | null;
  note?: string | null;
}

export type EventSnapshot = Pick<RecordEvent, "kind" | "source" | "target" | "date" | "codes"> &
  Partial<Pick<RecordEvent, "factuality" | "location">> & {
    review: ReviewStatus;
  };

/** One entry of the store's audit log: a review, with what it was about. */
export interface ReviewLogEntry extends EventReviewEntry {
  documentId: number;
  documentTitle: string | null;
}

export interface EventReviewEntry {
  id: number;
  eventId: number;
  action: ReviewAction;
  reviewer: string | null;
  note: string | null;
  before: EventSnapshot;
  after: EventSnapshot;
  reviewedAt: string;
}
