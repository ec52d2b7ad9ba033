// Over 300 lines: every read endpoint against one store built once (building it per file would cost seconds).
// The HTTP API in-process (app.request), over a real store holding the fixture articles: SQLite, then PostgreSQL.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/serve/http/app.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store, StoredEvent } from "../src/store/store.ts";
import { fixtureArticles } from "./http-fixture-articles.ts";
import { storeDialects } from "./store/store-dialects.ts";

/** A scratch folder (the web root test writes files beside its web folder). */
let folder: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let cleanUp: () => Promise<void>;
const ids: Record<string, number> = {};

async function getJson(path: string) {
  const response = await app.request(path);
  return { status: response.status, body: await response.json() };
}

const label = (event: StoredEvent) => `${event.kind}@${event.date ?? "undated"}`;

describe.each(storeDialects("http"))("on %s", (_dialect, makeStore) => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "dyad-http-"));
    const made = await makeStore();
    cleanUp = made.cleanUp;
    store = await openStore(made.location);
    for (const [name, article] of Object.entries(fixtureArticles)) {
      ids[name] = (await store.saveArticle(article)).documentId;
    }
    app = createApp({ store });
  });

  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
    rmSync(folder, { recursive: true, force: true });
  });

  describe("events", () => {
    const cases: [string, string, string[]][] = [
      [
        "every factuality",
        "factuality=all",
        [
          "visit@2004",
          "meet@2021-05-01",
          "sanction@2022-03",
          "criticize@2022-03-02",
          "meet@2023-09-22",
          "establish_partnership@2023-09-22",
          "support@2023-09-22",
        ],
      ],
      [
        "what counts (default: occurred, not rejected)",
        "",
        [
          "visit@2004",
          "meet@2021-05-01",
          "sanction@2022-03",
          "criticize@2022-03-02",
          "meet@2023-09-22",
          "establish_partnership@2023-09-22",
        ],
      ],
      ["actor", "actor=RUS", ["sanction@2022-03", "criticize@2022-03-02"]],
      ["actor by name in lower case", "actor=russia", ["sanction@2022-03", "criticize@2022-03-02"]],
      ["actor by code in lower case", "actor=rus", ["sanction@2022-03", "criticize@2022-03-02"]],
      ["actor by demonym", "actor=Russian", ["sanction@2022-03", "criticize@2022-03-02"]],
      ["pair, either order", "pair=SYR,CHN", ["visit@2004", "meet@2023-09-22", "establish_partnership@2023-09-22"]],
      ["pair by names", "pair=syria,China", ["visit@2004", "meet@2023-09-22", "establish_partnership@2023-09-22"]],
      ["kinds", "kind=visit,sanction", ["visit@2004", "sanction@2022-03"]],
      ["factuality", "factuality=intended", ["support@2023-09-22"]],
      ["PLOVER code", "plover=SANCTION", ["sanction@2022-03"]],
      ["CAMEO code", "cameo=042", ["visit@2004"]],
      ["date range", "from=2022&to=2022-12", ["sanction@2022-03", "criticize@2022-03-02"]],
      ["place", "place=Hangzhou", ["meet@2023-09-22", "establish_partnership@2023-09-22"]],
      ["combined", "actor=CHN&kind=meet&from=2023", ["meet@2023-09-22"]],
    ];
    it.each(cases)("filters by %s", async (_name, query, expected) => {
      const { status, body } = await getJson(`/api/events?${query}`);
      expect(status).toBe(200);
      expect(body.items.map(label).sort()).toEqual([...expected].sort());
      expect(body.total).toBe(expected.length);
    });

    it("filters by document", async () => {
      const { body } = await getJson(`/api/events?document=${ids.sanctions}`);
      expect(body.items.map(label).sort()).toEqual(["criticize@2022-03-02", "sanction@2022-03"]);
    });

    it("pages with the total of all matches, never silently truncated", async () => {
      const first = await getJson("/api/events?limit=2&offset=0");
      const rest = await getJson("/api/events?limit=10&offset=2");
      expect(first.body).toMatchObject({ total: 6, limit: 2, offset: 0 });
      expect(first.body.items).toHaveLength(2);
      expect(rest.body.items).toHaveLength(4);
      const all = [...first.body.items, ...rest.body.items].map((event: StoredEvent) => event.id);
      expect(new Set(all).size).toBe(6);
      // what the default leaves out is counted apart, and the parts add up
      expect(first.body.apart).toEqual({ counted: 6, intended: 1, negated: 0, uncertain: 0, rejected: 0 });
    });

    it("returns each event with its document and exact evidence", async () => {
      const { body } = await getJson("/api/events?kind=visit");
      const [visit] = body.items;
      expect(visit).toMatchObject({
        documentId: ids.chinaSyria,
        documentTitle: "Xi, Assad announce strategic partnership",
      });
      const text = fixtureArticles.chinaSyria.text;
      expect(text.slice(visit.evidence.start, visit.evidence.end)).toBe(visit.evidence.text);
    });

    const invalid: [string, string][] = [
      ["unknown kind", "kind=visit,hug"],
      ["unknown actor", "actor=narnia"],
      ["unknown actor code", "actor=XXX"],
      ["bad pair", "pair=CHN"],
      ["pair of one actor", "pair=CHN,china"],
      ["bad date", "from=2023-9"],
      ["impossible month", "from=2023-13"],
      ["impossible day", "from=2023-02-30"],
      ["impossible day in to", "to=2023-04-31"],
      ["bad review state", "review=maybe"],
      ["reversed range", "from=2023&to=2020"],
      ["limit too large", "limit=100000"],
      ["negative offset", "offset=-1"],
      ["bad factuality", "factuality=maybe"],
      ["bad CAMEO", "cameo=abc"],
    ];
    it.each(invalid)("answers 400 invalid_request for %s", async (_name, query) => {
      const { status, body } = await getJson(`/api/events?${query}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.message.length).toBeGreaterThan(10);
    });

    it.each([
      ["/api/events?actor=XXX", /"XXX" is not a state or organisation/],
      ["/api/events?from=2023-13", /from: "2023-13" has no month 13/],
      ["/api/events?from=2023-02-30", /from: "2023-02-30" is not a day of 2023-02/],
      ["/api/pairs/CHN/SYR/timeline?to=2023-13", /to: "2023-13" has no month 13/],
      ["/api/pairs/china/CHN/timeline", /two different actors, got CHN twice/],
      ["/export?format=csv&from=2023-02-30", /"2023-02-30" is not a day/],
    ])("says what is wrong with %s", async (path, message) => {
      const { status, body } = await getJson(path);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(message);
    });
  });

  describe("documents", () => {
    it("lists with totals and searches text", async () => {
      const all = await getJson("/api/documents");
      expect(all.body.total).toBe(3);
      const found = await getJson("/api/documents?search=sanctions");
      expect(found.body.items.map((document: { id: number }) => document.id)).toEqual([ids.sanctions]);
    });

    it("lists newest first, and searches the full text with highlighted snippets", async () => {
      const all = await getJson("/api/documents");
      expect(all.body.items.map((document: { id: number }) => document.id)).toEqual([
        ids.chinaSyria,
        ids.sanctions,
        ids.malicious,
      ]);
      // a word of the body only (the evidence of the criticism), stemmed: "condemns" finds "condemned"
      const { status, body } = await getJson("/api/documents?search=condemns%20Washington");
      expect(status).toBe(200);
      expect(body.items.map((document: { id: number }) => document.id)).toEqual([ids.sanctions]);
      const marked = body.items[0].snippet.filter((part: { highlight: boolean }) => part.highlight);
      expect(marked.map((part: { text: string }) => part.text)).toEqual(
        expect.arrayContaining(["condemned", "Washington"]),
      );
      const ranked = await getJson("/api/documents?search=Syria&order=relevance");
      expect(ranked.body.items[0].id).toBe(ids.chinaSyria);
      expect((await getJson("/api/documents?search=Syria&order=oldest")).status).toBe(400);
    });

    it("gives one document with its text and record", async () => {
      const { status, body } = await getJson(`/api/documents/${ids.chinaSyria}`);
      expect(status).toBe(200);
      expect(body.text).toBe(fixtureArticles.chinaSyria.text);
      expect(body.record.events).toHaveLength(4);
      expect(body.url).toBe("https://example.org/china-syria");
    });

    it.each([
      ["a missing document", "/api/documents/99999", 404, "not_found"],
      ["a non-numeric id", "/api/documents/abc", 400, "invalid_request"],
    ])("answers %s with a JSON error", async (_name, path, status, code) => {
      const response = await getJson(path);
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
    });

    it("returns untrusted markup as inert JSON text", async () => {
      const { body } = await getJson(`/api/documents/${ids.malicious}`);
      expect(body.title).toBe('<img src=x onerror="alert(1)">');
      expect(body.text).toContain("<script>");
    });
  });

  describe("relations, timeline, graph, map, entities, stats", () => {
    it("lists relations by actor and kind", async () => {
      const { body } = await getJson("/api/relations?actor=SYR&kind=partnership");
      expect(body.total).toBe(1);
      expect(body.items[0]).toMatchObject({
        label: "strategic partnership",
        since: "2023-09-22",
        parties: ["CHN", "SYR"],
      });
      expect(body.items[0].evidence.text).toContain("strategic partnership");
    });

    it("gives a pair's timeline in date order", async () => {
      const { status, body } = await getJson("/api/pairs/china/syrian/timeline");
      expect(status).toBe(200);
      expect(body).toMatchObject({ a: "CHN", b: "SYR" });
      const dates = body.entries.map((entry: { date: string | null }) => entry.date);
      expect(dates[0]).toBe("1956");
      expect(dates).toContain("2004");
      expect(
        body.entries.some(
          (entry: { type: string; relation?: { label?: string } }) => entry.relation?.label === "strategic partnership",
        ),
      ).toBe(true);
    });

    it("limits a timeline by date and refuses a pair of one actor", async () => {
      const { body } = await getJson("/api/pairs/CHN/SYR/timeline?from=2023");
      expect(body.entries.every((entry: { date: string }) => entry.date >= "2023")).toBe(true);
      const same = await getJson("/api/pairs/CHN/CHN/timeline");
      expect(same.status).toBe(400);
    });

    it("builds the relations graph with partnership level and balance", async () => {
      const { body } = await getJson("/api/graph");
      const chinaSyria = body.edges.find((edge: { id: string }) => edge.id === "CHN|SYR");
      expect(chinaSyria).toMatchObject({
        partnership: "strategic partnership",
        events: 3,
        cooperation: 3,
        conflict: 0,
        balance: 1,
      });
      const russiaUsa = body.edges.find((edge: { id: string }) => edge.id === "RUS|USA");
      expect(russiaUsa).toMatchObject({ events: 2, cooperation: 0, conflict: 2, balance: -1 });
      expect(body.nodes.find((node: { id: string }) => node.id === "SYR")).toMatchObject({
        kind: "state",
        name: "Syria",
      });
    });

    it("maps where events happened", async () => {
      const { body } = await getJson("/api/map");
      expect(body.countries.find((country: { iso3: string }) => country.iso3 === "CHN")).toMatchObject({
        events: 2,
        numeric: "156",
      });
      expect(body.places.find((place: { name: string }) => place.name === "Hangzhou")).toMatchObject({
        lat: 30.29,
        lon: 120.16,
      });
      expect(body.unplaced).toBe(3);
    });

    it("lists entities by kind", async () => {
      const { body } = await getJson("/api/entities?kind=organization");
      expect(body.items.map((entity: { id: string }) => entity.id)).toEqual(["org:un"]);
    });

    it("counts what the store holds", async () => {
      const { body } = await getJson("/api/stats");
      expect(body).toMatchObject({ documents: 3, events: 6, relations: 2 });
      expect(body.apart).toEqual({ counted: 6, intended: 1, negated: 0, uncertain: 0, rejected: 0 });
    });
  });

  describe("exports over HTTP", () => {
    it.each([
      ["jsonl", "application/x-ndjson"],
      ["gdelt", "text/tab-separated-values"],
      ["csv", "text/csv"],
      ["relations-csv", "text/csv"],
      ["graphml", "application/graphml+xml"],
    ])("streams %s as a download", async (format, type) => {
      const response = await app.request(`/export?format=${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain(type);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="dyad-/);
      expect((await response.text()).length).toBeGreaterThan(100);
    });

    it.each([
      ["an unknown format", "/export?format=xml"],
      ["no format", "/export"],
    ])("refuses %s", async (_name, path) => {
      const { status, body } = await getJson(path);
      expect(status).toBe(400);
      expect(body.error.code).toBe("invalid_request");
    });
  });

  describe("web app files", () => {
    it("serves the built app and never a file outside its folder", async () => {
      const webRoot = join(folder, "web");
      mkdirSync(join(webRoot, "assets"), { recursive: true });
      writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>dyad</title>");
      writeFileSync(join(webRoot, "assets", "app-1.js"), "console.log(1)");
      writeFileSync(join(folder, "secret.txt"), "TOP-SECRET-CONTENT");
      const web = createApp({ store, webRoot });
      const index = await web.request("/");
      expect(index.headers.get("content-type")).toContain("text/html");
      expect(index.headers.get("cache-control")).toBe("no-cache");
      const asset = await web.request("/assets/app-1.js");
      expect(asset.headers.get("cache-control")).toContain("immutable");
      for (const path of ["/..%2Fsecret.txt", "/assets/..%2F..%2Fsecret.txt", "/%2e%2e/secret.txt"]) {
        const response = await web.request(path);
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain("TOP-SECRET-CONTENT");
      }
    });
  });

  describe("errors, OpenAPI and docs", () => {
    it("answers unknown routes with a JSON not_found", async () => {
      const { status, body } = await getJson("/api/nothing-here");
      expect(status).toBe(404);
      expect(body.error.code).toBe("not_found");
    });

    it("never sends a stack trace when the store fails", async () => {
      const broken = {
        ...store,
        stats: async () => {
          throw new Error("SQLITE_CORRUPT at /secret/path.db");
        },
      } as Store;
      const quiet = createApp({ store: broken });
      const original = console.error;
      console.error = () => {};
      try {
        const response = await quiet.request("/api/stats");
        const text = await response.text();
        expect(response.status).toBe(500);
        expect(JSON.parse(text).error.code).toBe("internal");
        expect(text).not.toMatch(/secret|SQLITE|at \//);
      } finally {
        console.error = original;
      }
    });

    it("publishes an OpenAPI document that lists every route", async () => {
      const { body } = await getJson("/openapi.json");
      expect(body.openapi).toBe("3.1.0");
      for (const path of [
        "/api/events",
        "/api/documents",
        "/api/documents/{id}",
        "/api/relations",
        "/api/pairs/{a}/{b}/timeline",
        "/api/graph",
        "/api/map",
        "/api/entities",
        "/api/stats",
        "/export",
      ]) {
        expect(Object.keys(body.paths)).toContain(path);
      }
    });

    it("serves an offline docs page and its script", async () => {
      const page = await app.request("/docs");
      const html = await page.text();
      expect(html).toContain('src="/docs/docs.js"');
      expect(html).not.toMatch(/https?:\/\/(?!graphml)/);
      const script = await app.request("/docs/docs.js");
      expect(script.headers.get("content-type")).toContain("javascript");
      expect(await script.text()).toContain("openapi.json");
      // its icon too, so that a browser's request for one is never a 404
      expect(html).toContain('href="/docs/favicon.svg"');
      const icon = await app.request("/docs/favicon.svg");
      expect(icon.status).toBe(200);
      expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    });

    it("sends a content security policy that forbids inline scripts", async () => {
      const response = await app.request("/api/stats");
      expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    });
  });
});
