// Reading events back: the filter as one SQL condition, and rows mapped to StoredEvent with their actors.
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from "kysely";
import { dateBounds } from "../record/iso-date.ts";
import type { Database } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";
import { loadEvents } from "./event-rows.ts";
import type { IndexedDatabase } from "./query-indexes.ts";
import type { EventFilter, StoredEvent } from "./store.ts";

type EventsScope = ExpressionBuilder<Database, "events">;

/** Ids of events in which `actor` plays `role` (any role when omitted). */
function eventsWithActor(eb: EventsScope, actor: string, role?: "source" | "target") {
  let query = eb.selectFrom("event_actors").select("event_actors.event_id").where("event_actors.actor", "=", actor);
  if (role) query = query.where("event_actors.role", "=", role);
  return query;
}

/** Join events of either actor (into an organisation) reported in one of `documentIds`. */
export function joinsInDocumentsCondition(
  eb: EventsScope,
  actors: string[],
  documentIds: number[],
): Expression<SqlBool> {
  if (documentIds.length === 0) return eb.lit(false);
  return eb.and([
    eb("events.kind", "=", "join"),
    eb("events.document_id", "in", documentIds),
    eb.or(actors.map((actor) => eb("events.id", "in", eventsWithActor(eb, actor, "source")))),
  ]);
}

/** Events that one party of the pair directs at the other, in either direction (event_pairs, query-indexes.ts). */
export function pairCondition(eb: EventsScope, [a, b]: [string, string]): Expression<SqlBool> {
  const pairs = (eb as unknown as ExpressionBuilder<IndexedDatabase, "events">)
    .selectFrom("event_pairs")
    .select("event_pairs.event_id")
    .where("event_pairs.actor", "=", a)
    .where("event_pairs.other", "=", b);
  return eb("events.id", "in", pairs);
}

/** Places whose name contains `text`, ignoring case: matched among distinct names (event_places), not events. */
function placesContaining(eb: EventsScope, text: string, dialect: DialectOverrides) {
  return (eb as unknown as ExpressionBuilder<IndexedDatabase, "events">)
    .selectFrom("event_places")
    .select("event_places.name")
    .where((places) => dialect.containsIgnoringCase(places.ref("event_places.name"), text));
}

export function eventCondition(eb: EventsScope, filter: EventFilter, dialect: DialectOverrides): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.actor) conditions.push(eb("events.id", "in", eventsWithActor(eb, filter.actor)));
  if (filter.pair) conditions.push(pairCondition(eb, filter.pair));
  if (filter.kind?.length) conditions.push(eb("events.kind", "in", filter.kind));
  if (filter.factuality?.length) conditions.push(eb("events.factuality", "in", filter.factuality));
  if (filter.review?.length) conditions.push(eb("events.review", "in", filter.review));
  if (filter.plover) conditions.push(eb("events.plover", "=", filter.plover));
  if (filter.cameo) conditions.push(eb("events.cameo", "=", filter.cameo));
  // Overlap at each date's own precision: an event of "2023" is within from=2023-06, and one of 2023-09-22
  // is within to=2023-09. Undated events have null bounds and never match a range.
  // No stored date spans more than a year, so an event that ends on or after `from` starts less than a year
  // before it: the redundant bound lets the (kind, date_start) index read a range instead of everything before `to`.
  if (filter.from) {
    const first = dateBounds(filter.from).first;
    conditions.push(eb("events.date_end", ">=", first));
    conditions.push(eb("events.date_start", ">=", yearBefore(first)));
  }
  if (filter.to) conditions.push(eb("events.date_start", "<=", dateBounds(filter.to).last));
  if (filter.place) {
    conditions.push(
      eb.or([
        eb("events.location_name", "in", placesContaining(eb, filter.place, dialect)),
        eb("events.location_country", "=", filter.place),
      ]),
    );
  }
  if (filter.documentId !== undefined) conditions.push(eb("events.document_id", "=", filter.documentId));
  // One event, many reports: a merged report shows within its event, except among its own document's events.
  else conditions.push(eb("events.cluster_id", "is", null));
  return eb.and(conditions);
}

/** Events matching `condition`, in date order (undated last), with their actors and source document. */
export async function selectEvents(
  db: Kysely<Database>,
  condition: (eb: EventsScope) => Expression<SqlBool>,
  page: { limit?: number; offset?: number },
): Promise<StoredEvent[]> {
  // Ids first: the filter and the order are often answered from indexes alone, and an offset then skips index
  // entries rather than whole rows (query-indexes.ts).
  let query = db
    .selectFrom("events")
    .select("events.id")
    .where((eb) => condition(eb as unknown as EventsScope))
    // Undated last, as `(date is null), date, id`: the expression events_date_order indexes.
    .orderBy(sql`"events"."date" is null`)
    .orderBy("events.date")
    .orderBy("events.id");
  if (page.limit !== undefined) query = query.limit(page.limit);
  if (page.offset) query = query.offset(page.offset);
  const rows = await query.execute();
  return loadEvents(
    db,
    rows.map((row) => row.id),
  );
}

export async function countEvents(
  db: Kysely<Database>,
  condition: (eb: EventsScope) => Expression<SqlBool>,
): Promise<number> {
  const row = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll().as("total"))
    .where((eb) => condition(eb))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** The same day a year earlier (YYYY-MM-DD); Feb 29 becomes Feb 28, which is still at least a year earlier. */
function yearBefore(day: string): string {
  const previous = `${String(Number(day.slice(0, 4)) - 1).padStart(4, "0")}${day.slice(4)}`;
  return previous.endsWith("-02-29") ? `${previous.slice(0, -2)}28` : previous;
}
