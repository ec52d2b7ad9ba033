// The map places an event with no location of its own on its article's dateline country; with neither, it
// stays counted apart as unplaced. An analysed article's meeting is placed by its own sentence, not by the
// dateline, and Washington has the US capital's coordinates; two cities of one name (Tripoli) are two places and two
// entities, each on its own coordinates. Real SQLite and PostgreSQL stores.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/knowledge.ts";
import type { ArticleRecord } from "../src/record/record.ts";
import { createApp } from "../src/serve/http/app.ts";
import { ingestArticle } from "../src/store/ingest-article.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";
import { event } from "./store/contract-articles.ts";
import { storeDialects } from "./store/store-dialects.ts";

// Distinct kinds and years, so no two reports merge into one event.
const kinds = [
  { kind: "meet", codes: { plover: "CONSULT", cameo: "040" } },
  { kind: "visit", codes: { plover: "CONSULT", cameo: "042" } },
] as const;

function article(input: string, dateline: ArticleRecord["document"]["dateline"], text: string, year: number) {
  const sentences = text.split(/(?<=\.) /);
  const record: ArticleRecord = {
    input,
    document: { title: input, published: "2024-03-04", dateline, language: "en" },
    entities: [
      { id: "FRA", kind: "country", name: "France" },
      { id: "DEU", kind: "country", name: "Germany" },
    ],
    events: sentences.map((sentence, index) =>
      event(text, sentence, {
        ...kinds[index],
        source: ["FRA"],
        target: ["DEU"],
        date: `${year}-03-0${index + 1}`,
        location: index === 1 ? { name: "Berlin", country: "DEU" } : null,
      }),
    ),
    relations: [],
    quotes: [],
  };
  return { record, text, contentHash: createHash("sha256").update(text).digest("hex") };
}

// Written for this test: a meeting at a summit abroad reported from Beijing, and talks in Washington.
const analysed = [
  [
    "summit.txt",
    "BEIJING – Chinese President Xi Jinping met US President Joe Biden at the G20 Summit in Brazil on Monday.",
  ],
  ["talks.txt", "Japanese Prime Minister Fumio Kishida met President Joe Biden in Washington on Tuesday."],
  ["lebanon.txt", "Lebanese Prime Minister Najib Mikati met Syria's foreign minister in Tripoli on Monday."],
  ["libya.txt", "Libya's prime minister met Egypt's foreign minister in Tripoli on Wednesday."],
].map(([input, body]) => {
  const filler = "The officials said that the discussions had been useful and that they would keep in touch.";
  const text = ["---", `title: ${input}`, "published: 2024-11-20", "---", body, "", filler, ""].join("\n");
  return { input, bytes: new TextEncoder().encode(text) };
});

describe.each(storeDialects("map"))("/api/map on %s", (_dialect, makeStore) => {
  let store: Store;
  let cleanUp: () => Promise<void>;

  beforeAll(async () => {
    const made = await makeStore();
    cleanUp = made.cleanUp;
    store = await openStore(made.location);
    await store.saveArticle(
      article(
        "paris.txt",
        { place: "Paris", country: "FRA" },
        "France's and Germany's ministers met. The French minister visited Berlin.",
        2024,
      ),
    );
    await store.saveArticle(article("nowhere.txt", null, "French and German envoys talked.", 2019));
  });

  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
  });

  it("puts an event with no city on its dateline country, and one with neither apart", async () => {
    const response = await createApp({ store }).request("/api/map");
    expect(response.status).toBe(200);
    const body = await response.json();
    const events = Object.fromEntries(
      body.countries.map((country: { iso3: string; events: number }) => [country.iso3, country.events]),
    );
    expect(events).toEqual({ FRA: 1, DEU: 1 });
    expect(body.onDatelineCountry).toBe(1);
    expect(body.unplaced).toBe(1);
  });

  it("places an analysed meeting by its own sentence, and Washington on the US capital", async () => {
    const knowledge = loadKnowledge();
    for (const source of analysed) await ingestArticle(source, store, knowledge);
    const body = await (await createApp({ store }).request("/api/map?from=2024-11")).json();
    const events = Object.fromEntries(
      body.countries.map((country: { iso3: string; events: number }) => [country.iso3, country.events]),
    );
    // the summit's meeting is in Brazil, not at the Beijing dateline; the talks (and the visit they imply) in the US
    expect(events.BRA).toBe(1);
    expect(events.CHN).toBeUndefined();
    expect(events.USA).toBeGreaterThanOrEqual(1);
    expect(body.places).toContainEqual(
      expect.objectContaining({ name: "Washington", country: "USA", lat: 38.9, lon: -77.04 }),
    );
  });

  it("keeps two cities of one name apart, each on its own coordinates", async () => {
    const body = await (await createApp({ store }).request("/api/map?from=2024-11")).json();
    const tripolis = body.places
      .filter((place: { name: string }) => place.name === "Tripoli")
      .map((place: { country: string; lat: number }) => [place.country, place.lat]);
    expect(tripolis.sort()).toEqual([
      ["LBN", 34.43],
      ["LBY", 32.89],
    ]);
  });

  it("lists the two cities as two place entities, each with its country's coordinates", async () => {
    const body = await (await createApp({ store }).request("/api/entities?kind=place&search=tripoli")).json();
    const tripolis = body.items.map((place: { id: string; country: string; lat: number; lon: number }) => [
      place.id,
      place.country,
      place.lat,
      place.lon,
    ]);
    expect(tripolis).toEqual([
      ["place:tripoli-lbn", "LBN", 34.43, 35.84],
      ["place:tripoli-lby", "LBY", 32.89, 13.19],
    ]);
  });
});
