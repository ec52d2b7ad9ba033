// A pair's timeline: its events and relations merged in date order, with the joins and memberships that the
// pair's own articles report.
import type { Kysely } from "kysely";
import type { Database } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";
import { eventCondition, joinsInDocumentsCondition, pairCondition, selectEvents } from "./event-queries.ts";
import { selectRelations } from "./relation-queries.ts";
import type { Store, TimelineEntry } from "./store.ts";

type TimelineOptions = NonNullable<Parameters<Store["timeline"]>[2]>;

export async function pairTimeline(
  db: Kysely<Database>,
  dialect: DialectOverrides,
  a: string,
  b: string,
  options: TimelineOptions = {},
): Promise<TimelineEntry[]> {
  const { from, to, factuality, review } = options;
  const pair: [string, string] = [a, b];
  const [pairEvents, pairRelations] = await Promise.all([
    selectEvents(
      db,
      (eb) => eb.and([pairCondition(eb, pair), eventCondition(eb, { from, to, factuality, review }, dialect)]),
      {},
    ),
    selectRelations(db, { pair, from, to }, {}),
  ]);
  // An article about the pair often dates a step that runs through an organisation ("Syria joined China's
  // Belt and Road Initiative"): joins and memberships of either party reported in the pair's own articles
  // belong on its timeline; the same step reported elsewhere does not.
  const pairDocuments = await documentsReportingPair(db, pair);
  const [joins, memberships] = await Promise.all([
    selectEvents(
      db,
      (eb) =>
        eb.and([
          joinsInDocumentsCondition(eb, pair, pairDocuments),
          eventCondition(eb, { from, to, factuality, review }, dialect),
        ]),
      {},
    ),
    Promise.all(
      pair.map((actor) =>
        selectRelations(db, { actor, kind: ["membership"], from, to, documentIds: pairDocuments }, {}),
      ),
    ),
  ]);

  const pairEventIds = new Set(pairEvents.map((event) => event.id));
  const context = joins.filter((event) => !pairEventIds.has(event.id));
  const relations = uniqueById([...pairRelations, ...memberships.flat()]);
  const entries: TimelineEntry[] = [
    ...pairEvents.map((event): TimelineEntry => ({ type: "event", date: event.date, event })),
    ...context.map((event): TimelineEntry => ({ type: "event", date: event.date, event, context: true })),
    ...relations.map((relation): TimelineEntry => ({ type: "relation", date: relation.since, relation })),
  ];
  return entries.sort(compareTimelineEntries);
}

/** Articles that report an event or a relation between the pair. */
async function documentsReportingPair(db: Kysely<Database>, pair: [string, string]): Promise<number[]> {
  const [fromEvents, fromRelations] = await Promise.all([
    db
      .selectFrom("events")
      .select("document_id")
      .distinct()
      .where((eb) => pairCondition(eb, pair))
      .execute(),
    db
      .selectFrom("relations")
      .select("document_id")
      .distinct()
      .where((eb) =>
        eb.and(
          pair.map((party) =>
            eb(
              "id",
              "in",
              eb.selectFrom("relation_parties").select("relation_id").where("relation_parties.party", "=", party),
            ),
          ),
        ),
      )
      .execute(),
  ]);
  return [...new Set([...fromEvents, ...fromRelations].map((row) => row.document_id))];
}
function uniqueById<T extends { id: number }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** Date order, undated last; ISO dates of mixed precision sort correctly as text ("2023" < "2023-01" < "2023-01-05"). */
export function compareTimelineEntries(x: TimelineEntry, y: TimelineEntry): number {
  if (x.date !== y.date) {
    if (x.date === null) return 1;
    if (y.date === null) return -1;
    return x.date < y.date ? -1 : 1;
  }
  if (x.type !== y.type) return x.type === "event" ? -1 : 1;
  const xId = x.type === "event" ? x.event.id : x.relation.id;
  const yId = y.type === "event" ? y.event.id : y.relation.id;
  return xId - yId;
}
