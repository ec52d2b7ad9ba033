// Over 300 lines by design: one contract suite is the point (every Store behaviour, both dialects, in one file).
// One contract, two dialects: every Store behaviour is checked against a real SQLite file and a real
// PostgreSQL database (127.0.0.1:5432). PostgreSQL being down fails the suite unless DYAD_SKIP_POSTGRES=1.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenArticle, contractArticles, tripoliArticle } from "../../test/store/contract-articles.ts";
import { mergeArticles } from "../../test/store/contract-merge-articles.ts";
import { createTestDatabase, dropTestDatabases, skipPostgres } from "../../test/store/postgres-test-database.ts";
import { openStore } from "./open-store.ts";
import type { EventFilter, Store, StoredEvent, TimelineEntry } from "./store.ts";

const run = promisify(execFile);

interface DialectUnderTest {
  name: string;
  /** A fresh, empty database location; each call gives a new one. */
  freshLocation(): Promise<string>;
  cleanUp(): Promise<void>;
}

function sqliteDialect(): DialectUnderTest {
  const folder = mkdtempSync(join(tmpdir(), "dyad-store-"));
  let count = 0;
  return {
    name: "sqlite",
    freshLocation: async () => join(folder, `store-${++count}.db`),
    cleanUp: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

function postgresDialect(): DialectUnderTest {
  const created: string[] = [];
  return {
    name: "postgres",
    async freshLocation() {
      const { name, url } = await createTestDatabase("dyad_test_store");
      created.push(name);
      return url;
    },
    cleanUp: () => dropTestDatabases(created),
  };
}

const dialects = [sqliteDialect, ...(skipPostgres ? [] : [postgresDialect])];

/** "kind@date" for events, as a compact, order-preserving view of a result. */
const eventKeys = (events: StoredEvent[]) => events.map((event) => `${event.kind}@${event.date ?? "undated"}`);
const timelineKeys = (entries: TimelineEntry[]) =>
  entries.map((entry) =>
    entry.type === "event"
      ? `event:${entry.event.kind}@${entry.date ?? "undated"}`
      : `relation:${entry.relation.kind}@${entry.date ?? "undated"}`,
  );

const ALL_EVENTS = [
  "establish_relations@1956",
  "visit@2004",
  "meet@2012",
  "join@2022-01",
  "sanction@2022-10",
  "criticize@2023-02",
  "join@2023-05-07",
  "meet@2023-09-22",
  "cooperate@2023-09-22",
  "meet@2023-11-15",
  "support@undated",
];

const EVENT_FILTERS: [string, EventFilter, string[]][] = [
  ["no filter", {}, ALL_EVENTS],
  [
    "actor SYR (any role)",
    { actor: "SYR" },
    [
      "establish_relations@1956",
      "visit@2004",
      "meet@2012",
      "join@2022-01",
      "join@2023-05-07",
      "meet@2023-09-22",
      "cooperate@2023-09-22",
      "support@undated",
    ],
  ],
  ["actor org:bri", { actor: "org:bri" }, ["join@2022-01"]],
  [
    "pair CHN SYR",
    { pair: ["CHN", "SYR"] },
    ["establish_relations@1956", "visit@2004", "meet@2023-09-22", "cooperate@2023-09-22", "support@undated"],
  ],
  [
    "pair SYR CHN (either direction)",
    { pair: ["SYR", "CHN"] },
    ["establish_relations@1956", "visit@2004", "meet@2023-09-22", "cooperate@2023-09-22", "support@undated"],
  ],
  ["pair CHN USA", { pair: ["CHN", "USA"] }, ["sanction@2022-10", "criticize@2023-02", "meet@2023-11-15"]],
  ["pair with no events", { pair: ["USA", "SYR"] }, []],
  ["kind meet", { kind: ["meet"] }, ["meet@2012", "meet@2023-09-22", "meet@2023-11-15"]],
  [
    "kinds meet, join",
    { kind: ["meet", "join"] },
    ["meet@2012", "join@2022-01", "join@2023-05-07", "meet@2023-09-22", "meet@2023-11-15"],
  ],
  ["factuality intended", { factuality: ["intended"] }, ["cooperate@2023-09-22"]],
  ["factualities negated, intended", { factuality: ["negated", "intended"] }, ["meet@2012", "cooperate@2023-09-22"]],
  [
    "from 2023 (the whole year)",
    { from: "2023" },
    ["criticize@2023-02", "join@2023-05-07", "meet@2023-09-22", "cooperate@2023-09-22", "meet@2023-11-15"],
  ],
  [
    "to 2022 (through 31 December)",
    { to: "2022" },
    ["establish_relations@1956", "visit@2004", "meet@2012", "join@2022-01", "sanction@2022-10"],
  ],
  ["month 2022-01 (from and to)", { from: "2022-01", to: "2022-01" }, ["join@2022-01"]],
  ["a day inside a month-precise event", { from: "2022-01-15", to: "2022-01-15" }, ["join@2022-01"]],
  ["a day inside a year-precise event", { from: "2004-06-01", to: "2004-06-30" }, ["visit@2004"]],
  ["month 2023-09", { from: "2023-09", to: "2023-09" }, ["meet@2023-09-22", "cooperate@2023-09-22"]],
  ["exact day", { from: "2023-09-22", to: "2023-09-22" }, ["meet@2023-09-22", "cooperate@2023-09-22"]],
  ["from the day after", { from: "2023-09-23" }, ["meet@2023-11-15"]],
  ["February 2023 by days", { from: "2023-02-01", to: "2023-02-28" }, ["criticize@2023-02"]],
  ["a range with nothing in it", { from: "1990", to: "2000" }, []],
  ["PLOVER code", { plover: "SANCTION" }, ["sanction@2022-10"]],
  ["CAMEO code", { cameo: "042" }, ["visit@2004"]],
  ["place, ignoring case", { place: "woodside" }, ["meet@2023-11-15"]],
  ["place by country", { place: "CHN" }, ["meet@2023-09-22"]],
  ["actor, kind and range together", { actor: "SYR", kind: ["join"], from: "2023" }, ["join@2023-05-07"]],
  ["review state unreviewed", { review: ["unreviewed"] }, ALL_EVENTS],
  ["review state rejected (none yet)", { review: ["rejected"] }, []],
  ["review and factuality together", { review: ["unreviewed", "confirmed"], factuality: ["negated"] }, ["meet@2012"]],
];

describe.each(dialects.map((make) => [make().name, make] as const))("Store contract on %s", (_name, makeDialect) => {
  const dialect = makeDialect();
  let store: Store;
  let location: string;
  const documentIds: Record<string, number> = {};

  beforeAll(async () => {
    location = await dialect.freshLocation();
    store = await openStore(location);
    for (const [name, article] of Object.entries(contractArticles)) {
      const result = await store.saveArticle(article);
      expect(result.stored).toBe(true);
      documentIds[name] = result.documentId;
    }
  });

  afterAll(async () => {
    await store?.close();
    await dialect.cleanUp();
  });

  it("migrates idempotently", async () => {
    await store.migrate();
    expect((await store.stats()).documents).toBe(3);
  });

  it("reads a saved article back whole: document, text and record", async () => {
    const { chinaSyria } = contractArticles;
    const document = await store.getDocument(documentIds.chinaSyria);
    expect(document).toMatchObject({
      id: documentIds.chinaSyria,
      contentHash: chinaSyria.contentHash,
      input: "china-syria.txt",
      title: "Xi, Assad announce strategic partnership",
      published: "2023-09-23",
      language: "en",
      text: chinaSyria.text,
    });
    expect(document?.record).toEqual(chinaSyria.record);
    expect(Number.isNaN(Date.parse(document?.ingestedAt ?? ""))).toBe(false);
    expect(await store.getDocument(999_999)).toBeNull();
    expect(await store.hasContentHash(chinaSyria.contentHash)).toBe(true);
    expect(await store.hasContentHash("sha256:never-seen")).toBe(false);
  });

  it("returns events as records with ids, evidence and their document", async () => {
    const { items } = await store.events({ kind: ["meet"], from: "2023-09", to: "2023-09" });
    expect(items).toHaveLength(1);
    const [meet] = items;
    expect(meet).toEqual({
      ...contractArticles.chinaSyria.record.events[0],
      id: expect.any(Number),
      documentId: documentIds.chinaSyria,
      documentTitle: "Xi, Assad announce strategic partnership",
      published: "2023-09-23",
      review: "unreviewed",
    });
    expect(contractArticles.chinaSyria.text.slice(meet.evidence.start, meet.evidence.end)).toBe(meet.evidence.text);
  });

  it("stores an article with an already stored content hash once", async () => {
    const before = await store.stats();
    const again = await store.saveArticle(contractArticles.chinaSyria);
    expect(again).toEqual({ documentId: documentIds.chinaSyria, stored: false });
    expect(await store.stats()).toEqual(before);
  });

  it("rolls back the whole article when one insert fails", async () => {
    const before = await store.stats();
    const broken = brokenArticle();
    await expect(store.saveArticle(broken)).rejects.toThrow();
    expect(await store.hasContentHash(broken.contentHash)).toBe(false);
    expect(await store.stats()).toEqual(before);
    expect((await store.entities({ search: "Ghost" })).total).toBe(0);
    expect((await store.events({ actor: "GHO" })).total).toBe(0);
    expect((await store.relations({ actor: "GHO" })).total).toBe(0);
    // and the store still works afterwards
    expect((await store.events({})).total).toBe(ALL_EVENTS.length);
  });

  it.each(EVENT_FILTERS)("filters events: %s", async (_label, filter, expected) => {
    const page = await store.events(filter);
    expect(eventKeys(page.items)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it("refuses a malformed date filter with a clear message", async () => {
    await expect(store.events({ from: "2023-13" })).rejects.toThrow(/2023-13/);
    await expect(store.events({ to: "last year" })).rejects.toThrow(/YYYY/);
  });

  it("pages events, with the total of all matches on every page", async () => {
    const pages = await Promise.all([0, 4, 8].map((offset) => store.events({ limit: 4, offset })));
    expect(pages.map((page) => page.total)).toEqual([11, 11, 11]);
    expect(pages.map((page) => page.items.length)).toEqual([4, 4, 3]);
    expect(pages.flatMap((page) => eventKeys(page.items))).toEqual(ALL_EVENTS);
    const filtered = await store.events({ actor: "SYR", limit: 2, offset: 6 });
    expect(filtered.total).toBe(8);
    expect(eventKeys(filtered.items)).toEqual(["cooperate@2023-09-22", "support@undated"]);
  });

  it("filters events by document", async () => {
    const page = await store.events({ documentId: documentIds.syriaArabLeague });
    expect(eventKeys(page.items)).toEqual(["meet@2012", "join@2023-05-07"]);
  });

  it("lists a state's standing relations, dated by since (undated last), with evidence", async () => {
    const relations = await store.relationsOf("SYR");
    expect(relations.map((relation) => `${relation.kind}:${relation.parties.join("+")}@${relation.since}`)).toEqual([
      "diplomatic_relations:CHN+SYR@1956",
      "membership:SYR+org:bri@2022-01",
      "partnership:CHN+SYR@2023-09-22",
      "membership:SYR+org:arab-league@null",
    ]);
    const partnership = relations.find((relation) => relation.kind === "partnership");
    expect(partnership).toMatchObject({
      label: "strategic partnership",
      documentId: documentIds.chinaSyria,
      documentTitle: "Xi, Assad announce strategic partnership",
      evidence: contractArticles.chinaSyria.record.relations[0].evidence,
    });
    expect(relations.find((relation) => relation.kind === "diplomatic_relations")?.evidence).toBeUndefined();
    expect(await store.relationsOf("ATA")).toEqual([]);
  });

  it("filters and pages relations", async () => {
    expect((await store.relations({ pair: ["USA", "CHN"] })).items.map((relation) => relation.since)).toEqual(["1979"]);
    const memberships = await store.relations({ kind: ["membership"], limit: 1 });
    expect(memberships.total).toBe(2);
    expect(memberships.items).toHaveLength(1);
    expect((await store.relations({ actor: "CHN" })).total).toBe(3);
  });

  it("gives a pair's timeline in date order, undated last, with joins reported in the pair's articles", async () => {
    expect(timelineKeys(await store.timeline("CHN", "SYR"))).toEqual([
      "event:establish_relations@1956",
      "relation:diplomatic_relations@1956",
      "event:visit@2004",
      "event:join@2022-01",
      "relation:membership@2022-01",
      "event:meet@2023-09-22",
      "event:cooperate@2023-09-22",
      "relation:partnership@2023-09-22",
      "event:support@undated",
    ]);
    // Names in either order give the same timeline.
    expect(timelineKeys(await store.timeline("SYR", "CHN"))).toEqual(timelineKeys(await store.timeline("CHN", "SYR")));
    // The join is there for context: it is not an event between the pair.
    const context = (await store.timeline("CHN", "SYR")).filter((entry) => entry.type === "event" && entry.context);
    expect(timelineKeys(context)).toEqual(["event:join@2022-01"]);
  });

  it("limits a timeline by date range and factuality", async () => {
    expect(timelineKeys(await store.timeline("CHN", "SYR", { from: "2023" }))).toEqual([
      "event:meet@2023-09-22",
      "event:cooperate@2023-09-22",
      "relation:partnership@2023-09-22",
    ]);
    expect(timelineKeys(await store.timeline("CHN", "SYR", { to: "2004", factuality: ["occurred"] }))).toEqual([
      "event:establish_relations@1956",
      "relation:diplomatic_relations@1956",
      "event:visit@2004",
    ]);
    expect(timelineKeys(await store.timeline("CHN", "USA"))).toEqual([
      "relation:diplomatic_relations@1979",
      "event:sanction@2022-10",
      "event:criticize@2023-02",
      "event:meet@2023-11-15",
    ]);
  });

  it("keeps entities once per id, with kind filter and search", async () => {
    const all = await store.entities({});
    expect(all.total).toBe(8);
    expect((await store.entities({ kind: "country" })).items.map((entity) => entity.id)).toEqual([
      "CHN",
      "SAU",
      "SYR",
      "USA",
    ]);
    expect((await store.entities({ search: "bri" })).items.map((entity) => entity.id)).toEqual(["org:bri"]);
    expect((await store.entities({ search: "league of arab" })).items.map((entity) => entity.id)).toEqual([
      "org:arab-league",
    ]);
    expect(all.items.find((entity) => entity.id === "place:hangzhou")).toMatchObject({ lat: 30.29, lon: 120.16 });
    expect(all.items.find((entity) => entity.id === "person:xi-jinping")).toMatchObject({
      country: "CHN",
      role: "President",
    });
    const paged = await store.entities({ limit: 3, offset: 6 });
    expect(paged).toMatchObject({ total: 8 });
    expect(paged.items).toHaveLength(2);
  });

  it("lists documents with search and paging", async () => {
    const all = await store.listDocuments({});
    expect(all.total).toBe(3);
    // newest first, by publication date
    expect(all.items.map((document) => document.input)).toEqual([
      "china-us.txt",
      "china-syria.txt",
      "syria-arab-league.txt",
    ]);
    expect(all.items[0]).toMatchObject({ source: "Wire", contentHash: "sha256:china-us.txt" });
    const found = await store.listDocuments({ search: "ARAB league" });
    expect(found.items.map((document) => document.title)).toEqual(["Arab League readmits Syria"]);
    expect((await store.listDocuments({ limit: 1, offset: 2 })).items.map((document) => document.input)).toEqual([
      "syria-arab-league.txt",
    ]);
  });

  it("counts what it holds", async () => {
    expect(await store.stats()).toEqual({ documents: 3, events: 11, relations: 5, entities: 8 });
  });

  it("keeps two cities of one name as two entities, each with its country, coordinates and events", async () => {
    const cities = await openStore(await dialect.freshLocation());
    try {
      const libya = { id: "place:tripoli-lby", country: "LBY", lat: 32.89, lon: 13.19 };
      const lebanon = { id: "place:tripoli-lbn", country: "LBN", lat: 34.43, lon: 35.84 };
      await cities.saveArticle(tripoliArticle("libya.txt", "Egypt's minister met Libyan leaders in Tripoli.", libya));
      await cities.saveArticle(
        tripoliArticle("lebanon.txt", "Egypt's envoy met Lebanese leaders in Tripoli.", lebanon),
      );
      const places = (await cities.entities({ kind: "place" })).items;
      expect(places).toEqual([expect.objectContaining(lebanon), expect.objectContaining(libya)]);
      // each event's place is its own country's Tripoli, not whichever was saved first
      for (const city of [libya, lebanon]) {
        const events = (await cities.events({ place: city.country })).items;
        expect(events.map((event) => [event.location, event.target])).toEqual([
          [{ name: "Tripoli", country: city.country }, [city.country]],
        ]);
      }
    } finally {
      await cities.close();
    }
  });

  it("stores an article exactly once when several processes save it at the same time", async () => {
    const shared = await dialect.freshLocation();
    const script = fileURLToPath(new URL("../../test/store/contract-save-process.ts", import.meta.url));
    // Create the schema first, so the processes race on the article and not on the migration.
    await (await openStore(shared)).close();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => run(process.execPath, ["--import", "tsx", script, shared, "chinaSyria"])),
    );
    const saves = results.map(({ stdout }) => JSON.parse(stdout) as { documentId: number; stored: boolean });
    expect(saves.filter((save) => save.stored)).toHaveLength(1);
    expect(new Set(saves.map((save) => save.documentId)).size).toBe(1);
    const check = await openStore(shared);
    try {
      expect(await check.stats()).toMatchObject({ documents: 1, events: 6, relations: 3 });
    } finally {
      await check.close();
    }
  });
});

// Event review (event-review.ts): the corrected value is what queries return, the original is kept.
describe.each(dialects.map((make) => [make().name, make] as const))("Event review on %s", (_name, makeDialect) => {
  const dialect = makeDialect();
  let store: Store;
  let visitId: number;
  let meetId: number;

  beforeAll(async () => {
    store = await openStore(await dialect.freshLocation());
    await store.saveArticle(contractArticles.chinaSyria);
    const events = await store.events({ pair: ["CHN", "SYR"] });
    visitId = events.items.find((event) => event.kind === "visit")?.id as number;
    meetId = events.items.find((event) => event.kind === "meet")?.id as number;
  });

  afterAll(async () => {
    await store?.close();
    await dialect.cleanUp();
  });

  it("starts unreviewed, with an empty log", async () => {
    expect((await store.getEvent(visitId))?.review).toBe("unreviewed");
    expect(await store.eventReviews(visitId)).toEqual([]);
    expect(await store.getEvent(999_999)).toBeNull();
  });

  it("confirms an event and logs who did it", async () => {
    const confirmed = await store.reviewEvent(meetId, { action: "confirm", reviewer: "analyst", note: "checked" });
    expect(confirmed?.review).toBe("confirmed");
    const [entry] = await store.eventReviews(meetId);
    expect(entry).toMatchObject({ action: "confirm", reviewer: "analyst", note: "checked" });
    expect(entry.before.review).toBe("unreviewed");
    expect(entry.after.review).toBe("confirmed");
  });

  it("corrects kind, parties and date: queries return the correction, the log keeps the original", async () => {
    const corrected = await store.reviewEvent(visitId, {
      action: "correct",
      correction: {
        kind: "meet",
        codes: { plover: "CONSULT", cameo: "040" },
        source: ["CHN"],
        target: ["SYR", "IRN"],
        date: "2004-06",
      },
    });
    expect(corrected).toMatchObject({
      review: "corrected",
      kind: "meet",
      source: ["CHN"],
      target: ["SYR", "IRN"],
      date: "2004-06",
    });
    const inJune = await store.events({ kind: ["meet"], from: "2004-06", to: "2004-06" });
    expect(inJune.items.map((event) => event.id)).toEqual([visitId]);
    expect((await store.events({ kind: ["visit"] })).total).toBe(0);
    expect((await store.events({ actor: "IRN" })).items.map((event) => event.id)).toEqual([visitId]);
    const [entry] = await store.eventReviews(visitId);
    expect(entry.before).toMatchObject({ kind: "visit", source: ["SYR"], target: ["CHN"], date: "2004" });
    const document = await store.getDocument(corrected?.documentId as number);
    expect(document?.record.events.some((event) => event.kind === "visit")).toBe(true);
  });

  it("rejects an event, keeping it queryable with its status", async () => {
    await store.reviewEvent(visitId, { action: "reject" });
    expect((await store.getEvent(visitId))?.review).toBe("rejected");
    expect((await store.eventReviews(visitId)).map((entry) => entry.action)).toEqual(["correct", "reject"]);
    // the review filter finds it, and leaves it out when asked for the other states
    expect((await store.events({ review: ["rejected"] })).items.map((event) => event.id)).toEqual([visitId]);
    const kept = await store.events({ review: ["unreviewed", "confirmed", "corrected"], limit: 1000 });
    expect(kept.items.map((event) => event.id)).not.toContain(visitId);
  });

  it.each<[string, Parameters<Store["reviewEvent"]>[1], RegExp]>([
    ["a correction with nothing in it", { action: "correct", correction: {} }, /needs at least one/],
    ["a kind without codes", { action: "correct", correction: { kind: "meet" } }, /needs its codes/],
    ["an empty party list", { action: "correct", correction: { source: [] } }, /at least one actor/],
    ["a malformed date", { action: "correct", correction: { date: "2004-13" } }, /no month 13/],
  ])("refuses %s and changes nothing", async (_label, request, message) => {
    const before = await store.eventReviews(meetId);
    await expect(store.reviewEvent(meetId, request)).rejects.toThrow(message);
    expect(await store.eventReviews(meetId)).toEqual(before);
  });

  it("answers null for a review of a missing event", async () => {
    expect(await store.reviewEvent(999_999, { action: "confirm" })).toBeNull();
  });
});

// Near-duplicates (near-duplicates.ts) and one event from many reports (event-merging.ts, event-reports.ts).
describe.each(dialects.map((make) => [make().name, make] as const))("Merged reports on %s", (_name, makeDialect) => {
  const dialect = makeDialect();
  let store: Store;
  const ids: Record<string, number> = {};
  const meetsOfPair = async () =>
    (await store.events({ pair: ["KEN", "ETH"], kind: ["meet"] })).items.map((event) => ({
      date: event.date,
      factuality: event.factuality,
      place: event.location?.name ?? null,
      documents: event.reports?.map((report) => report.documentId) ?? [event.documentId],
    }));

  beforeAll(async () => {
    store = await openStore(await dialect.freshLocation());
    for (const name of ["wire", "review", "brief", "others"] as const) {
      const saved = await store.saveArticle(mergeArticles[name]);
      expect(saved).toEqual({ documentId: expect.any(Number), stored: true });
      ids[name] = saved.documentId;
    }
  });

  afterAll(async () => {
    await store?.close();
    await dialect.cleanUp();
  });

  it("links a republished copy to the first copy and does not count its events again", async () => {
    const before = await store.stats();
    const saved = await store.saveArticle(mergeArticles.republished);
    expect(saved).toEqual({ documentId: expect.any(Number), stored: true, duplicateOf: ids.wire });
    ids.republished = saved.documentId;
    expect(await store.stats()).toEqual({ ...before, documents: before.documents + 1 });
    expect((await store.events({ documentId: ids.republished })).total).toBe(0);
    expect(await store.nearDuplicates(ids.wire)).toEqual({ duplicateOf: null, duplicates: [ids.republished] });
    expect(await store.nearDuplicates(ids.republished)).toEqual({ duplicateOf: ids.wire, duplicates: [] });
    // The copy's record is kept as extracted.
    expect((await store.getDocument(ids.republished))?.record.events).toHaveLength(2);
    // Another outlet's own story of the same event is not a near-duplicate.
    expect(await store.nearDuplicates(ids.review)).toEqual({ duplicateOf: null, duplicates: [] });
  });

  it("shows one event for the reports of one meeting, with every report as evidence", async () => {
    expect(await meetsOfPair()).toEqual([
      { date: "2023-03-15", factuality: "occurred", place: "Nairobi", documents: [ids.wire, ids.review, ids.brief] },
      { date: "2023-03-15", factuality: "intended", place: null, documents: [ids.others] },
      { date: "2023-03-15", factuality: "occurred", place: "Addis Ababa", documents: [ids.others] },
      { date: "2023-03-19", factuality: "occurred", place: null, documents: [ids.others] },
    ]);
    const [summit] = (await store.events({ pair: ["KEN", "ETH"], kind: ["meet"], limit: 1 })).items;
    expect(summit).toMatchObject({ numArticles: 3, numSources: 2, documentId: ids.wire });
    expect(summit.reports?.map((report) => [report.source, report.evidence.text.slice(0, 24)])).toEqual([
      ["East Africa Wire", "Kenya and Ethiopia agree"],
      ["Regional Review", "For Ethiopia, a landlock"],
      ["East Africa Wire", "Kenyan and Ethiopian lea"],
    ]);
  });

  it("merges a signing reported with the parties the other way round, but not a criticism", async () => {
    const signings = await store.events({ pair: ["KEN", "ETH"], kind: ["sign_agreement"] });
    expect(signings.total).toBe(1);
    expect(signings.items[0].reports?.map((report) => report.documentId)).toEqual([ids.wire, ids.review]);
    expect((await store.events({ pair: ["KEN", "ETH"], kind: ["criticize"] })).items[0].reports).toBeUndefined();
  });

  it("puts the merged event once on the pair's timeline", async () => {
    const summitEntries = (await store.timeline("KEN", "ETH")).filter(
      (entry) => entry.type === "event" && entry.event.kind === "meet" && entry.event.location?.name === "Nairobi",
    );
    expect(summitEntries).toHaveLength(1);
    expect(summitEntries[0].type === "event" && summitEntries[0].event.numArticles).toBe(3);
  });

  it("lists a document's own reports, each saying which event it was merged into", async () => {
    const [summit] = (await store.events({ pair: ["KEN", "ETH"], kind: ["meet"], limit: 1 })).items;
    const own = await store.events({ documentId: ids.brief });
    expect(own.items.map((event) => event.mergedInto)).toEqual([summit.id]);
    expect((await store.events({ documentId: ids.wire })).items.map((event) => event.mergedInto)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("takes reports out of an event through review, and never merges them again", async () => {
    const [summit] = (await store.events({ pair: ["KEN", "ETH"], kind: ["meet"], limit: 1 })).items;
    // Unmerging the representative: the next report represents the rest.
    const alone = await store.unmergeEvent(summit.id, { reviewer: "analyst", note: "different meeting" });
    expect(alone?.reports).toBeUndefined();
    expect((await meetsOfPair()).slice(0, 2)).toEqual([
      { date: "2023-03", factuality: "occurred", place: null, documents: [ids.review, ids.brief] },
      { date: "2023-03-15", factuality: "occurred", place: "Nairobi", documents: [ids.wire] },
    ]);
    expect((await store.eventMerges(summit.id)).map((entry) => [entry.action, entry.reviewer])).toEqual([
      ["unmerge", "analyst"],
    ]);
    await expect(store.unmergeEvent(summit.id)).rejects.toThrow(/not merged with any other report/);
    expect(await store.unmergeEvent(999_999)).toBeNull();

    // A later report joins the remaining event, not the report taken out.
    const late = await store.saveArticle(mergeArticles.late);
    const [lateReport] = (await store.events({ documentId: late.documentId })).items;
    const remaining = (await store.events({ documentId: ids.review, kind: ["meet"] })).items[0];
    expect(lateReport.mergedInto).toBe(remaining.id);
    expect((await store.getEvent(remaining.id))?.numArticles).toBe(3);
  });

  it("makes one event of an article's own reports of it (headline and body), with both evidence spans", async () => {
    const saved = await store.saveArticle(mergeArticles.headlineAndBody);
    const pair = await store.events({ pair: ["KEN", "UGA"] });
    expect(pair.items.map((event) => event.kind)).toEqual(["sign_agreement", "criticize"]);
    const [signing] = pair.items;
    expect(signing.numArticles).toBe(1);
    expect(signing.reports?.map((report) => [report.documentId, report.evidence.text])).toEqual([
      [saved.documentId, "Kenya, Uganda sign border pact."],
      [saved.documentId, "Kenya and Uganda signed a border pact in Kampala on 2 June 2023."],
    ]);
    // the article's own list (in date order) still shows both reports, the body's saying which event it joined
    const own = (await store.events({ documentId: saved.documentId })).items;
    expect(own.map((event) => [event.date, event.mergedInto ?? null])).toEqual([
      ["2023-06", null],
      ["2023-06", null],
      ["2023-06-02", signing.id],
    ]);
  });
});
