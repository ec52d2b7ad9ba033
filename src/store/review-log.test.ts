// Corrections of factuality and place, and the store-wide audit log, on a real SQLite file and a real
// PostgreSQL database, over the contract articles.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractArticles } from "../../test/store/contract-articles.ts";
import { createTestDatabase, dropTestDatabases, skipPostgres } from "../../test/store/postgres-test-database.ts";
import { openStore } from "./open-store.ts";
import type { Store } from "./store.ts";

type Location = { location: string; cleanUp: () => Promise<void> };

const dialects: [string, () => Promise<Location>][] = [
  [
    "sqlite",
    async () => {
      const folder = mkdtempSync(join(tmpdir(), "dyad-review-log-"));
      return { location: join(folder, "reviews.db"), cleanUp: async () => rmSync(folder, { recursive: true }) };
    },
  ],
  ...(skipPostgres
    ? []
    : ([
        [
          "postgres",
          async () => {
            const { name, url } = await createTestDatabase("dyad_test_reviews");
            return { location: url, cleanUp: () => dropTestDatabases([name]) };
          },
        ],
      ] as [string, () => Promise<Location>][])),
];

describe.each(dialects)("review corrections and the audit log on %s", (_name, makeLocation) => {
  let store: Store;
  let cleanUp: () => Promise<void>;

  beforeAll(async () => {
    const made = await makeLocation();
    cleanUp = made.cleanUp;
    store = await openStore(made.location);
    for (const article of Object.values(contractArticles)) await store.saveArticle(article);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
  });

  it("corrects factuality (with its codes) and place, and reads back what is stored", async () => {
    const [visit] = (await store.events({ kind: ["visit"] })).items;
    const corrected = await store.reviewEvent(visit.id, {
      action: "correct",
      correction: {
        factuality: "intended",
        codes: { plover: "AGREE", cameo: "036" },
        location: { name: "Beijing", country: "CHN" },
      },
      reviewer: "ana",
      note: "a plan, in Beijing",
    });
    expect(corrected).toMatchObject({
      factuality: "intended",
      codes: { plover: "AGREE", cameo: "036" },
      location: { name: "Beijing", country: "CHN" },
      review: "corrected",
    });
    expect(await store.getEvent(visit.id)).toMatchObject({ factuality: "intended", location: { name: "Beijing" } });
    const [entry] = await store.eventReviews(visit.id);
    expect(entry.before).toMatchObject({ factuality: "occurred", location: null });
    expect(entry.after).toMatchObject({ factuality: "intended", location: { name: "Beijing", country: "CHN" } });
  });

  it("clears a place, and refuses a place without a name", async () => {
    const [meet] = (await store.events({ kind: ["meet"], place: "Hangzhou" })).items;
    await store.reviewEvent(meet.id, { action: "correct", correction: { location: null }, reviewer: "bo" });
    expect((await store.getEvent(meet.id))?.location).toBeNull();
    await expect(
      store.reviewEvent(meet.id, { action: "correct", correction: { location: { name: " ", country: null } } }),
    ).rejects.toThrow(/needs a name/);
  });

  it("keeps a store-wide log, newest first, with who, when, what and the event's article", async () => {
    const [sanction] = (await store.events({ kind: ["sanction"] })).items;
    await store.reviewEvent(sanction.id, { action: "reject", reviewer: "ana", note: "not a sanction" });
    const log = await store.reviewLog({});
    expect(log.total).toBe(3);
    expect(log.items.map((entry) => [entry.action, entry.reviewer])).toEqual([
      ["reject", "ana"],
      ["correct", "bo"],
      ["correct", "ana"],
    ]);
    expect(log.items[0]).toMatchObject({
      eventId: sanction.id,
      note: "not a sanction",
      documentId: sanction.documentId,
    });
    expect(log.items[0].reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(
      (await store.reviewLog({ reviewer: "ana", limit: 1, offset: 1 })).items.map((entry) => entry.action),
    ).toEqual(["correct"]);
  });
});
