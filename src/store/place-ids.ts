// Migration 0009: place ids that tell two cities of one name apart ("place:tripoli-lby", "place:tripoli-lbn";
// record/actor-id.ts). A store written before it keeps one row per name ("place:tripoli") with the country of
// whichever article described it last, so one of the cities had the other's country and coordinates.
// Each stored article's own record says which city it meant: its mentions move to that city's id, which gets
// a row described by that record. The plain row goes once no mention points at it; searching for its id still
// finds the cities that replaced it (kysely-store.ts). Records stay as stored, verbatim.
import type { Kysely, Migration } from "kysely";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import { placeKey } from "../knowledge/places.ts";
import { placeId } from "../record/actor-id.ts";
import type { ArticleRecord } from "../record/record.ts";
import { slug } from "../text/fold-text.ts";
import type { Database } from "./database-schema.ts";

/** Each place row stored under its plain id whose name the gazetteer knows in more than one country. */
async function sharedPlainPlaces(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  const places = await db.selectFrom("entities").select(["id", "name"]).where("kind", "=", "place").execute();
  const plain = places.filter((place) => place.id === placeId(slug(place.name), null, false));
  // the gazetteer takes a few seconds to index: only for a store that has places to look at
  if (plain.length === 0) return [];
  const gazetteer = loadKnowledge().places();
  return plain.filter((place) => gazetteer.candidates(placeKey(place.name)).length > 1);
}

/** Moves each article's mentions of a plain place id to the id of the city that article meant. */
async function splitPlace(db: Kysely<Database>, plainId: string): Promise<void> {
  const documents = await db
    .selectFrom("mentions")
    .select("document_id")
    .distinct()
    .where("entity_id", "=", plainId)
    .orderBy("document_id")
    .execute();
  for (const { document_id: documentId } of documents) {
    const stored = await db.selectFrom("documents").select("record").where("id", "=", documentId).executeTakeFirst();
    if (!stored) continue;
    const record = JSON.parse(stored.record) as ArticleRecord;
    const entity = record.entities.find((candidate) => candidate.id === plainId);
    // a city the article never placed in a country stays on the plain id
    if (!entity?.country) continue;
    const cityId = placeId(slug(entity.name), entity.country, true);
    const description = {
      kind: "place",
      name: entity.name,
      country: entity.country,
      role: null,
      aliases: entity.aliases ? JSON.stringify(entity.aliases) : null,
      lat: entity.lat ?? null,
      lon: entity.lon ?? null,
    };
    // the latest article's description wins, as when saving (save-article.ts)
    await db
      .insertInto("entities")
      .values({ id: cityId, ...description })
      .onConflict((conflict) => conflict.column("id").doUpdateSet(description))
      .execute();
    await db
      .updateTable("mentions")
      .set({ entity_id: cityId })
      .where("document_id", "=", documentId)
      .where("entity_id", "=", plainId)
      .execute();
  }
  const left = await db
    .selectFrom("mentions")
    .select("entity_id")
    .where("entity_id", "=", plainId)
    .limit(1)
    .executeTakeFirst();
  if (!left) await db.deleteFrom("entities").where("id", "=", plainId).execute();
}

export const placeIdsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
  async up(db: Kysely<any>) {
    const typed = db as Kysely<Database>;
    for (const place of await sharedPlainPlaces(typed)) await splitPlace(typed, place.id);
  },
  // the plain rows are not rebuilt: the city rows describe every article's place better than one row per name
  async down() {},
};
