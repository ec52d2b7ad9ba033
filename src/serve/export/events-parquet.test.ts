import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../../../test/synthetic/synthetic-articles.ts";
import { openStore } from "../../store/open-store.ts";
import type { Store } from "../../store/store.ts";
import { eventsParquet, PARQUET_COLUMNS } from "./events-parquet.ts";
import { ALL_COUNTED } from "./export-selection.ts";

const ARTICLES = 500;
const EVENTS_PER_ARTICLE = 5;

describe("Parquet export of events", () => {
  const folder = mkdtempSync(join(tmpdir(), "dyad-parquet-"));
  let store: Store;
  let rejectedId: number;

  beforeAll(async () => {
    store = await openStore(join(folder, "store.db"));
    for (const article of syntheticArticles(ARTICLES, EVENTS_PER_ARTICLE)) await store.saveArticle(article);
    rejectedId = (await store.events({ limit: 1 })).items[0].id;
    await store.reviewEvent(rejectedId, { action: "reject" });
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("streams row groups as they are written and reads back every event", async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of eventsParquet(store, ALL_COUNTED, 1000)) chunks.push(chunk);
    const file = Buffer.concat(chunks);
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    expect(file.subarray(0, 4).toString()).toBe("PAR1");
    expect(file.subarray(-4).toString()).toBe("PAR1");

    // what counts: occurred events that no reviewer rejected (serve/aggregate/event-selection.ts)
    const expected = (await store.events({ limit: 1_000_000 })).items.filter(
      (event) => event.review !== "rejected" && event.factuality === "occurred",
    );
    const metadata = parquetMetadata(buffer);
    expect(Number(metadata.num_rows)).toBe(expected.length);
    const groups = Math.ceil(expected.length / 1000);
    expect(metadata.row_groups).toHaveLength(groups);
    // One chunk per row group, then the footer: no chunk holds the whole file.
    expect(chunks).toHaveLength(expected.length % 1000 === 0 ? groups + 1 : groups);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(file.length / 2);

    const rows = await parquetReadObjects({ file: buffer });
    expect(rows.map((row) => row.id)).toEqual(expected.map((event) => event.id));
    expect(rows.some((row) => row.id === rejectedId)).toBe(false);
    const [first] = expected;
    expect(rows[0]).toMatchObject({
      date: first.date,
      kind: first.kind,
      cameo: first.codes.cameo,
      source: first.source.join(";"),
      target: first.target.join(";"),
      document_id: first.documentId,
      evidence: first.evidence.text,
      num_articles: first.numArticles ?? 1,
    });
    expect(Object.keys(rows[0])).toEqual(PARQUET_COLUMNS.map((column) => column.name));
  });

  it("writes a valid file with no rows for an empty store", async () => {
    const empty = await openStore(join(folder, "empty.db"));
    try {
      const chunks: Uint8Array[] = [];
      for await (const chunk of eventsParquet(empty)) chunks.push(chunk);
      const file = Buffer.concat(chunks);
      const metadata = parquetMetadata(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
      expect(Number(metadata.num_rows)).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
