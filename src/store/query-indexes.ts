// What keeps the read queries indexed at 100k+ events (migration 0006), kept in step by triggers, so that no
// writer (save, review, merge, near-duplicate removal) has to remember them:
// - event_pairs: each event's (source, target) actor pairs, in both directions. A pair filter is then one index
//   range instead of intersecting two actors' event lists, which grows with each actor's events.
// - event_places: every distinct event location name. A place filter matches the (few) names by substring,
//   then finds their events through an index, instead of matching every event's name.
// - events_date_order: events in the order queries list them (undated last), merged reports left out, so a
//   page of events is read off the index instead of sorting all matches.
import { type Kysely, type Migration, type RawBuilder, sql } from "kysely";
import type { Database } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";

interface EventPairsTable {
  actor: string;
  other: string;
  event_id: number;
}

interface EventPlacesTable {
  name: string;
}

export type IndexedDatabase = Database & { event_pairs: EventPairsTable; event_places: EventPlacesTable };

/** Both directions of every source–target pair of one event; `event` is the trigger row's event id. */
function eventPairsOf(event: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`select s.actor, t.actor, s.event_id from event_actors s
      join event_actors t on t.event_id = s.event_id and t.role = 'target'
      where s.event_id = ${event} and s.role = 'source'
    union
    select t.actor, s.actor, s.event_id from event_actors s
      join event_actors t on t.event_id = s.event_id and t.role = 'target'
      where s.event_id = ${event} and s.role = 'source'`;
}

// An event's pairs are recomputed whenever one of its actor rows comes or goes (reviews replace a role's
// actors; deleting an event cascades to its actors). No foreign key: a cascade may delete the event before
// its actors, and the last actor's trigger then leaves no pairs behind.
const TRIGGERS: Record<DialectOverrides["name"], { create: RawBuilder<unknown>[]; drop: RawBuilder<unknown>[] }> = {
  sqlite: {
    create: [
      ...(["insert", "delete"] as const).map((operation) => {
        const row = sql.raw(operation === "insert" ? "new" : "old");
        return sql`create trigger ${sql.raw(`event_actors_pairs_${operation}`)} after ${sql.raw(operation)} on event_actors
          begin
            delete from event_pairs where event_id = ${row}.event_id;
            insert into event_pairs (actor, other, event_id) ${eventPairsOf(sql`${row}.event_id`)};
          end`;
      }),
      ...(["insert", "update of location_name"] as const).map(
        (operation) =>
          sql`create trigger ${sql.raw(`events_places_${operation.split(" ")[0]}`)} after ${sql.raw(operation)} on events
            when new.location_name is not null
            begin insert or ignore into event_places (name) values (new.location_name); end`,
      ),
    ],
    drop: [
      "event_actors_pairs_insert",
      "event_actors_pairs_delete",
      "events_places_insert",
      "events_places_update",
    ].map((name) => sql`drop trigger if exists ${sql.raw(name)}`),
  },
  postgres: {
    create: [
      sql`create or replace function event_pairs_refresh() returns trigger language plpgsql as $$
        declare changed integer;
        begin
          if tg_op = 'DELETE' then changed := old.event_id; else changed := new.event_id; end if;
          delete from event_pairs where event_id = changed;
          insert into event_pairs (actor, other, event_id) ${eventPairsOf(sql.raw("changed"))};
          return null;
        end $$`,
      sql`create trigger event_actors_pairs after insert or delete on event_actors
        for each row execute function event_pairs_refresh()`,
      sql`create or replace function event_places_add() returns trigger language plpgsql as $$
        begin
          if new.location_name is not null then
            insert into event_places (name) values (new.location_name) on conflict do nothing;
          end if;
          return null;
        end $$`,
      sql`create trigger events_places after insert or update of location_name on events
        for each row execute function event_places_add()`,
    ],
    drop: [
      sql`drop trigger if exists event_actors_pairs on event_actors`,
      sql`drop trigger if exists events_places on events`,
      sql`drop function if exists event_pairs_refresh`,
      sql`drop function if exists event_places_add`,
    ],
  },
};

export function queryIndexesMigration(dialect: DialectOverrides): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("event_pairs")
        .addColumn("actor", "text", (column) => column.notNull())
        .addColumn("other", "text", (column) => column.notNull())
        .addColumn("event_id", "integer", (column) => column.notNull())
        .addPrimaryKeyConstraint("event_pairs_key", ["actor", "other", "event_id"])
        .execute();
      await db.schema.createIndex("event_pairs_event").on("event_pairs").column("event_id").execute();
      await sql`insert into event_pairs (actor, other, event_id)
        select s.actor, t.actor, s.event_id from event_actors s
          join event_actors t on t.event_id = s.event_id and t.role = 'target' where s.role = 'source'
        union
        select t.actor, s.actor, s.event_id from event_actors s
          join event_actors t on t.event_id = s.event_id and t.role = 'target' where s.role = 'source'`.execute(db);

      await db.schema
        .createTable("event_places")
        .addColumn("name", "text", (column) => column.primaryKey())
        .execute();
      await sql`insert into event_places (name)
        select distinct location_name from events where location_name is not null`.execute(db);
      await db.schema.createIndex("events_location_name").on("events").column("location_name").execute();
      await db.schema.createIndex("events_location_country").on("events").column("location_country").execute();

      // Nearly every event has no cluster, so an index on all of cluster_id makes "cluster_id is null" look
      // selective to SQLite's planner, which then reads every event through it; only the merged reports need one.
      await db.schema.dropIndex("events_cluster").execute();
      await sql`create index events_cluster on events (cluster_id) where cluster_id is not null`.execute(db);
      // The same expression as the queries' ORDER BY (selectEvents in event-queries.ts), which both dialects
      // then read in index order.
      await sql`create index events_date_order on events ((date is null), date, id) where cluster_id is null`.execute(
        db,
      );
      for (const statement of TRIGGERS[dialect.name].create) await statement.execute(db);
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      for (const statement of TRIGGERS[dialect.name].drop) await statement.execute(db);
      for (const index of ["events_date_order", "events_location_name", "events_location_country", "events_cluster"]) {
        await db.schema.dropIndex(index).ifExists().execute();
      }
      await db.schema.createIndex("events_cluster").on("events").column("cluster_id").execute();
      await db.schema.dropTable("event_places").ifExists().execute();
      await db.schema.dropTable("event_pairs").ifExists().execute();
    },
  };
}

/**
 * Migration 0007: kind and date range, the filter the API serves most, covered with the date the list order
 * needs, so that picking a page's ids reads no event rows. Drops the date index that SQLite's planner preferred
 * to events_date_order, although through it every row must be read to leave merged reports out. (A place filter
 * is an OR of name and country; SQLite reads rows for an OR anyway, so 0006's plain indexes serve it.)
 */
export const coveringIndexesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
  async up(db: Kysely<any>) {
    await db.schema.dropIndex("events_date").execute();
    await sql`create index events_kind_range on events (kind, date_start, date_end, date) where cluster_id is null`.execute(
      db,
    );
  },
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  async down(db: Kysely<any>) {
    await db.schema.dropIndex("events_kind_range").ifExists().execute();
    await db.schema.createIndex("events_date").on("events").column("date").execute();
  },
};
