// One event, many reports: when an article reports an event that another article already reported, or that
// it reported itself a sentence earlier (the headline and the body), with the same kind, parties and factuality,
// dates within two days at compatible precision and a compatible place, its event row joins that event's cluster: events.cluster_id names the cluster's first report, which represents it.
// Queries show representatives only (cluster_id is null), each with all its reports (event-reports.ts).
// Unmerge, through review, takes a report out of its cluster for good (merge_blocked).
import { type Kysely, type Migration, sql, type Transaction } from "kysely";
import { type EventKind, SYMMETRIC_KINDS } from "../record/record.ts";
import { lockKey, lockKeys } from "./advisory-locks.ts";
import type { Database, EventsTable } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";
import { getEventIn } from "./event-review.ts";
import type { EventMergeEntry, StoredEvent } from "./store.ts";

/** Days two day-precise dates of one event may lie apart (reports date an event by when they learnt of it). */
export const MERGE_WINDOW_DAYS = 2;
const CANDIDATES_PER_REPORT = 100;

interface EventMergesTable {
  id: import("kysely").Generated<number>;
  event_id: number;
  cluster_id: number;
  action: "merge" | "unmerge";
  reviewer: string | null;
  note: string | null;
  at: string;
}

export type MergeDatabase = Omit<Database, "events"> & {
  events: EventsTable & { merge_blocked: import("kysely").Generated<number> };
  event_merges: EventMergesTable;
};

export function mergedEventsMigration(dialect: DialectOverrides): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable("events")
        .addColumn("merge_blocked", "integer", (column) => column.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex("events_kind_date_start").on("events").columns(["kind", "date_start"]).execute();
      await db.schema
        .createTable("event_merges")
        .addColumn("id", dialect.autoIdType, dialect.autoId)
        .addColumn("event_id", "integer", (column) => column.notNull().references("events.id").onDelete("cascade"))
        .addColumn("cluster_id", "integer", (column) => column.notNull())
        .addColumn("action", "text", (column) => column.notNull().check(sql`action in ('merge', 'unmerge')`))
        .addColumn("reviewer", "text")
        .addColumn("note", "text")
        .addColumn("at", "text", (column) => column.notNull())
        .execute();
      await db.schema.createIndex("event_merges_event").on("event_merges").column("event_id").execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropTable("event_merges").ifExists().execute();
      await db.schema.dropIndex("events_kind_date_start").ifExists().execute();
      await db.schema.alterTable("events").dropColumn("merge_blocked").execute();
    },
  };
}

interface Report {
  id: number;
  kind: string;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  factuality: string;
  location_name: string | null;
  location_country: string | null;
  source: string[];
  target: string[];
}

/** Joins each event of the just-stored document to an earlier report of the same event, where there is one. */
export async function mergeDocumentEvents(
  trx: Transaction<Database>,
  dialect: DialectOverrides,
  documentId: number,
): Promise<void> {
  const db = trx as unknown as Kysely<MergeDatabase>;
  const own = await db.selectFrom("events").select(REPORT_COLUMNS).where("document_id", "=", documentId).execute();
  const reports = (await withActors(db, own)).filter(
    (report) => report.date_start !== null && report.source.length > 0 && report.target.length > 0,
  );
  if (reports.length === 0) return;
  await lockKeys(db as Kysely<unknown>, dialect, reports.map(clusterLockKey));
  for (const report of reports) {
    const rows = await db
      .selectFrom("events")
      .select(REPORT_COLUMNS)
      .where("kind", "=", report.kind)
      .where("factuality", "=", report.factuality)
      .where("cluster_id", "is", null)
      .where("merge_blocked", "=", 0)
      .where("review", "!=", "rejected")
      // an earlier report: another article's, or one of this article's own before it (headline, then body)
      .where((eb) => eb.or([eb("document_id", "!=", documentId), eb("id", "<", report.id)]))
      .where("date_start", "<=", shiftDays(report.date_end as string, MERGE_WINDOW_DAYS))
      .where("date_end", ">=", shiftDays(report.date_start as string, -MERGE_WINDOW_DAYS))
      .where("id", "in", (eb) => eb.selectFrom("event_actors").select("event_id").where("actor", "=", report.source[0]))
      .orderBy("id")
      .limit(CANDIDATES_PER_REPORT)
      .execute();
    const match = (await withActors(db, rows)).find((candidate) => sameEvent(report, candidate));
    if (!match) continue;
    await db.updateTable("events").set({ cluster_id: match.id }).where("id", "=", report.id).execute();
    await db
      .insertInto("event_merges")
      .values({
        event_id: report.id,
        cluster_id: match.id,
        action: "merge",
        reviewer: null,
        note: null,
        at: new Date().toISOString(),
      })
      .execute();
  }
}

