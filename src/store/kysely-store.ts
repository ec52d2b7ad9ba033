// The Store, written once against kysely; the dialect-specific parts come from DialectOverrides.
import { type Kysely, Migrator, sql } from "kysely";
import { isPlaceId } from "../record/actor-id.ts";
import type { ArticleRecord, RecordEntity } from "../record/record.ts";
import type { Database } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";
import { toStoredDocument } from "./document-row.ts";
import { searchDocuments } from "./document-search.ts";
import { eventMergesIn, unmergeEventIn } from "./event-merging.ts";
import { countEvents, eventCondition, selectEvents } from "./event-queries.ts";
import { eventReviewsIn, getEventIn, reviewEventIn, reviewLogIn } from "./event-review.ts";
import { EventTotals } from "./event-totals.ts";
import { linkSavedArticle } from "./link-saved-article.ts";
import { migrationProvider } from "./migrations.ts";
import { duplicateOfDocument, nearDuplicatesOf } from "./near-duplicates.ts";
import { pairTimeline } from "./pair-timeline.ts";
import { countRelations, selectRelations } from "./relation-queries.ts";
import { saveArticleIn } from "./save-article.ts";
import type {
  ArticleToStore,
  DocumentHit,
  DocumentSearch,
  EventFilter,
  EventReviewRequest,
  Page,
  SaveResult,
  Store,
  StoredDocument,
  StoredEvent,
  StoredRelation,
  StoreStats,
  TimelineEntry,
} from "./store.ts";

const DEFAULT_PAGE_SIZE = 100;

