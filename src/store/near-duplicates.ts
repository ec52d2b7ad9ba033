// Near-duplicate articles: a wire story republished with another headline, byline or boilerplate is stored as
// a document linked to the first copy (documents.duplicate_of) and is not counted again: its record is kept
// verbatim in documents.record, but its events, relations, quotes and mentions are not stored, so every
// query, timeline and export counts the story once, from the first copy.
// Lookup is MinHash LSH: a signature (ingest/near-duplicate-signature.ts) is cut into bands; documents that
// share a band are candidates, and the share of equal signature values decides.
import type { Kysely, Migration, Transaction } from "kysely";
import { lockKey, lockKeys } from "./advisory-locks.ts";
import type { Database, DocumentsTable } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";

const ROWS_PER_BAND = 6;
/** Estimated Jaccard similarity of the bodies' word shingles from which an article is a near-duplicate. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;

interface DocumentBandsTable {
  band: number;
  value: number;
  document_id: number;
}

export type NearDuplicateDatabase = Omit<Database, "documents"> & {
  documents: DocumentsTable & { duplicate_of: number | null; signature: string | null };
  document_bands: DocumentBandsTable;
};

export const nearDuplicatesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
  async up(db: Kysely<any>) {
    await db.schema.alterTable("documents").addColumn("duplicate_of", "integer").execute();
    await db.schema.alterTable("documents").addColumn("signature", "text").execute();
    await db.schema.createIndex("documents_duplicate_of").on("documents").column("duplicate_of").execute();
    await db.schema
      .createTable("document_bands")
      .addColumn("band", "integer", (column) => column.notNull())
      .addColumn("value", "integer", (column) => column.notNull())
      .addColumn("document_id", "integer", (column) => column.notNull().references("documents.id").onDelete("cascade"))
      .execute();
    await db.schema.createIndex("document_bands_value").on("document_bands").columns(["band", "value"]).execute();
    await db.schema.createIndex("document_bands_document").on("document_bands").column("document_id").execute();
  },
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  async down(db: Kysely<any>) {
    await db.schema.dropTable("document_bands").ifExists().execute();
    await db.schema.alterTable("documents").dropColumn("signature").execute();
    await db.schema.alterTable("documents").dropColumn("duplicate_of").execute();
  },
};

/**
 * Links the just-stored document to the first stored copy of the same story, if there is one, and removes
 * what it would have counted twice; else records its bands so that later copies find it. Returns the first
 * copy's id, or null.
 */
export async function linkNearDuplicate(
  trx: Transaction<Database>,
  dialect: DialectOverrides,
  documentId: number,
  signature: readonly number[],
): Promise<number | null> {
  const db = trx as unknown as Kysely<NearDuplicateDatabase>;
  const bands = signatureBands(signature);
  await lockKeys(
    db as Kysely<unknown>,
    dialect,
    bands.map((value, band) => lockKey("document-band", `${band}:${value}`)),
  );
  const firstCopy = await findFirstCopy(db, documentId, signature, bands);
  await db
    .updateTable("documents")
    .set({ signature: encodeSignature(signature), duplicate_of: firstCopy })
    .where("id", "=", documentId)
    .execute();
  if (firstCopy !== null) {
    // Cascades remove event_actors and relation_parties with their events and relations.
    for (const table of ["events", "relations", "quotes", "mentions"] as const) {
      await db.deleteFrom(table).where("document_id", "=", documentId).execute();
    }
    return firstCopy;
  }
  await db
    .insertInto("document_bands")
    .values(bands.map((value, band) => ({ band, value, document_id: documentId })))
    .execute();
  return null;
}

async function findFirstCopy(
  db: Kysely<NearDuplicateDatabase>,
  documentId: number,
  signature: readonly number[],
  bands: number[],
): Promise<number | null> {
  const candidates = await db
    .selectFrom("document_bands")
    .innerJoin("documents", "documents.id", "document_bands.document_id")
    .select(["documents.id", "documents.signature"])
    .distinct()
    .where((eb) => eb.or(bands.map((value, band) => eb.and([eb("band", "=", band), eb("value", "=", value)]))))
    .where("documents.id", "!=", documentId)
    .orderBy("documents.id")
    .execute();
  for (const candidate of candidates) {
    if (candidate.signature === null) continue;
    if (similarity(signature, decodeSignature(candidate.signature)) >= NEAR_DUPLICATE_SIMILARITY) return candidate.id;
  }
  return null;
}

/** One 32-bit value per band of ROWS_PER_BAND signature values (as a signed integer, for both dialects). */
function signatureBands(signature: readonly number[]): number[] {
  if (signature.length === 0 || signature.length % ROWS_PER_BAND !== 0) {
    throw new RangeError(
      `a near-duplicate signature needs a multiple of ${ROWS_PER_BAND} values, not ${signature.length}`,
    );
  }
  const bands: number[] = [];
  for (let start = 0; start < signature.length; start += ROWS_PER_BAND) {
    let hash = 0x811c9dc5;
    for (const value of signature.slice(start, start + ROWS_PER_BAND)) {
      hash = Math.imul(hash ^ value, 0x01000193);
      hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
    }
    bands.push(hash | 0);
  }
  return bands;
}

function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return 0;
  let equal = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] === b[index]) equal += 1;
  return equal / a.length;
}

function encodeSignature(signature: readonly number[]): string {
  return Buffer.from(Uint32Array.from(signature).buffer).toString("base64");
}

function decodeSignature(encoded: string): number[] {
  // Copied into a fresh buffer: a decoded Buffer may sit at an offset that Uint32Array cannot view.
  return Array.from(new Uint32Array(Uint8Array.from(Buffer.from(encoded, "base64")).buffer));
}

/** The documents linked to `documentId` as its near-duplicates, oldest first. */
export async function nearDuplicatesOf(db: Kysely<Database>, documentId: number): Promise<number[]> {
  const rows = await (db as unknown as Kysely<NearDuplicateDatabase>)
    .selectFrom("documents")
    .select("id")
    .where("duplicate_of", "=", documentId)
    .orderBy("id")
    .execute();
  return rows.map((row) => row.id);
}

/** The first copy a document duplicates, or null (also for no such document). */
export async function duplicateOfDocument(db: Kysely<Database>, documentId: number): Promise<number | null> {
  const row = await (db as unknown as Kysely<NearDuplicateDatabase>)
    .selectFrom("documents")
    .select("duplicate_of")
    .where("id", "=", documentId)
    .executeTakeFirst();
  return row?.duplicate_of ?? null;
}
