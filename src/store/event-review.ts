// Review of extracted events: confirm, reject, or correct kind, codes, parties and date. A correction updates
// the event row itself, so every query and export returns the corrected value with no special case; the
// value as extracted is kept twice: in the audit log's first `before`, and verbatim in documents.record.
import { type Kysely, type Migration, sql } from "kysely";
import { dateBounds } from "../record/iso-date.ts";
import type { Database } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";
import { selectEvents } from "./event-queries.ts";
import type {
  EventCorrection,
  EventReviewEntry,
  EventReviewRequest,
  EventSnapshot,
  Page,
  ReviewAction,
  ReviewLogEntry,
  ReviewStatus,
  StoredEvent,
} from "./store.ts";

interface EventReviewsTable {
  id: import("kysely").Generated<number>;
  event_id: number;
  action: string;
  reviewer: string | null;
  note: string | null;
  before: string;
  after: string;
  reviewed_at: string;
}

type ReviewDatabase = Database & { event_reviews: EventReviewsTable };

const STATUS_AFTER: Record<ReviewAction, ReviewStatus> = {
  confirm: "confirmed",
  reject: "rejected",
  correct: "corrected",
};

export function eventReviewMigration(dialect: DialectOverrides): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("event_reviews")
        .addColumn("id", dialect.autoIdType, dialect.autoId)
        .addColumn("event_id", "integer", (column) => column.notNull().references("events.id").onDelete("cascade"))
        .addColumn("action", "text", (column) =>
          column.notNull().check(sql`action in ('confirm', 'reject', 'correct')`),
        )
        .addColumn("reviewer", "text")
        .addColumn("note", "text")
        .addColumn("before", "text", (column) => column.notNull())
        .addColumn("after", "text", (column) => column.notNull())
        .addColumn("reviewed_at", "text", (column) => column.notNull())
        .execute();
      await db.schema.createIndex("event_reviews_event").on("event_reviews").column("event_id").execute();
      await db.schema.createIndex("events_review").on("events").column("review").execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropIndex("events_review").ifExists().execute();
      await db.schema.dropTable("event_reviews").ifExists().execute();
    },
  };
}

export async function getEventIn(db: Kysely<Database>, id: number): Promise<StoredEvent | null> {
  const [event] = await selectEvents(db, (eb) => eb("events.id", "=", id), {});
  return event ?? null;
}

function snapshot(event: StoredEvent): EventSnapshot {
  const { kind, source, target, date, codes, review, factuality, location } = event;
  return { kind, source, target, date, codes, review, factuality, location };
}

function checkCorrection(id: number, correction: EventCorrection | undefined): EventCorrection {
  if (!correction || Object.values(correction).every((value) => value === undefined)) {
    throw new RangeError(`review of event ${id}: "correct" needs at least one of kind, source, target, date`);
  }
  if (correction.kind && !correction.codes) {
    throw new RangeError(`review of event ${id}: a corrected kind needs its codes (plover, cameo)`);
  }
  for (const role of ["source", "target"] as const) {
    if (correction[role] && correction[role].length === 0) {
      throw new RangeError(`review of event ${id}: corrected ${role} must name at least one actor`);
    }
  }
  if (correction.date) dateBounds(correction.date); // throws a RangeError naming the bad date
  if (correction.location && !correction.location.name.trim()) {
    throw new RangeError(`event ${id}: a corrected place needs a name (or null for no place)`);
  }
  return correction;
}

/** Applies one review in one transaction; null when there is no such event. Throws RangeError on a bad correction. */
export async function reviewEventIn(
  db: Kysely<Database>,
  id: number,
  request: EventReviewRequest,
): Promise<StoredEvent | null> {
  const correction = request.action === "correct" ? checkCorrection(id, request.correction) : {};
  return db.transaction().execute(async (trx) => {
    const before = await getEventIn(trx, id);
    if (!before) return null;
    const bounds = correction.date ? dateBounds(correction.date) : { first: null, last: null };
    await trx
      .updateTable("events")
      .set({
        review: STATUS_AFTER[request.action],
        ...(correction.kind ? { kind: correction.kind } : {}),
        ...(correction.codes ? { plover: correction.codes.plover, cameo: correction.codes.cameo } : {}),
        ...(correction.date !== undefined
          ? { date: correction.date, date_start: bounds.first, date_end: bounds.last }
          : {}),
        ...(correction.factuality ? { factuality: correction.factuality } : {}),
        ...(correction.location !== undefined
          ? { location_name: correction.location?.name ?? null, location_country: correction.location?.country ?? null }
          : {}),
      })
      .where("id", "=", id)
      .execute();
    for (const role of ["source", "target"] as const) {
      const actors = correction[role];
      if (!actors) continue;
      await trx.deleteFrom("event_actors").where("event_id", "=", id).where("role", "=", role).execute();
      await trx
        .insertInto("event_actors")
        .values(actors.map((actor, position) => ({ event_id: id, actor, role, position })))
        .execute();
    }
    const after = (await getEventIn(trx, id)) as StoredEvent;
    await (trx as unknown as Kysely<ReviewDatabase>)
      .insertInto("event_reviews")
      .values({
        event_id: id,
        action: request.action,
        reviewer: request.reviewer ?? null,
        note: request.note ?? null,
        before: JSON.stringify(snapshot(before)),
        after: JSON.stringify(snapshot(after)),
        reviewed_at: new Date().toISOString(),
      })
      .execute();
    return after;
  });
}

/** Every review in the store, newest first, with the event's document (for the store-wide audit view). */
export async function reviewLogIn(
  db: Kysely<Database>,
  page: { limit?: number; offset?: number; reviewer?: string },
): Promise<Page<ReviewLogEntry>> {
  const reviews = db as unknown as Kysely<ReviewDatabase>;
  let base = reviews.selectFrom("event_reviews").innerJoin("events", "events.id", "event_reviews.event_id");
  if (page.reviewer) base = base.where("event_reviews.reviewer", "=", page.reviewer);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow(),
    base
      .innerJoin("documents", "documents.id", "events.document_id")
      .selectAll("event_reviews")
      .select(["events.document_id", "documents.title"])
      .orderBy("event_reviews.id", "desc")
      .limit(page.limit ?? 100)
      .offset(page.offset ?? 0)
      .execute(),
  ]);
  return {
    total: Number(count.total),
    items: rows.map((row) => ({
      ...entryOf(row),
      documentId: row.document_id,
      documentTitle: row.title,
    })),
  };
}

function entryOf(row: Omit<EventReviewsTable, "id"> & { id: number }): EventReviewEntry {
  return {
    id: row.id,
    eventId: row.event_id,
    action: row.action as ReviewAction,
    reviewer: row.reviewer,
    note: row.note,
    before: JSON.parse(row.before) as EventSnapshot,
    after: JSON.parse(row.after) as EventSnapshot,
    reviewedAt: row.reviewed_at,
  };
}

/** The audit log of one event, oldest first. */
export async function eventReviewsIn(db: Kysely<Database>, id: number): Promise<EventReviewEntry[]> {
  const rows = await (db as unknown as Kysely<ReviewDatabase>)
    .selectFrom("event_reviews")
    .selectAll()
    .where("event_id", "=", id)
    .orderBy("id")
    .execute();
  return rows.map(entryOf);
}
