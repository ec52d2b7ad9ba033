// `npm run bench:serve`: the serve figures of issue 3 on a synthetic store of 100,000+ events.
//   1. p95 latency of pair timelines and filtered event queries through the API (target < 50 ms);
//   2. requests per second on loopback with autocannon (target ≥ 300 req/s, no errors);
//   3. time until the web app's first view shows its data in Chromium (target < 1.5 s).
// The store is built once into .bench/serve-100k.db and reused.

import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "../src/serve/http/app.ts";
import { ensureWebBuilt } from "../src/serve/http/web-bundle.ts";
import { openStore } from "../src/store/open-store.ts";
import { launchChromium } from "../test/browser-launch.ts";
import { STATES, syntheticArticles } from "../test/synthetic/synthetic-articles.ts";

const ARTICLES = Number(process.env.DYAD_BENCH_ARTICLES ?? 10_000);
const EVENTS_PER_ARTICLE = 10;
const folder = join(import.meta.dirname, "..", ".bench");
const path = join(folder, `serve-${ARTICLES * EVENTS_PER_ARTICLE}.db`);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function buildStore(): Promise<void> {
  mkdirSync(folder, { recursive: true });
  if (existsSync(path)) return;
  const store = await openStore(path);
  const started = performance.now();
  for (const article of syntheticArticles(ARTICLES, EVENTS_PER_ARTICLE)) await store.saveArticle(article);
  console.log(`built ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await store.close();
}

await buildStore();
const store = await openStore(path);
const stats = await store.stats();
const app = createApp({ store, webRoot: await ensureWebBuilt() });
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((resolve) => server.once("listening", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
console.log(`store: ${stats.events} events, ${stats.documents} documents, ${stats.relations} relations`);

let seed = 7;
const pickState = () => {
  seed = (seed * 31 + 17) % 9973;
  return STATES[seed % STATES.length];
};
function pair(): [string, string] {
  const a = pickState();
  let b = pickState();
  while (b === a) b = pickState();
  return [a, b];
}

const QUERIES: Record<string, () => string> = {
  "pair timeline": () => {
    const [a, b] = pair();
    return `/api/pairs/${a}/${b}/timeline`;
  },
  "events by pair": () => `/api/events?pair=${pair().join(",")}&limit=100`,
  "events by actor, kind, range": () => `/api/events?actor=${pickState()}&kind=meet,visit&from=2005&to=2015&limit=100`,
  "events by kind and month": () => `/api/events?kind=sanction&from=2010-03&to=2010-03&limit=100`,
  "events by place": () => `/api/events?place=${pickState()}&limit=100`,
};

const figures: Record<string, string> = {};
for (const [name, makeUrl] of Object.entries(QUERIES)) {
  for (let i = 0; i < 5; i++) await (await fetch(base + makeUrl())).arrayBuffer(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const url = base + makeUrl();
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }
  figures[name] = `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`;
  console.log(`${name.padEnd(30)} ${figures[name]}`);
}

// Throughput: `dyad serve` in processes of its own (1, then DYAD_BENCH_PROCESSES, default 2), loaded by
// autocannon from another process, as wrk or real clients would.
interface LoadResult {
  average: number;
  p99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}
const paths = Array.from({ length: 50 }, (_, i) => Object.values(QUERIES)[i % 5]());
const bin = join(import.meta.dirname, "..", "bin", "dyad.mjs");

async function startServe(processes: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [bin, "serve", "--db", path, "--port", "0", "--no-web", "--processes", String(processes)],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let errors = "";
    child.stderr.on("data", (chunk) => {
      errors += chunk;
      const found = /listening on (http:\/\/[^\s]+)/.exec(errors);
      if (found) resolve(found[1]);
    });
    child.on("exit", (code) => reject(new Error(`dyad serve exited with ${code}: ${errors}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

async function loadTest(url: string): Promise<LoadResult> {
  return new Promise<LoadResult>((resolve, reject) => {
    const client = spawn(
      process.execPath,
      [join(import.meta.dirname, "load-client.mjs"), url, JSON.stringify(paths), "10", "10"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let output = "";
    client.stdout.on("data", (chunk) => {
      output += chunk;
    });
    client.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(output.trim().split("\n").pop() ?? "{}"))
        : reject(new Error(`the load client exited with ${code}`)),
    );
  });
}

for (const processes of [...new Set([1, Number(process.env.DYAD_BENCH_PROCESSES ?? 2)])]) {
  const served = await startServe(processes);
  const load = await loadTest(served.url);
  served.stop();
  console.log(
    `autocannon on dyad serve --processes ${processes}, 10 connections, 10 s, mixed queries: ${load.average.toFixed(0)} req/s average, ` +
      `p99 latency ${load.p99} ms, ${load.errors} errors, ${load.non2xx} non-2xx, ${load.timeouts} timeouts`,
  );
}

// `dyad serve` builds the graph and map aggregates at start (createApp's `warm`); time that build, then the view.
const aggregateStarted = performance.now();
await (await fetch(`${base}/api/graph`)).arrayBuffer();
await (await fetch(`${base}/api/map`)).arrayBuffer();
console.log(
  `graph and map aggregates, built once per store change: ${(performance.now() - aggregateStarted).toFixed(0)} ms`,
);

const browser = await launchChromium();
const renders: number[] = [];
for (let i = 0; i < 6; i++) {
  const page = await browser.newPage();
  const started = performance.now();
  await page.goto(`${base}/`);
  await page.waitForSelector('#view[data-ready="true"]', { timeout: 30_000 });
  renders.push(performance.now() - started);
  await page.close();
}
await browser.close();
console.log(
  `first view (overview) until its data shows, aggregates built: first load ${renders[0].toFixed(0)} ms, then median ${percentile(renders.slice(1), 50).toFixed(0)} ms`,
);

server.close();
await store.close();
