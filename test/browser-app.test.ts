// The web app in Debian's Chromium (playwright-core), served by the real app over demo data ingested through the
// real reader, analyzer and store; a console error fails the test. DYAD_SCREENSHOTS=1 saves the screenshots to
// docs/screenshots/.

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { counted } from "../src/serve/aggregate/event-selection.ts";
import { createApp } from "../src/serve/http/app.ts";
import { ensureWebBuilt } from "../src/serve/http/web-bundle.ts";
import type { Store, StoredEvent } from "../src/store/store.ts";
import { buildDemoStore } from "./browser-demo-store.ts";
import { launchChromium } from "./browser-launch.ts";

const TOKEN = "browser-test-token";
const SCREENSHOTS =
  process.env.DYAD_SCREENSHOTS === "1" ? join(import.meta.dirname, "..", "docs", "screenshots") : null;

let folder: string;
let store: Store;
let maliciousId: number;
let server: ServerType;
let base: string;
let browser: Browser;
let page: Page;
/** Console errors and uncaught page errors since the last test: every view must load without one. */
let errors: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "dyad-browser-"));
  ({ store, maliciousId } = await buildDemoStore(join(folder, "demo.db")));
  const webRoot = await ensureWebBuilt();
  const app = createApp({ store, token: TOKEN, webRoot });
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
}, 120_000);

afterEach(() => {
  const seen = errors;
  errors = [];
  expect(seen).toEqual([]);
});

/** Takes the errors the last steps logged, for a test that expects a refused request (and only that). */
function takeExpectedErrors(status: number): void {
  expect(errors.every((error) => error.includes(String(status)))).toBe(true);
  errors = [];
}

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function open(hash: string): Promise<void> {
  // A full load each time: a hash-only goto would not reload, and could see the previous view's ready flag.
  await page.goto("about:blank");
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector('#view[data-ready="true"]', { timeout: 20_000 });
}

async function screenshot(name: string): Promise<void> {
  const target = SCREENSHOTS ?? join(folder, "screenshots");
  mkdirSync(target, { recursive: true });
  await page.screenshot({ path: join(target, `${name}.png`), fullPage: true });
}

async function pairEvents(): Promise<StoredEvent[]> {
  return (await store.events({ pair: ["CHN", "SYR"], limit: 1000 })).items;
}

