// The query indexes of migration 0006 (query-indexes.ts) on both dialects: filled from the rows a store held
// before it, kept in step by triggers when reviews change an event's parties, and a date range that still finds
// year-precise events at the edge of the redundant one-year bound.
import { Migrator } from "kysely";
import { describe, expect, it } from "vitest";
import { contractArticles } from "../../test/store/contract-articles.ts";
import { migrationDialects } from "../../test/store/migration-dialects.ts";
import { KyselyStore } from "./kysely-store.ts";
import { migrationProvider } from "./migrations.ts";
import type { EventFilter, StoredEvent } from "./store.ts";

const dialects = migrationDialects("dyad-test-query-indexes");

const keys = (events: StoredEvent[]) => events.map((event) => `${event.kind}@${event.date ?? "undated"}`);

const PAIR_CHN_SYR = [
  "establish_relations@1956",
  "visit@2004",
  "meet@2023-09-22",
  "cooperate@2023-09-22",
  "support@undated",
];

/** Filters whose answers come through event_pairs, event_places or the one-year bound on date_start. */
const FILTERS: [string, EventFilter, string[]][] = [
  ["pair", { pair: ["CHN", "SYR"] }, PAIR_CHN_SYR],
  ["pair, the other way round", { pair: ["SYR", "CHN"] }, PAIR_CHN_SYR],
  ["pair across articles", { pair: ["USA", "CHN"] }, ["sanction@2022-10", "criticize@2023-02", "meet@2023-11-15"]],
  ["pair that shares no event", { pair: ["USA", "SYR"] }, []],
  ["pair and kind", { pair: ["CHN", "SYR"], kind: ["visit"] }, ["visit@2004"]],
  ["part of a place name, any case", { place: "ANGZ" }, ["meet@2023-09-22"]],
  ["a place's country", { place: "USA" }, ["meet@2023-11-15"]],
  ["a year-precise event, from its last day", { from: "2004-12-31" }, keysFrom2004()],
  ["a year-precise event, to its first day", { to: "1956-01-01" }, ["establish_relations@1956"]],
  [
    "a year-precise event, from a day within it",
    { from: "1956-06-15", to: "1956-06-15" },
    ["establish_relations@1956"],
  ],
  ["from the day after a year-precise event", { from: "2005-01-01", to: "2012" }, ["meet@2012"]],
  ["from 29 February", { from: "2024-02-29" }, []],
];

function keysFrom2004(): string[] {
  return [
    "visit@2004",
    "meet@2012",
    "join@2022-01",
    "sanction@2022-10",
    "criticize@2023-02",
    "join@2023-05-07",
    "meet@2023-09-22",
    "cooperate@2023-09-22",
    "meet@2023-11-15",
  ];
}

describe.each(dialects)("Query indexes on %s", (_name, open) => {
  it("are filled from the events a store held before migration 0006, then kept by triggers", async () => {
    const { db, overrides } = await open();
    const store = new KyselyStore(db, overrides);
    try {
      const migrator = new Migrator({ db, provider: migrationProvider(overrides) });
      const before = await migrator.migrateTo("0005-merged-events");
      expect(before.error).toBeUndefined();
      await store.saveArticle(contractArticles.chinaSyria);
      await store.saveArticle(contractArticles.chinaUs);
      await store.migrate();
      await store.saveArticle(contractArticles.syriaArabLeague);
      for (const [label, filter, expected] of FILTERS) {
        expect(keys((await store.events(filter)).items), label).toEqual(expected);
        expect((await store.events(filter)).total, label).toBe(expected.length);
      }
      // Saved after the migration: the triggers filed its events under their pairs.
      expect(keys((await store.events({ pair: ["SYR", "SAU"] })).items)).toEqual(["meet@2012"]);
      expect(keys((await store.events({ pair: ["org:arab-league", "SYR"] })).items)).toEqual(["join@2023-05-07"]);
    } finally {
      await store.close();
    }
  });

  it("moves an event between pairs when a review corrects its parties", async () => {
    const { db, overrides } = await open();
    const store = new KyselyStore(db, overrides);
    try {
      await store.migrate();
      await store.saveArticle(contractArticles.chinaSyria);
      const meeting = (await store.events({ pair: ["CHN", "SYR"], kind: ["meet"] })).items[0];
      await store.reviewEvent(meeting.id, { action: "correct", correction: { target: ["IRN", "IRQ"] } });
      expect(keys((await store.events({ pair: ["CHN", "SYR"] })).items)).not.toContain("meet@2023-09-22");
      for (const other of ["IRN", "IRQ"]) {
        expect((await store.events({ pair: [other, "CHN"] })).items.map((event) => event.id)).toEqual([meeting.id]);
      }
      expect((await store.events({ pair: ["IRN", "IRQ"] })).total).toBe(0);
      const timeline = await store.timeline("CHN", "IRN");
      expect(timeline.map((entry) => (entry.type === "event" ? entry.event.id : null))).toContain(meeting.id);
    } finally {
      await store.close();
    }
  });
});