const REPORT_COLUMNS = [
  "id",
  "kind",
  "date",
  "date_start",
  "date_end",
  "factuality",
  "location_name",
  "location_country",
] as const;

async function withActors(db: Kysely<MergeDatabase>, rows: Omit<Report, "source" | "target">[]): Promise<Report[]> {
  if (rows.length === 0) return [];
  const actors = await db
    .selectFrom("event_actors")
    .select(["event_id", "actor", "role"])
    .where(
      "event_id",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("position")
    .execute();
  const reports = new Map(rows.map((row) => [row.id, { ...row, source: [] as string[], target: [] as string[] }]));
  for (const actor of actors) reports.get(actor.event_id)?.[actor.role].push(actor.actor);
  return [...reports.values()];
}

/** Same parties (either way round for symmetric kinds), compatible dates and a compatible place. */
export function sameEvent(a: Report, b: Report): boolean {
  const direct = sameSet(a.source, b.source) && sameSet(a.target, b.target);
  const swapped =
    SYMMETRIC_KINDS.has(a.kind as EventKind) && sameSet(a.source, b.target) && sameSet(a.target, b.source);
  return (direct || swapped) && compatibleDates(a.date, b.date) && compatiblePlaces(a, b);
}

/**
 * Two days apart at most when both are days; a day within a month, or the same month; the same year when both
 * give only a year. A year-only date says too little to join it to a dated report.
 */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [finer, coarser] = a.length >= b.length ? [a, b] : [b, a];
  if (coarser.length === 4) return finer.length === 4 && finer === coarser;
  if (finer.length === 10 && coarser.length === 10) {
    return Math.abs(Date.parse(finer) - Date.parse(coarser)) <= MERGE_WINDOW_DAYS * 86_400_000;
  }
  return finer.startsWith(coarser);
}

/** An unnamed place fits any; named places must share their country, or their name when a country is unknown. */
function compatiblePlaces(a: Report, b: Report): boolean {
  if (a.location_name === null || b.location_name === null) return true;
  if (a.location_country !== null && b.location_country !== null) return a.location_country === b.location_country;
  return a.location_name.toLowerCase() === b.location_name.toLowerCase();
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** Reports that could be one event share this key (symmetric or not), so they never merge concurrently unseen. */
function clusterLockKey(report: Report): number {
  return lockKey("event-cluster", `${report.kind}:${[...report.source, ...report.target].sort().join(",")}`);
}

function shiftDays(isoDay: string, days: number): string {
  return new Date(Date.parse(isoDay) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Takes a report out of its event: a merged report stands alone again; a cluster's representative leaves, and
 * its next report represents the rest. The report is never merged again. Null when there is no such event;
 * RangeError when it is not merged with any other report.
 */
export async function unmergeEventIn(
  db: Kysely<Database>,
  id: number,
  request: { reviewer?: string | null; note?: string | null } = {},
): Promise<StoredEvent | null> {
  return db.transaction().execute(async (trx) => {
    const merge = trx as unknown as Kysely<MergeDatabase>;
    const event = await merge.selectFrom("events").select(["id", "cluster_id"]).where("id", "=", id).executeTakeFirst();
    if (!event) return null;
    let clusterId = event.cluster_id;
    if (clusterId === null) {
      const members = await merge
        .selectFrom("events")
        .select("id")
        .where("cluster_id", "=", id)
        .orderBy("id")
        .execute();
      if (members.length === 0) throw new RangeError(`event ${id} is not merged with any other report`);
      const [next] = members;
      await merge.updateTable("events").set({ cluster_id: null }).where("id", "=", next.id).execute();
      await merge.updateTable("events").set({ cluster_id: next.id }).where("cluster_id", "=", id).execute();
      clusterId = next.id;
    }
    await merge.updateTable("events").set({ cluster_id: null, merge_blocked: 1 }).where("id", "=", id).execute();
    await merge
      .insertInto("event_merges")
      .values({
        event_id: id,
        cluster_id: clusterId,
        action: "unmerge",
        reviewer: request.reviewer ?? null,
        note: request.note ?? null,
        at: new Date().toISOString(),
      })
      .execute();
    return getEventIn(trx, id);
  });
}

/** An event's merge log (automatic merges and unmerges by review), oldest first. */
export async function eventMergesIn(db: Kysely<Database>, id: number): Promise<EventMergeEntry[]> {
  const rows = await (db as unknown as Kysely<MergeDatabase>)
    .selectFrom("event_merges")
    .selectAll()
    .where("event_id", "=", id)
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    eventId: row.event_id,
    clusterId: row.cluster_id,
    action: row.action,
    reviewer: row.reviewer,
    note: row.note,
    at: row.at,
  }));
}