describe("web app", () => {
  it("opens on the demo data with the China–Syria pair listed", async () => {
    await open("");
    await expect(page.textContent('[data-pair="CHN|SYR"]')).resolves.toContain("China – Syria");
    await screenshot("overview");
  });

  it("shows the China–Syria timeline with the 2023 strategic partnership and the 2004 visit", async () => {
    await open("#/pair/CHN/SYR");
    await page.waitForSelector(".vis-item");
    const partnership = page.locator('.vis-item [data-kind="establish_partnership"]');
    await expect(partnership.first().getAttribute("data-date")).resolves.toMatch(/^2023/);
    const visit = page.locator('.vis-item [data-kind="visit"][data-date="2004"]');
    await expect(visit.count()).resolves.toBe(1);
    await expect(page.textContent(".partnership-band")).resolves.toContain("strategic partnership");
    await screenshot("pair-timeline");
  });

  it("opens the evidence sentence and its article from a timeline point", async () => {
    const visit = (await pairEvents()).find((event) => event.kind === "visit" && event.date === "2004") as StoredEvent;
    await page.click(`.vis-item [data-event-id="${visit.id}"]`);
    await page.waitForSelector(`.evidence-panel[data-event-id="${visit.id}"]`);
    await expect(page.textContent(".evidence-panel blockquote")).resolves.toBe(visit.evidence.text);
    await screenshot("pair-evidence");
    await page.click(".evidence-panel .article-link");
    await page.waitForSelector('#view[data-view="article"][data-ready="true"]');
    // Entity highlights split the evidence into several spans; together they are the sentence.
    const selected = await page.$$eval(".article-text .evidence.selected", (spans) =>
      spans.map((span) => span.textContent).join(""),
    );
    expect(selected).toBe(visit.evidence.text);
    await screenshot("article");
  });

  it("confirms an event, and it stays confirmed after a reload", async () => {
    const partnership = (await pairEvents()).find((event) => event.kind === "establish_partnership") as StoredEvent;
    await open(`#/article/${partnership.documentId}?event=${partnership.id}`);
    await page.fill("#token", TOKEN);
    await page.dispatchEvent("#token", "change");
    const card = page.locator(`.event-card[data-event-id="${partnership.id}"]`);
    await card.locator("button.confirm").click();
    await page.waitForSelector(`.event-card[data-event-id="${partnership.id}"] .review[data-review="confirmed"]`);
    await page.reload();
    await page.waitForSelector('#view[data-ready="true"]');
    await expect(card.locator(".review-status").textContent()).resolves.toBe("confirmed");
    expect((await store.getEvent(partnership.id))?.review).toBe("confirmed");
  });

  it("refuses a review without the token and says why", async () => {
    await page.fill("#token", "");
    await page.dispatchEvent("#token", "change");
    const event = (await pairEvents()).find((candidate) => candidate.review === "unreviewed") as StoredEvent;
    await open(`#/article/${event.documentId}?event=${event.id}`);
    await page.locator(`.event-card[data-event-id="${event.id}"] button.reject`).click();
    await page.waitForSelector(`.event-card[data-event-id="${event.id}"] .review-message.error`);
    expect((await store.getEvent(event.id))?.review).toBe("unreviewed");
    // the browser logs the refused request (401): expected here, and only here
    takeExpectedErrors(401);
  });

  it("shows a malformed article link (#/article/%) as an error, with no uncaught exception", async () => {
    const errors: string[] = [];
    const listener = (error: Error) => errors.push(error.message);
    page.on("pageerror", listener);
    await open("#/article/%");
    page.off("pageerror", listener);
    expect(errors).toEqual([]);
    await expect(page.textContent("#view .error")).resolves.toContain("is not an article id");
  });

  it("shows the malicious article's markup as text and runs none of it", async () => {
    await open(`#/article/${maliciousId}`);
    const text = (await page.textContent(".article-text")) ?? "";
    expect(text).toContain("<script>window.__pwned = 2</script>");
    expect(text).toContain('<img src=x onerror="window.__pwned=3">');
    await expect(page.textContent("h1")).resolves.toContain("<img src=x");
    await expect(page.locator("#view script, #view img").count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await screenshot("article-malicious");
  });

  it("draws the relations graph and lists a node's relations on click", async () => {
    await open("#/graph");
    await page.waitForSelector(".graph canvas");
    await page.evaluate(() =>
      (window as unknown as { dyadGraph: { $: (s: string) => { emit: (e: string) => void } } }).dyadGraph
        .$("#SYR")
        .emit("tap"),
    );
    await page.waitForSelector('.evidence-panel[data-node="SYR"]');
    await expect(page.textContent('.evidence-panel[data-node="SYR"]')).resolves.toContain("China");
    await screenshot("graph");
    // the demo graph's canvas takes long to render and capture on a busy 2-core machine
  }, 90_000);

  it("maps where events happened", async () => {
    await open("#/map");
    await expect(page.locator("svg.map path").count()).resolves.toBeGreaterThan(100);
    await expect(page.locator("svg.map path[data-iso3]").count()).resolves.toBeGreaterThan(0);
    await screenshot("map");
  });

  it("searches events with filters and shows the total", async () => {
    await open("#/events?pair=china,Syria");
    // the counting rule: occurred events that no reviewer rejected
    const total = (await store.events(counted({ pair: ["CHN", "SYR"] }))).total;
    await expect(page.getAttribute(".summary", "data-total")).resolves.toBe(String(total));
    await expect(page.locator("table.events tbody tr").count()).resolves.toBe(Math.min(total, 50));
    await screenshot("events");
    await open("#/events?pair=CHN,SYR&factuality=all&review=all");
    const everything = (await store.events({ pair: ["CHN", "SYR"] })).total;
    expect(everything).toBeGreaterThan(total);
    await expect(page.getAttribute(".summary", "data-total")).resolves.toBe(String(everything));
  });

  it("ingests a pasted article", async () => {
    await page.fill("#token", TOKEN);
    await page.dispatchEvent("#token", "change");
    await open("#/ingest");
    await page.fill('input[name="title"]', "Egypt and Turkey restore ties");
    await page.fill('input[name="published"]', "2023-07-04");
    await page.fill(
      'textarea[name="text"]',
      "Egypt and Turkey restored full diplomatic relations on Tuesday, naming ambassadors for the first time in a decade.",
    );
    await screenshot("ingest");
    await page.click('form.ingest button[type="submit"]');
    await page.waitForSelector(".result a");
    await page.click(".result a");
    await page.waitForSelector('#view[data-view="article"][data-ready="true"]');
    await expect(page.textContent("h1")).resolves.toBe("Egypt and Turkey restore ties");
  });

  it("serves the API docs page offline", async () => {
    await page.goto(`${base}/docs`);
    await page.waitForSelector(".route");
    await expect(page.locator(".route").count()).resolves.toBeGreaterThan(10);
    await screenshot("api-docs");
  });
});
