// Unmerging through the HTTP API: reports of one meeting merged into one event are taken apart by review.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/serve/http/app.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";
import { mergeArticles } from "./store/contract-merge-articles.ts";

const TOKEN = "unmerge-token-0123456789";
let folder: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "dyad-http-unmerge-"));
  store = await openStore(join(folder, "unmerge.db"));
  await store.saveArticle(mergeArticles.wire);
  await store.saveArticle(mergeArticles.review);
  app = createApp({ store, token: TOKEN });
});

afterAll(async () => {
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function meetings() {
  const response = await app.request("/api/events?pair=KEN,ETH&kind=meet");
  expect(response.status).toBe(200);
  return (await response.json()) as {
    total: number;
    items: Array<{ id: number; numArticles?: number; reports?: unknown[] }>;
  };
}

describe("POST /api/events/{id}/unmerge", () => {
  it("takes a merged report out, so the meeting shows as two events, and logs who did it", async () => {
    const before = await meetings();
    const merged = before.items.find((e) => (e.numArticles ?? 1) > 1);
    expect(merged?.numArticles).toBe(2);
    const reports = (merged?.reports ?? []) as Array<{ eventId: number }>;
    const taken = reports.map((r) => r.eventId).find((id) => id !== merged?.id);
    expect(taken).toBeDefined();

    const response = await app.request(`/api/events/${taken}/unmerge`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ reviewer: "analyst", note: "different meeting" }),
    });
    expect(response.status).toBe(200);
    const after = await meetings();
    expect(after.total).toBe(before.total + 1);
    expect(after.items.every((e) => (e.numArticles ?? 1) === 1)).toBe(true);
    expect((await store.eventMerges(taken as number)).map((m) => [m.action, m.reviewer])).toContainEqual([
      "unmerge",
      "analyst",
    ]);
  });

  it("answers 401 without the token and 400 for an event that is not merged", async () => {
    const [event] = (await meetings()).items;
    expect((await app.request(`/api/events/${event.id}/unmerge`, { method: "POST" })).status).toBe(401);
    const response = await app.request(`/api/events/${event.id}/unmerge`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("invalid_request");
    const missing = await app.request("/api/events/999999/unmerge", {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(missing.status).toBe(404);
  });
});

describe("exports of a merged event", () => {
  it("count every report and keep each one's evidence", async () => {
    const fresh = await openStore(join(folder, "exports.db"));
    await fresh.saveArticle(mergeArticles.wire);
    await fresh.saveArticle(mergeArticles.review);
    const exporter = createApp({ store: fresh });
    const jsonl = await (await exporter.request("/export?format=jsonl")).text();
    const meet = jsonl
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
      .find((e) => e.dyad_kind === "meet" && e.num_articles === 2);
    expect(meet?.num_sources).toBe(2);
    expect(meet?.reports).toHaveLength(2);
    const tsv = await (await exporter.request("/export?format=gdelt")).text();
    const rows = tsv
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"));
    const header = tsv.split("\n")[0].split("\t");
    expect(rows.some((row) => row[header.indexOf("NumArticles")] === "2")).toBe(true);
    await fresh.close();
  });
});
