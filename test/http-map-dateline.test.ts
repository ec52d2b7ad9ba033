// The map places an event with no location of its own on its article's dateline country; with neither, it
// stays counted apart as unplaced. Real SQLite store, hand-written records.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleRecord } from "../src/record/record.ts";
import { createApp } from "../src/serve/http/app.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";
import { event } from "./store/contract-articles.ts";

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

let folder: string;
let store: Store;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "dyad-map-"));
  store = await openStore(join(folder, "map.db"));
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
  rmSync(folder, { recursive: true, force: true });
});

describe("/api/map", () => {
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
});
