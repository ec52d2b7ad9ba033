import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze/pipeline.ts";
import { InputError } from "../ingest/input-errors.ts";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import { IngestError, ingestArticle } from "./ingest-article.ts";
import { openStore } from "./open-store.ts";
import type { Store } from "./store.ts";

const ARTICLE = {
  input: "talks.txt",
  bytes: new TextEncoder().encode(
    "---\ntitle: Talks\npublished: 2024-03-14\n---\nJapan and South Korea held talks on trade in Tokyo on Tuesday.\n",
  ),
};

describe("ingestArticle", () => {
  let folder: string;
  let store: Store;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), "dyad-ingest-"));
    store = await openStore(join(folder, "dyad.db"));
  });
  afterEach(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("stores an article once and does not analyse it again when its text is stored already", async () => {
    let analysed = 0;
    const analyze = (...args: Parameters<typeof analyzeArticle>) => {
      analysed += 1;
      return analyzeArticle(...args);
    };
    const first = await ingestArticle(ARTICLE, store, loadKnowledge(), { analyze });
    expect(first).toMatchObject({ input: "talks.txt", stored: true, duplicateOf: null });
    expect(first.record?.events.map((event) => event.kind)).toContain("meet");
    const again = await ingestArticle(ARTICLE, store, loadKnowledge(), { analyze });
    expect(again).toEqual({
      input: "talks.txt",
      stored: false,
      documentId: first.documentId,
      duplicateOf: null,
      record: null,
    });
    expect(analysed).toBe(1);
  });

  it("names the input when analysis fails, and keeps nothing of it", async () => {
    const analyze = () => {
      throw new Error("boom");
    };
    const failing = ingestArticle(ARTICLE, store, loadKnowledge(), { analyze });
    await expect(failing).rejects.toBeInstanceOf(IngestError);
    await expect(failing).rejects.toMatchObject({
      code: "analyze_failed",
      message: expect.stringContaining('"talks.txt"'),
    });
    expect((await store.stats()).documents).toBe(0);
  });

  it("lets a reading problem through as the reader's InputError", async () => {
    const empty = ingestArticle({ input: "empty.txt", bytes: new Uint8Array(0) }, store, loadKnowledge());
    await expect(empty).rejects.toBeInstanceOf(InputError);
  });
});
