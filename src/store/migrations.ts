// The schema, as an ordered list of migrations shared by both dialects. Add new migrations at the end;
// never edit one that has shipped.
import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";
import type { DialectOverrides } from "./dialect-overrides.ts";
import { documentSearchMigration } from "./document-search.ts";
import { mergedEventsMigration } from "./event-merging.ts";
import { eventReviewMigration } from "./event-review.ts";
import { nearDuplicatesMigration } from "./near-duplicates.ts";
import { placeIdsMigration } from "./place-ids.ts";
import { coveringIndexesMigration, queryIndexesMigration } from "./query-indexes.ts";

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
type AnyDatabase = Kysely<any>;

// Long by design: the first schema as shipped; a migration never changes once released, so it stays one block.
function initialSchema(dialect: DialectOverrides): Migration {
  return {
    async up(db: AnyDatabase) {
      await db.schema
        .createTable("documents")
        .addColumn("id", dialect.autoIdType, dialect.autoId)
        .addColumn("content_hash", "text", (column) => column.notNull().unique())
        .addColumn("input", "text", (column) => column.notNull())
        .addColumn("title", "text")
        .addColumn("published", "text")
        .addColumn("source", "text")
        .addColumn("url", "text")
        .addColumn("language", "text")
        .addColumn("text", "text", (column) => column.notNull())
        .addColumn("record", "text", (column) => column.notNull())
        .addColumn("ingested_at", "text", (column) => column.notNull())
        .execute();

      await db.schema
        .createTable("entities")
        .addColumn("id", "text", (column) => column.primaryKey())
        .addColumn("kind", "text", (column) => column.notNull())
        .addColumn("name", "text", (column) => column.notNull())
        .addColumn("country", "text")
        .addColumn("role", "text")
        .addColumn("aliases", "text")
        .addColumn("lat", "double precision")
        .addColumn("lon", "double precision")
        .execute();
      await db.schema.createIndex("entities_kind").on("entities").column("kind").execute();

      await db.schema
        .createTable("mentions")
        .addColumn("document_id", "integer", (column) =>
          column.notNull().references("documents.id").onDelete("cascade"),
        )
        .addColumn("entity_id", "text", (column) => column.notNull())
        .addColumn("start", "integer", (column) => column.notNull())
        .addColumn("end", "integer", (column) => column.notNull())
        .execute();
      await db.schema.createIndex("mentions_document").on("mentions").column("document_id").execute();
      await db.schema.createIndex("mentions_entity").on("mentions").column("entity_id").execute();

      await db.schema
        .createTable("events")
        .addColumn("id", dialect.autoIdType, dialect.autoId)
        .addColumn("document_id", "integer", (column) =>
          column.notNull().references("documents.id").onDelete("cascade"),
        )
        .addColumn("kind", "text", (column) => column.notNull())
        .addColumn("date", "text")
        .addColumn("date_start", "text")
        .addColumn("date_end", "text")
        .addColumn("factuality", "text", (column) => column.notNull())
        .addColumn("location_name", "text")
        .addColumn("location_country", "text")
        .addColumn("plover", "text", (column) => column.notNull())
        .addColumn("cameo", "text", (column) => column.notNull())
        .addColumn("evidence_start", "integer", (column) => column.notNull())
        .addColumn("evidence_end", "integer", (column) => column.notNull())
        .addColumn("evidence_text", "text", (column) => column.notNull())
        .addColumn("attributed_to", "text")
        .addColumn("confidence", "double precision", (column) => column.notNull())
        .addColumn("review", "text", (column) => column.notNull().defaultTo("unreviewed"))
        .addColumn("cluster_id", "integer")
        .addColumn("correction", "text")
        .execute();
      await db.schema.createIndex("events_document").on("events").column("document_id").execute();
      await db.schema.createIndex("events_kind_date").on("events").columns(["kind", "date"]).execute();
      await db.schema.createIndex("events_date_range").on("events").columns(["date_start", "date_end"]).execute();
      await db.schema.createIndex("events_date").on("events").column("date").execute();
      await db.schema.createIndex("events_cluster").on("events").column("cluster_id").execute();

      await db.schema
        .createTable("event_actors")
        .addColumn("event_id", "integer", (column) => column.notNull().references("events.id").onDelete("cascade"))
        .addColumn("actor", "text", (column) => column.notNull())
        .addColumn("role", "text", (column) => column.notNull().check(sqlRoleCheck))
        .addColumn("position", "integer", (column) => column.notNull())
        .execute();
      // (actor, event_id) serves both one-actor queries and the pair join (two lookups on this index).
      await db.schema.createIndex("event_actors_actor").on("event_actors").columns(["actor", "event_id"]).execute();
      await db.schema.createIndex("event_actors_event").on("event_actors").column("event_id").execute();

      await db.schema
        .createTable("relations")
        .addColumn("id", dialect.autoIdType, dialect.autoId)
        .addColumn("document_id", "integer", (column) =>
          column.notNull().references("documents.id").onDelete("cascade"),
        )
        .addColumn("kind", "text", (column) => column.notNull())
        .addColumn("label", "text")
        .addColumn("since", "text")
        .addColumn("since_start", "text")
        .addColumn("since_end", "text")
        .addColumn("evidence_start", "integer")
        .addColumn("evidence_end", "integer")
        .addColumn("evidence_text", "text")
        .execute();
      await db.schema.createIndex("relations_document").on("relations").column("document_id").execute();
      await db.schema.createIndex("relations_kind").on("relations").column("kind").execute();

      await db.schema
        .createTable("relation_parties")
        .addColumn("relation_id", "integer", (column) =>
          column.notNull().references("relations.id").onDelete("cascade"),
        )
        .addColumn("party", "text", (column) => column.notNull())
        .addColumn("position", "integer", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("relation_parties_party")
        .on("relation_parties")
        .columns(["party", "relation_id"])
        .execute();
      await db.schema.createIndex("relation_parties_relation").on("relation_parties").column("relation_id").execute();

      await db.schema
        .createTable("quotes")
        .addColumn("id", dialect.autoIdType, dialect.autoId)
        .addColumn("document_id", "integer", (column) =>
          column.notNull().references("documents.id").onDelete("cascade"),
        )
        .addColumn("speaker", "text")
        .addColumn("text", "text", (column) => column.notNull())
        .addColumn("evidence_start", "integer", (column) => column.notNull())
        .addColumn("evidence_end", "integer", (column) => column.notNull())
        .addColumn("evidence_text", "text", (column) => column.notNull())
        .execute();
      await db.schema.createIndex("quotes_document").on("quotes").column("document_id").execute();
      await db.schema.createIndex("quotes_speaker").on("quotes").column("speaker").execute();
    },
    async down(db: AnyDatabase) {
      for (const table of [
        "quotes",
        "relation_parties",
        "relations",
        "event_actors",
        "events",
        "mentions",
        "entities",
        "documents",
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}

const sqlRoleCheck = sql`role in ('source', 'target')`;

/**
 * The place of each event and relation within its article's record. Saving then inserts all of an article's
 * events in one statement and finds their ids by (document, ordinal), instead of one round trip per event.
 */
const recordOrdinals: Migration = {
  async up(db: AnyDatabase) {
    await db.schema.alterTable("events").addColumn("ordinal", "integer").execute();
    await db.schema.alterTable("relations").addColumn("ordinal", "integer").execute();
  },
  async down(db: AnyDatabase) {
    await db.schema.alterTable("events").dropColumn("ordinal").execute();
    await db.schema.alterTable("relations").dropColumn("ordinal").execute();
  },
};

/** Migrations in order; names sort in that order, as kysely's Migrator requires. */
export function migrationProvider(dialect: DialectOverrides): MigrationProvider {
  return {
    async getMigrations() {
      return {
        "0001-initial-schema": initialSchema(dialect),
        "0002-event-reviews": eventReviewMigration(dialect),
        "0003-record-ordinals": recordOrdinals,
        "0004-near-duplicates": nearDuplicatesMigration,
        "0005-merged-events": mergedEventsMigration(dialect),
        "0006-query-indexes": queryIndexesMigration(dialect),
        "0007-covering-indexes": coveringIndexesMigration,
        "0008-document-search": documentSearchMigration(dialect),
        "0009-place-ids": placeIdsMigration,
      };
    },
  };
}
