// The analysis pool: the same records as analysis on the request thread, input errors kept as such, a hard
// time limit, and reads answered while a large article is analysed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeArticle } from "../../analyze/pipeline.ts";
import { InputError } from "../../ingest/input-errors.ts";
import { readArticle } from "../../ingest/read-article.ts";
import { loadKnowledge } from "../../knowledge/knowledge.ts";
import { openStore } from "../../store/open-store.ts";
import type { Store } from "../../store/store.ts";
import { AnalysisPool, AnalysisTimeoutError } from "./analysis-pool.ts";
import { createApp } from "./app.ts";

const SENTENCE = "China provided humanitarian aid to Syria on Tuesday, the foreign ministry said. ";
const bytes = (text: string) => new TextEncoder().encode(text);

let pool: AnalysisPool;
let folder: string;
let store: Store;
beforeAll(async () => {
  pool = new AnalysisPool(1);
  folder = mkdtempSync(join(tmpdir(), "dyad-pool-"));
  store = await openStore(join(folder, "pool.db"));
});
afterAll(async () => {
  await pool.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("analysis pool", () => {
  it("reads and analyses on a worker thread to the same record", async () => {
    const text = `---\npublished: 2024-03-14\n---\n${SENTENCE}`;
    const article = await pool.read("pool.txt", bytes(text));
    expect(article).toEqual(readArticle("pool.txt", bytes(text)));
    expect(await pool.analyze(article)).toEqual(analyzeArticle(article, loadKnowledge()));
  }, 60_000);

  it("keeps an input error's code and message", async () => {
    const error = await pool.read("empty.txt", bytes("")).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.code).toBe("empty");
    expect(error.message).toMatch(/"empty.txt" is empty/);
  });

  it("stops an analysis over its time limit and goes on with a fresh thread", async () => {
    const strict = new AnalysisPool(1, 1);
    const article = readArticle("slow.txt", bytes(SENTENCE.repeat(2000)));
    await expect(strict.analyze(article)).rejects.toBeInstanceOf(AnalysisTimeoutError);
    await strict.close();
  }, 60_000);

  it("answers reads while a large posted article is analysed", async () => {
    const app = createApp({ store, token: "t", analysisPool: pool });
    await pool.analyze(readArticle("warm.txt", bytes(SENTENCE))); // the thread is up
    const big = `Aid to Syria\n\n${SENTENCE.repeat(4000)}`; // ~320 KB in one paragraph
    let posted = false;
    const post = Promise.resolve(
      app.request("/api/documents", {
        method: "POST",
        body: big,
        headers: { authorization: "Bearer t", "content-type": "text/plain" },
      }),
    ).then((response) => {
      posted = true;
      return response.status;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stats = await app.request("/api/stats");
    expect(stats.status).toBe(200);
    expect(posted).toBe(false); // the read was answered while the article was still being analysed
    expect(await post).toBe(201);
  }, 60_000);
});
