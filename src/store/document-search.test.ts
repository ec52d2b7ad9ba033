// Full-text search of stored articles, on a real SQLite file (FTS5) and a real PostgreSQL database (tsvector
// with a GIN index), over the contract articles.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractArticles } from "../../test/store/contract-articles.ts";
import { createTestDatabase, dropTestDatabases, skipPostgres } from "../../test/store/postgres-test-database.ts";
import { ftsQuery, snippetParts } from "./document-search.ts";
import { openStore } from "./open-store.ts";
import type { Store } from "./store.ts";

describe("query and snippet helpers", () => {
  it.each([
    ["strategic partnership", '"strategic" "partnership"'],
    ['NEAR("a" b) OR *', '"NEAR" "a" "b" "OR"'],
    ["  ", ""],
    ["Élysée-Palast", '"Élysée" "Palast"'],
  ])("quotes every word of %j", (typed, expected) => {
    expect(ftsQuery(typed)).toEqual(expected);
  });

  it("splits marked text into highlighted and plain parts", () => {
    expect(snippetParts("a \u0002b\u0003 c")).toEqual([
      { text: "a ", highlight: false },
      { text: "b", highlight: true },
      { text: " c", highlight: false },
    ]);
  });
});

const dialects: [string, () => Promise<{ location: string; cleanUp: () => Promise<void> }>][] = [
  [
    "sqlite",
    async () => {
      const folder = mkdtempSync(join(tmpdir(), "dyad-search-"));
      return { location: join(folder, "search.db"), cleanUp: async () => rmSync(folder, { recursive: true }) };
    },
  ],
  ...(skipPostgres
    ? []
    : ([
        [
          "postgres",
          async () => {
            const { name, url } = await createTestDatabase("dyad_test_search");
            return { location: url, cleanUp: () => dropTestDatabases([name]) };
          },
        ],
      ] as [string, () => Promise<{ location: string; cleanUp: () => Promise<void> }>][])),
];

describe.each(dialects)("document search on %s", (_name, makeLocation) => {
  let store: Store;
  let cleanUp: () => Promise<void>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const made = await makeLocation();
    cleanUp = made.cleanUp;
    store = await openStore(made.location);
    for (const [name, article] of Object.entries(contractArticles)) {
      ids[name] = (await store.saveArticle(article)).documentId;
    }
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
  });

  const titles = (hits: { title: string | null }[]) => hits.map((hit) => hit.title);

  it("finds words of the body, stemmed, newest first", async () => {
    // "readmitted" (Arab League) and "visit" (China–Syria) are body words; "visits" stems to "visit"
    const page = await store.searchDocuments({ query: "visits" });
    expect(titles(page.items)).toEqual(["Xi, Assad announce strategic partnership"]);
    const syria = await store.searchDocuments({ query: "Syria" });
    expect(syria.total).toBe(2);
    expect(titles(syria.items)).toEqual(["Xi, Assad announce strategic partnership", "Arab League readmits Syria"]);
  });

  it("ranks a title match first when asked for relevance", async () => {
    const page = await store.searchDocuments({ query: "readmits Syria", order: "relevance" });
    expect(titles(page.items)[0]).toBe("Arab League readmits Syria");
    expect(page.items[0].rank).toBeGreaterThan(0);
  });

  it("finds an evidence sentence's words and highlights them in the snippet", async () => {
    const page = await store.searchDocuments({ query: "balloon" });
    expect(titles(page.items)).toEqual(["Biden and Xi meet in California"]);
    const highlighted = page.items[0].snippet.filter((part) => part.highlight).map((part) => part.text.toLowerCase());
    expect(highlighted).toContain("balloon");
    expect(page.items[0].snippet.map((part) => part.text).join("")).toContain("over the");
  });

  it("needs every word, and finds nothing for words no article has", async () => {
    expect((await store.searchDocuments({ query: "Syria balloon" })).total).toBe(0);
    expect((await store.searchDocuments({ query: "zeppelin" })).items).toEqual([]);
  });

  it("reads query syntax as plain words", async () => {
    await expect(store.searchDocuments({ query: 'NEAR("Syria" OR * -' })).resolves.toBeDefined();
  });

  it("pages with a total", async () => {
    const first = await store.searchDocuments({ query: "China", limit: 1 });
    const second = await store.searchDocuments({ query: "China", limit: 1, offset: 1 });
    expect(first.total).toBe(2);
    expect(first.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });
});
