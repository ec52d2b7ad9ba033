// Writes one article (document, entities, mentions, events, relations, quotes) inside the caller's transaction.
import type { Insertable, Transaction } from "kysely";
import { storedDateBounds } from "../record/iso-date.ts";
import type { RecordEntity } from "../record/record.ts";
import type { Database } from "./database-schema.ts";
import type { ArticleToStore, SaveResult } from "./store.ts";

// Rows per multi-row insert: well under SQLite's bound-parameter limit for every table here.
const ROWS_PER_INSERT = 200;

// Long: one transaction writes the document, entities, mentions, events, relations and quotes in order; the
// steps share the new ids, so they read best together.
export async function saveArticleIn(trx: Transaction<Database>, article: ArticleToStore): Promise<SaveResult> {
  const { record, contentHash, text } = article;
  // ON CONFLICT DO NOTHING rather than check-then-insert: another process may store the same article between
  // our check and our insert; the unique index decides, and the loser simply reports stored: false.
  const inserted = await trx
    .insertInto("documents")
    .values({
      content_hash: contentHash,
      input: record.input,
      title: record.document.title,
      published: record.document.published,
      source: record.document.source ?? null,
      url: record.document.url ?? null,
      language: record.document.language,
      text,
      record: JSON.stringify(record),
      ingested_at: new Date().toISOString(),
    })
    .onConflict((conflict) => conflict.column("content_hash").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted) {
    const existing = await trx
      .selectFrom("documents")
      .select("id")
      .where("content_hash", "=", contentHash)
      .executeTakeFirstOrThrow();
    return { documentId: existing.id, stored: false };
  }
  const documentId = inserted.id;

  await upsertEntities(trx, record.entities);
  await insertInChunks(
    trx,
    "mentions",
    (record.mentions ?? []).map((mention) => ({
      document_id: documentId,
      entity_id: mention.entity,
      start: mention.start,
      end: mention.end,
    })),
  );

  // Each article's events go in with one statement; their ids come back by (document, ordinal).
  await insertInChunks(
    trx,
    "events",
    record.events.map((event, ordinal) => {
      const bounds = storedDateBounds(event.date);
      return {
        document_id: documentId,
        ordinal,
        kind: event.kind,
        date: event.date,
        date_start: bounds.first,
        date_end: bounds.last,
        factuality: event.factuality,
        location_name: event.location?.name ?? null,
        location_country: event.location?.country ?? null,
        plover: event.codes.plover,
        cameo: event.codes.cameo,
        evidence_start: event.evidence.start,
        evidence_end: event.evidence.end,
        evidence_text: event.evidence.text,
        attributed_to: event.attributed_to,
        confidence: event.confidence,
        cluster_id: null,
        correction: null,
      };
    }),
  );
  const eventIds = await idsByOrdinal(trx, "events", documentId, record.events.length);
  await insertInChunks(
    trx,
    "event_actors",
    record.events.flatMap((event, ordinal) => {
      const eventId = eventIds[ordinal];
      return [
        ...event.source.map((actor, position) => ({ event_id: eventId, actor, role: "source" as const, position })),
        ...event.target.map((actor, position) => ({ event_id: eventId, actor, role: "target" as const, position })),
      ];
    }),
  );

  await insertInChunks(
    trx,
    "relations",
    record.relations.map((relation, ordinal) => {
      const bounds = storedDateBounds(relation.since);
      return {
        document_id: documentId,
        ordinal,
        kind: relation.kind,
        label: relation.label ?? null,
        since: relation.since,
        since_start: bounds.first,
        since_end: bounds.last,
        evidence_start: relation.evidence?.start ?? null,
        evidence_end: relation.evidence?.end ?? null,
        evidence_text: relation.evidence?.text ?? null,
      };
    }),
  );
  const relationIds = await idsByOrdinal(trx, "relations", documentId, record.relations.length);
  await insertInChunks(
    trx,
    "relation_parties",
    record.relations.flatMap((relation, ordinal) =>
      relation.parties.map((party, position) => ({ relation_id: relationIds[ordinal], party, position })),
    ),
  );

  await insertInChunks(
    trx,
    "quotes",
    record.quotes.map((quote) => ({
      document_id: documentId,
      speaker: quote.speaker,
      text: quote.text,
      evidence_start: quote.evidence.start,
      evidence_end: quote.evidence.end,
      evidence_text: quote.evidence.text,
    })),
  );
  return { documentId, stored: true };
}

/** Entities are shared across articles: the latest article's description wins. */
async function upsertEntities(trx: Transaction<Database>, entities: RecordEntity[]): Promise<void> {
  // One row per id, in id order, so that concurrent transactions lock shared entity rows in the same order
  // and cannot deadlock.
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const rows = [...byId.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      country: entity.country ?? null,
      role: entity.role ?? null,
      aliases: entity.aliases ? JSON.stringify(entity.aliases) : null,
      lat: entity.lat ?? null,
      lon: entity.lon ?? null,
    }));
  // Insert the new ones and update only those whose description changed. An upsert would lock every row it
  // touches until commit, so every article naming China would wait for every other one being saved: with
  // parallel workers, saves of articles that share a state would run one at a time.
  for (let index = 0; index < rows.length; index += ROWS_PER_INSERT) {
    const chunk = rows.slice(index, index + ROWS_PER_INSERT);
    await trx
      .insertInto("entities")
      .values(chunk)
      .onConflict((conflict) => conflict.column("id").doNothing())
      .execute();
    const stored = await trx
      .selectFrom("entities")
      .selectAll()
      .where(
        "id",
        "in",
        chunk.map((row) => row.id),
      )
      .execute();
    const storedById = new Map(stored.map((row) => [row.id, row]));
    for (const row of chunk) {
      const current = storedById.get(row.id);
      if (!current || sameEntityRow(current, row)) continue;
      const { id, ...description } = row;
      await trx.updateTable("entities").set(description).where("id", "=", id).execute();
    }
  }
}

const DESCRIPTION_COLUMNS = ["kind", "name", "country", "role", "aliases", "lat", "lon"] as const;

function sameEntityRow(stored: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return DESCRIPTION_COLUMNS.every((column) => (stored[column] ?? null) === (wanted[column] ?? null));
}

/** Ids of a document's just-inserted events or relations, indexed by ordinal. */
async function idsByOrdinal(
  trx: Transaction<Database>,
  table: "events" | "relations",
  documentId: number,
  count: number,
): Promise<number[]> {
  if (count === 0) return [];
  const rows = await trx.selectFrom(table).select(["id", "ordinal"]).where("document_id", "=", documentId).execute();
  const ids: number[] = [];
  for (const row of rows) if (row.ordinal !== null) ids[row.ordinal] = row.id;
  return ids;
}

async function insertInChunks<
  Table extends "mentions" | "events" | "event_actors" | "relations" | "relation_parties" | "quotes",
>(trx: Transaction<Database>, table: Table, rows: Insertable<Database[Table]>[]): Promise<void> {
  for (let index = 0; index < rows.length; index += ROWS_PER_INSERT) {
    const chunk = rows.slice(index, index + ROWS_PER_INSERT);
    // kysely cannot relate a generic table name to its row type; the signature above checks the rows.
    await trx
      .insertInto(table)
      .values(chunk as never)
      .execute();
  }
}
