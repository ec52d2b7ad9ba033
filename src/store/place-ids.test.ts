// Migration 0009 (place-ids.ts) on both dialects: a store written when places had one id per name keeps one
// "place:tripoli" row with the last article's country; after the migration each article's mentions point at
// the city that article meant, each city has its own row, nothing else moves, and the old id still finds them.
import { Migrator } from "kysely";
import { describe, expect, it } from "vitest";
import { contractArticles, tripoliArticle } from "../../test/store/contract-articles.ts";
import { migrationDialects } from "../../test/store/migration-dialects.ts";
import { KyselyStore } from "./kysely-store.ts";
import { migrationProvider } from "./migrations.ts";

const dialects = migrationDialects("dyad-test-place-ids");

const libya = tripoliArticle("libya.txt", "Ministers met in Tripoli on Wednesday.", {
  id: "place:tripoli",
  country: "LBY",
  lat: 32.89,
  lon: 13.19,
});
const lebanon = tripoliArticle("lebanon.txt", "Envoys gathered in Tripoli on Monday.", {
  id: "place:tripoli",
  country: "LBN",
  lat: 34.43,
  lon: 35.84,
});

describe.each(dialects)("Place ids (migration 0009) on %s", (_name, open) => {
  it("gives each article's city its own row, keeps everything else, and finds the cities by the old id", async () => {
    const { db, overrides } = await open();
    const store = new KyselyStore(db, overrides);
    try {
      const migrator = new Migrator({ db, provider: migrationProvider(overrides) });
      expect((await migrator.migrateTo("0008-document-search")).error).toBeUndefined();
      const libyaId = (await store.saveArticle(libya)).documentId;
      const lebanonId = (await store.saveArticle(lebanon)).documentId;
      await store.saveArticle(contractArticles.chinaSyria);
      // before: one row, the last article's city
      expect((await store.entities({ kind: "place" })).items.map((place) => [place.id, place.country])).toEqual([
        ["place:hangzhou", "CHN"],
        ["place:tripoli", "LBN"],
      ]);
      const entitiesBefore = (await store.stats()).entities;

      await store.migrate();

      const places = (await store.entities({ kind: "place" })).items;
      expect(places.map((place) => [place.id, place.country, place.lat, place.lon])).toEqual([
        ["place:hangzhou", "CHN", 30.29, 120.16],
        ["place:tripoli-lbn", "LBN", 34.43, 35.84],
        ["place:tripoli-lby", "LBY", 32.89, 13.19],
      ]);
      // one row per city: the plain row became two, no other entity came or went
      expect((await store.stats()).entities).toBe(entitiesBefore + 1);
      const mentions = await db
        .selectFrom("mentions")
        .select(["document_id", "entity_id", "start"])
        .where("entity_id", "like", "place:%")
        .orderBy("document_id")
        .execute();
      expect(mentions.map((mention) => [mention.document_id, mention.entity_id])).toEqual([
        [libyaId, "place:tripoli-lby"],
        [lebanonId, "place:tripoli-lbn"],
        [expect.any(Number), "place:hangzhou"],
      ]);
      expect((await store.entities({ search: "place:tripoli" })).items.map((place) => place.id)).toEqual([
        "place:tripoli-lbn",
        "place:tripoli-lby",
      ]);
      // the record stays as it was extracted
      expect((await store.getDocument(libyaId))?.record.entities[0].id).toBe("place:tripoli");

      // an article analysed now names the city by its new id: no second row
      const city = { id: "place:tripoli-lby", country: "LBY", lat: 32.89, lon: 13.19 };
      await store.saveArticle(tripoliArticle("libya-again.txt", "Talks resumed in Tripoli on Friday.", city));
      expect((await store.entities({ search: "tripoli" })).total).toBe(2);
    } finally {
      await store.close();
    }
  });
});
