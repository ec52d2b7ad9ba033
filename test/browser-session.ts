// One browser session over the demo store for the browser tests: the real app on a free port, Debian's
// Chromium, and every console error and page error collected, so that a test can fail on them.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { createApp } from "../src/serve/http/app.ts";
import { ensureWebBuilt } from "../src/serve/http/web-bundle.ts";
import type { Store } from "../src/store/store.ts";
import { buildDemoStore } from "./browser-demo-store.ts";
import { launchChromium } from "./browser-launch.ts";

export interface BrowserSession {
  store: Store;
  page: Page;
  base: string;
  /** Console errors and uncaught page errors since the last call; the list is emptied. */
  takeErrors(): string[];
  open(hash: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

const SCREENSHOTS =
  process.env.DYAD_SCREENSHOTS === "1" ? join(import.meta.dirname, "..", "docs", "screenshots") : null;

export async function startBrowserSession(token: string, width = 1400): Promise<BrowserSession> {
  const folder = mkdtempSync(join(tmpdir(), "dyad-browser-session-"));
  const { store } = await buildDemoStore(join(folder, "demo.db"));
  const webRoot = await ensureWebBuilt();
  const app = createApp({ store, token, webRoot });
  const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  let errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return {
    store,
    page,
    base,
    takeErrors() {
      const taken = errors;
      errors = [];
      return taken;
    },
    async open(hash: string) {
      // A full load each time: a hash-only goto would not reload, and could see the previous view's ready flag.
      await page.goto("about:blank");
      await page.goto(`${base}/${hash}`);
      await page.waitForSelector('#view[data-ready="true"]', { timeout: 20_000 });
    },
    async screenshot(name: string) {
      const target = SCREENSHOTS ?? join(folder, "screenshots");
      mkdirSync(target, { recursive: true });
      // the timeline and the graph draw in animation frames after the view is ready: let them finish
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(target, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
