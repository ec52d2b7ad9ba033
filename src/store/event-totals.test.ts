// Totals kept between queries (event-totals.ts) must follow every change: this store's own saves and reviews,
// and saves by another connection to the same database (another `dyad` process).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contractArticles } from "../../test/store/contract-articles.ts";
import { createTestDatabase, dropTestDatabases, skipPostgres } from "../../test/store/postgres-test-database.ts";
import { openStore } from "./open-store.ts";
import type { EventFilter } from "./store.ts";

const folder = mkdtempSync(join(tmpdir(), "dyad-event-totals-"));
const databases: string[] = [];
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await dropTestDatabases(databases);
});

const locations: [string, () => Promise<string>][] = [
  ["sqlite", async () => join(folder, `store-${Math.random().toString(36).slice(2)}.db`)],
  ...(skipPostgres
    ? []
    : ([
        [
          "postgres",
          async () => {
            const { name, url } = await createTestDatabase("dyad_test_event_totals");
            databases.push(name);
            return url;
          },
        ],
      ] as [string, () => Promise<string>][])),
];

const FILTERS: EventFilter[] = [{}, { actor: "CHN" }, { pair: ["CHN", "USA"] }, { kind: ["meet"], from: "2023" }];

describe.each(locations)("Event totals on %s", (_name, freshLocation) => {
  it("follow saves and reviews by this store and saves by another connection", async () => {
    const location = await freshLocation();
    const reader = await openStore(location);
    const writer = await openStore(location);
    const totals = async () => Promise.all(FILTERS.map(async (filter) => (await reader.events(filter)).total));
    try {
      await reader.saveArticle(contractArticles.chinaSyria);
      expect(await totals()).toEqual([6, 5, 0, 1]);
      expect(await totals()).toEqual([6, 5, 0, 1]);
      await writer.saveArticle(contractArticles.chinaUs);
      expect(await totals()).toEqual([9, 8, 3, 2]);
      const [meeting] = (await reader.events({ pair: ["CHN", "USA"], kind: ["meet"] })).items;
      await reader.reviewEvent(meeting.id, { action: "correct", correction: { date: "2022-11-15" } });
      expect(await totals()).toEqual([9, 8, 3, 1]);
      await writer.reviewEvent(meeting.id, { action: "correct", correction: { target: ["SYR"] } });
      expect(await totals()).toEqual([9, 7, 2, 1]);
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});
