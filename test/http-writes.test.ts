// Writes through the HTTP API: auth, body limits, ingest through the real reader, analyzer and store, and review,
// on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/serve/http/app.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store, StoredEvent } from "../src/store/store.ts";
import { fixtureArticles } from "./http-fixture-articles.ts";
import { storeDialects } from "./store/store-dialects.ts";

const TOKEN = "test-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };

let store: Store;
let app: ReturnType<typeof createApp>;
let readOnly: ReturnType<typeof createApp>;
let visit: StoredEvent;
let cleanUp: () => Promise<void>;

const article =
  "---\ntitle: Test\npublished: 2023-05-01\n---\nEgypt and Turkey met in Cairo on Monday to restore ties.\n";

describe.each(storeDialects("writes"))("on %s", (_dialect, makeStore) => {
  beforeAll(async () => {
    const made = await makeStore();
    cleanUp = made.cleanUp;
    store = await openStore(made.location);
    for (const article of Object.values(fixtureArticles)) await store.saveArticle(article);
    app = createApp({ store, token: TOKEN, bodyLimitBytes: 64 * 1024 });
    readOnly = createApp({ store });
    visit = (await store.events({ kind: ["visit"] })).items[0];
  });

  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
  });

  describe("auth", () => {
    const writes: [string, string, RequestInit][] = [
      ["ingest", "/api/documents", { method: "POST", body: article, headers: { "content-type": "text/plain" } }],
      [
        "review",
        "/api/events/1/review",
        { method: "POST", body: '{"action":"confirm"}', headers: { "content-type": "application/json" } },
      ],
    ];

    it.each(writes)("%s answers 403 read_only when no token is configured", async (_name, path, init) => {
      const response = await readOnly.request(path, { ...init, headers: { ...init.headers, ...auth } });
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("read_only");
    });

    it.each(writes)("%s answers 401 without a token", async (_name, path, init) => {
      const response = await app.request(path, init);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    });

    it.each(writes)("%s answers 401 with a wrong token", async (_name, path, init) => {
      const response = await app.request(path, { ...init, headers: { ...init.headers, authorization: "Bearer nope" } });
      expect(response.status).toBe(401);
    });

    it("lets reads through without a token", async () => {
      expect((await app.request("/api/stats")).status).toBe(200);
    });
  });

  describe("ingest", () => {
    const post = (body: string, type: string, query = "") =>
      app.request(`/api/documents${query}`, { method: "POST", body, headers: { ...auth, "content-type": type } });

    it("stores a plain-text article once, then reports it as already stored", async () => {
      const first = await post(article, "text/plain", "?input=egypt-turkey.txt");
      expect(first.status).toBe(201);
      const stored = await first.json();
      expect(stored.stored).toBe(true);
      const document = await (await app.request(`/api/documents/${stored.documentId}`)).json();
      expect(document).toMatchObject({ title: "Test", published: "2023-05-01", input: "egypt-turkey.txt" });

      const again = await post(article, "text/plain");
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ stored: false, documentId: stored.documentId });
    });

    it("stores JSON with metadata as the article's front matter", async () => {
      const body = JSON.stringify({
        text: "Japan and India held talks in Tokyo on security cooperation on Tuesday.",
        title: "Japan, India talk security",
        published: "2024-02-06",
        url: "https://example.org/japan-india",
      });
      const response = await post(body, "application/json");
      expect(response.status).toBe(201);
      const { documentId } = await response.json();
      const document = await (await app.request(`/api/documents/${documentId}`)).json();
      expect(document).toMatchObject({
        title: "Japan, India talk security",
        published: "2024-02-06",
        url: "https://example.org/japan-india",
      });
    });

    it("stores an HTML page", async () => {
      const html =
        "<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>Brazil and Argentina signed a trade agreement in Brasilia on Friday, officials said, in a step both governments welcomed.</p></article></body></html>";
      const response = await post(html, "text/html");
      expect(response.status).toBe(201);
    });

    const refused: [string, string, string, number, string][] = [
      ["an empty text", "", "text/plain", 422, "invalid_article"],
      ["JSON without text", '{"title":"x"}', "application/json", 400, "invalid_request"],
      ["malformed JSON", '{"text":', "application/json", 400, "invalid_request"],
      [
        "a bad published date",
        '{"text":"Some text.","published":"May 2023"}',
        "application/json",
        400,
        "invalid_request",
      ],
      ["an unsupported type", "a,b", "text/csv", 415, "unsupported_media_type"],
      ["a body over the limit", "x".repeat(65 * 1024), "text/plain", 413, "payload_too_large"],
    ];
    it.each(refused)("refuses %s", async (_name, body, type, status, code) => {
      const response = await post(body, type);
      expect(response.status).toBe(status);
      const error = (await response.json()).error;
      expect(error.code).toBe(code);
      expect(JSON.stringify(error)).not.toMatch(/\bat .*\.ts:\d+/);
    });
  });

  describe("review", () => {
    const review = (id: number, body: unknown) =>
      app.request(`/api/events/${id}/review`, {
        method: "POST",
        body: JSON.stringify(body),
        headers: { ...auth, "content-type": "application/json" },
      });

    it("confirms an event, and the confirmation is what later reads return", async () => {
      const response = await review(visit.id, { action: "confirm", reviewer: "analyst" });
      expect(response.status).toBe(200);
      expect((await response.json()).review).toBe("confirmed");
      const again = await (await app.request(`/api/events/${visit.id}`)).json();
      expect(again.review).toBe("confirmed");
    });

    it("corrects kind and date, recoding the event from the knowledge base, and logs the original", async () => {
      const response = await review(visit.id, { action: "correct", kind: "meet", date: "2004-06" });
      const corrected = await response.json();
      expect(corrected).toMatchObject({
        review: "corrected",
        kind: "meet",
        date: "2004-06",
        codes: { plover: "CONSULT" },
      });
      expect(corrected.codes.cameo).toMatch(/^04/);
      const listed = await (await app.request("/api/events?kind=meet&from=2004&to=2004")).json();
      expect(listed.items.map((event: StoredEvent) => event.id)).toEqual([visit.id]);
      const log = await (await app.request(`/api/events/${visit.id}/reviews`)).json();
      expect(log.items.map((entry: { action: string }) => entry.action)).toEqual(["confirm", "correct"]);
      expect(log.items[0].before).toMatchObject({ kind: "visit", date: "2004", review: "unreviewed" });
    });

    it("shows the correction in exports, with the original still in the document's record", async () => {
      const exported = await (await app.request("/export?format=jsonl")).text();
      const line = exported.split("\n").find((row) => row.includes(`"dyad-${visit.id}"`)) as string;
      expect(JSON.parse(line)).toMatchObject({ dyad_kind: "meet", date: "2004-06", review: "corrected" });
      const document = await (await app.request(`/api/documents/${visit.documentId}`)).json();
      expect(document.record.events.some((event: { kind: string }) => event.kind === "visit")).toBe(true);
    });

    it("drops a rejected event from exports and the graph, keeping it queryable", async () => {
      const sanction = (await store.events({ kind: ["sanction"] })).items[0];
      expect((await review(sanction.id, { action: "reject", note: "misread" })).status).toBe(200);
      const exported = await (await app.request("/export?format=csv")).text();
      expect(exported).not.toContain("imposed new sanctions");
      const graph = await (await app.request("/api/graph")).json();
      expect(graph.edges.find((edge: { id: string }) => edge.id === "RUS|USA")).toMatchObject({
        events: 1,
        conflict: 1,
      });
      const event = await (await app.request(`/api/events/${sanction.id}`)).json();
      expect(event.review).toBe("rejected");
    });

    it("corrects the parties given by name or demonym, and the pair's events follow", async () => {
      const [partnership] = (await (await app.request("/api/events?kind=establish_partnership")).json()).items;
      expect(partnership).toMatchObject({ source: ["CHN"], target: ["SYR"] });
      const response = await review(partnership.id, { action: "correct", source: ["chinese"], target: ["Iraq"] });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ source: ["CHN"], target: ["IRQ"], review: "corrected" });
      const withIraq = await (await app.request("/api/events?pair=china,iraq&kind=establish_partnership")).json();
      expect(withIraq.items.map((event: StoredEvent) => event.id)).toEqual([partnership.id]);
      const withSyria = await (await app.request("/api/events?pair=CHN,SYR&kind=establish_partnership")).json();
      expect(withSyria.total).toBe(0);
    });

    it("corrects factuality (recoding it) and place by a country's name, and logs both for the store", async () => {
      const [criticism] = (await (await app.request("/api/events?kind=criticize")).json()).items;
      const response = await review(criticism.id, {
        action: "correct",
        factuality: "intended",
        location: { name: "Moscow", country: "russia" },
        reviewer: "ana",
        note: "a threat to criticise, made in Moscow",
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        factuality: "intended",
        codes: { plover: "AGREE" },
        location: { name: "Moscow", country: "RUS" },
      });
      const log = await (await app.request("/api/reviews?reviewer=ana")).json();
      expect(log.items[0]).toMatchObject({
        eventId: criticism.id,
        action: "correct",
        note: "a threat to criticise, made in Moscow",
        before: { factuality: "occurred" },
        after: { factuality: "intended", location: { country: "RUS" } },
      });
      expect(log.items[0].documentTitle).toEqual(expect.any(String));
    });

    const invalid: [string, number, unknown, number, string][] = [
      ["an unknown factuality", 1, { action: "correct", factuality: "maybe" }, 400, "invalid_request"],
      [
        "a place without a name",
        1,
        { action: "correct", location: { name: " ", country: null } },
        400,
        "invalid_request",
      ],
      [
        "a place in an unknown country",
        1,
        { action: "correct", location: { name: "X", country: "XXX" } },
        400,
        "invalid_request",
      ],
      [
        "a place in an organisation",
        1,
        { action: "correct", location: { name: "X", country: "org:un" } },
        400,
        "invalid_request",
      ],
      ["an unknown action", 1, { action: "approve" }, 400, "invalid_request"],
      ["a correction with nothing to correct", 1, { action: "correct" }, 400, "invalid_request"],
      ["an unknown actor", 1, { action: "correct", source: ["narnia"] }, 400, "invalid_request"],
      ["an unknown actor code", 1, { action: "correct", target: ["XXX"] }, 400, "invalid_request"],
      ["a day that does not exist", 1, { action: "correct", date: "2023-02-30" }, 400, "invalid_request"],
      ["a missing event", 999_999, { action: "confirm" }, 404, "not_found"],
    ];
    it.each(invalid)("refuses %s", async (_name, id, body, status, code) => {
      const response = await review(id, body);
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(code);
    });

    it("answers 404 for the log of a missing event", async () => {
      expect((await app.request("/api/events/999999/reviews")).status).toBe(404);
    });
  });
});
