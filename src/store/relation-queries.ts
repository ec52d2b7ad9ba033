// Reading relations back: filters as one SQL condition, rows mapped to StoredRelation with their parties.
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from "kysely";
import { dateBounds } from "../record/iso-date.ts";
import type { RelationKind } from "../record/record.ts";
import type { Database } from "./database-schema.ts";
import type { StoredRelation } from "./store.ts";

type RelationsScope = ExpressionBuilder<Database, "relations">;

export interface RelationFilter {
  actor?: string;
  pair?: [string, string];
  kind?: RelationKind[];
  /** Range on `since`, at its own precision; undated relations never match a range. */
  from?: string;
  to?: string;
  documentIds?: number[];
}

function relationsWithParty(eb: RelationsScope, party: string) {
  return eb
    .selectFrom("relation_parties")
    .select("relation_parties.relation_id")
    .where("relation_parties.party", "=", party);
}

export function relationCondition(eb: RelationsScope, filter: RelationFilter): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.actor) conditions.push(eb("relations.id", "in", relationsWithParty(eb, filter.actor)));
  if (filter.pair) {
    conditions.push(eb("relations.id", "in", relationsWithParty(eb, filter.pair[0])));
    conditions.push(eb("relations.id", "in", relationsWithParty(eb, filter.pair[1])));
  }
  if (filter.kind?.length) conditions.push(eb("relations.kind", "in", filter.kind));
  if (filter.from) conditions.push(eb("relations.since_end", ">=", dateBounds(filter.from).first));
  if (filter.to) conditions.push(eb("relations.since_start", "<=", dateBounds(filter.to).last));
  if (filter.documentIds) {
    conditions.push(filter.documentIds.length ? eb("relations.document_id", "in", filter.documentIds) : eb.lit(false));
  }
  return eb.and(conditions);
}

/** Relations matching the filter, ordered by `since` (undated last), with parties and source document. */
export async function selectRelations(
  db: Kysely<Database>,
  filter: RelationFilter,
  page: { limit?: number; offset?: number },
): Promise<StoredRelation[]> {
  let query = db
    .selectFrom("relations")
    .innerJoin("documents", "documents.id", "relations.document_id")
    .selectAll("relations")
    .select(["documents.title as document_title", "documents.published as document_published"])
    .where((eb) => relationCondition(eb as unknown as RelationsScope, filter))
    .orderBy("relations.since", (order) => order.asc().nullsLast())
    .orderBy("relations.id");
  if (page.limit !== undefined) query = query.limit(page.limit);
  if (page.offset) query = query.offset(page.offset);
  const rows = await query.execute();
  if (rows.length === 0) return [];

  const parties = await db
    .selectFrom("relation_parties")
    .select(["relation_id", "party"])
    .where(
      "relation_id",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("relation_id")
    .orderBy("position")
    .execute();
  const partiesById = new Map<number, string[]>(rows.map((row) => [row.id, []]));
  for (const party of parties) partiesById.get(party.relation_id)?.push(party.party);

  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    documentTitle: row.document_title,
    published: row.document_published,
    kind: row.kind as RelationKind,
    parties: partiesById.get(row.id) ?? [],
    label: row.label,
    since: row.since,
    ...(row.evidence_text === null
      ? {}
      : { evidence: { start: Number(row.evidence_start), end: Number(row.evidence_end), text: row.evidence_text } }),
  }));
}

export async function countRelations(db: Kysely<Database>, filter: RelationFilter): Promise<number> {
  const row = await db
    .selectFrom("relations")
    .select((eb) => eb.fn.countAll().as("total"))
    .where((eb) => relationCondition(eb, filter))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}