export class KyselyStore implements Store {
  private readonly totals: EventTotals;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectOverrides,
  ) {
    this.totals = new EventTotals(db, dialect);
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect) });
    const { error, results } = await this.totals.writing(() => migrator.migrateToLatest());
    if (error) {
      const failed = results?.find((result) => result.status === "Error")?.migrationName;
      throw new Error(`database migration ${failed ?? ""} failed: ${(error as Error).message ?? error}`);
    }
  }

  saveArticle(article: ArticleToStore): Promise<SaveResult> {
    return this.totals.writing(() =>
      this.db
        .transaction()
        .execute(async (trx) => linkSavedArticle(trx, this.dialect, article, await saveArticleIn(trx, article))),
    );
  }

  async hasContentHash(contentHash: string): Promise<boolean> {
    return (await this.findContentHash(contentHash)) !== null;
  }

  async findContentHash(contentHash: string): Promise<number | null> {
    const row = await this.db
      .selectFrom("documents")
      .select("id")
      .where("content_hash", "=", contentHash)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async getDocument(id: number): Promise<(StoredDocument & { text: string; record: ArticleRecord }) | null> {
    const row = await this.db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    return { ...toStoredDocument(row), text: row.text, record: JSON.parse(row.record) as ArticleRecord };
  }

  async listDocuments(options: { search?: string; limit?: number; offset?: number }): Promise<Page<StoredDocument>> {
    const search = options.search;
    const base = this.db
      .selectFrom("documents")
      .where((eb) =>
        search
          ? eb.or([
              this.dialect.containsIgnoringCase(eb.ref("title"), search),
              this.dialect.containsIgnoringCase(eb.ref("input"), search),
            ])
          : eb.and([]),
      );
    const [count, rows] = await Promise.all([
      base.select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow(),
      base
        .select(["id", "content_hash", "input", "title", "published", "source", "url", "language", "ingested_at"])
        // newest first: by publication date (undated last), then by when it was stored
        .orderBy(sql`published is null`)
        .orderBy("published", "desc")
        .orderBy("id", "desc")
        .limit(options.limit ?? DEFAULT_PAGE_SIZE)
        .offset(options.offset ?? 0)
        .execute(),
    ]);
    return { total: Number(count.total), items: rows.map(toStoredDocument) };
  }

  searchDocuments(search: DocumentSearch): Promise<Page<DocumentHit>> {
    return searchDocuments(this.db, this.dialect, search);
  }

  async events(filter: EventFilter): Promise<Page<StoredEvent>> {
    const condition = (eb: Parameters<typeof eventCondition>[0]) => eventCondition(eb, filter, this.dialect);
    const [total, items] = await Promise.all([
      this.totals.total(filter, () => countEvents(this.db, condition)),
      selectEvents(this.db, condition, { limit: filter.limit ?? DEFAULT_PAGE_SIZE, offset: filter.offset }),
    ]);
    return { total, items };
  }

  relationsOf(actor: string): Promise<StoredRelation[]> {
    return selectRelations(this.db, { actor }, {});
  }

  async relations(filter: Parameters<Store["relations"]>[0]): Promise<Page<StoredRelation>> {
    const [total, items] = await Promise.all([
      countRelations(this.db, filter),
      selectRelations(this.db, filter, { limit: filter.limit ?? DEFAULT_PAGE_SIZE, offset: filter.offset }),
    ]);
    return { total, items };
  }

  timeline(a: string, b: string, options: Parameters<Store["timeline"]>[2] = {}): Promise<TimelineEntry[]> {
    return pairTimeline(this.db, this.dialect, a, b, options);
  }

  async entities(options: {
    kind?: RecordEntity["kind"];
    search?: string;
    limit?: number;
    offset?: number;
  }): Promise<Page<RecordEntity>> {
    const { kind, search } = options;
    const base = this.db.selectFrom("entities").where((eb) => {
      const conditions = [];
      if (kind) conditions.push(eb("kind", "=", kind));
      if (search) {
        conditions.push(
          eb.or([
            this.dialect.containsIgnoringCase(eb.ref("name"), search),
            this.dialect.containsIgnoringCase(eb.ref("aliases"), search),
            eb("id", "=", search),
            // a place id from before migration 0009 ("place:tripoli") finds the cities that replaced it
            ...(isPlaceId(search) && /^[a-z0-9:-]+$/.test(search) ? [eb("id", "like", `${search}-___`)] : []),
          ]),
        );
      }
      return eb.and(conditions);
    });
    const [count, rows] = await Promise.all([
      base.select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow(),
      base
        .selectAll()
        .orderBy("id")
        .limit(options.limit ?? DEFAULT_PAGE_SIZE)
        .offset(options.offset ?? 0)
        .execute(),
    ]);
    const items = rows.map(
      (row): RecordEntity => ({
        id: row.id,
        kind: row.kind as RecordEntity["kind"],
        name: row.name,
        country: row.country,
        role: row.role,
        ...(row.aliases === null ? {} : { aliases: JSON.parse(row.aliases) as string[] }),
        ...(row.lat === null ? {} : { lat: Number(row.lat) }),
        ...(row.lon === null ? {} : { lon: Number(row.lon) }),
      }),
    );
    return { total: Number(count.total), items };
  }

  async stats(): Promise<StoreStats> {
    const count = async (table: "documents" | "events" | "relations" | "entities") =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const [documents, events, relations, entities] = await Promise.all([
      count("documents"),
      count("events"),
      count("relations"),
      count("entities"),
    ]);
    return { documents, events, relations, entities };
  }

  getEvent(id: number) {
    return getEventIn(this.db, id);
  }

  reviewEvent(id: number, request: EventReviewRequest) {
    return this.totals.writing(() => reviewEventIn(this.db, id, request));
  }

  eventReviews(id: number) {
    return eventReviewsIn(this.db, id);
  }

  reviewLog(page: { limit?: number; offset?: number; reviewer?: string }) {
    return reviewLogIn(this.db, page);
  }

  unmergeEvent(id: number, request?: { reviewer?: string | null; note?: string | null }) {
    return this.totals.writing(() => unmergeEventIn(this.db, id, request));
  }

  eventMerges(id: number) {
    return eventMergesIn(this.db, id);
  }

  async nearDuplicates(documentId: number) {
    const [duplicateOf, duplicates] = await Promise.all([
      duplicateOfDocument(this.db, documentId),
      nearDuplicatesOf(this.db, documentId),
    ]);
    return { duplicateOf, duplicates };
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
