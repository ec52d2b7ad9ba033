// npm run bench:ingest-load: how fast reads stay while large articles are posted. Starts `dyad serve` on a new
// SQLite file, posts ten articles of one 1.9 MB paragraph each (under the 2 MiB body limit) at once, and
// meanwhile asks /api/stats again and again; prints the reads' p50, p99 and max latency and the posts' time.
// Usage: npm run bench:ingest-load -- [--articles N] [--analysis-threads N]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { argument } from "./bench-corpus.ts";

const ARTICLES = Number(argument("articles", "10"));
const THREADS = argument("analysis-threads", "");
const TOKEN = "bench-token";
const SENTENCE = "China provided humanitarian aid to Syria on Tuesday, Foreign Minister Wang Yi said in Beijing. ";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-load-"));
const args = ["bin/dyad.mjs", "serve", "--no-web", "--port", "0", "--db", join(dir, "load.db")];
if (THREADS) args.push("--analysis-threads", THREADS);
const server = spawn(process.execPath, args, {
  env: { ...process.env, DYAD_TOKEN: TOKEN },
  stdio: ["ignore", "ignore", "pipe"],
});
const base = await new Promise<string>((resolve, reject) => {
  let log = "";
  server.stderr.on("data", (chunk) => {
    log += chunk;
    const match = /listening on (http:\/\/[^\s]+?)(?: |$)/m.exec(log);
    if (match) resolve(match[1]);
  });
  server.once("exit", (code) => reject(new Error(`dyad serve exited (${code}): ${log}`)));
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  const body = (i: number) =>
    `Aid to Syria, part ${i}\n\n${SENTENCE.repeat(Math.floor(1_900_000 / SENTENCE.length))}(${i})\n`;
  const postStart = performance.now();
  let posting = true;
  const posts = Promise.all(
    Array.from({ length: ARTICLES }, (_, i) =>
      fetch(`${base}/api/documents`, {
        method: "POST",
        body: body(i),
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/plain" },
      }).then((response) => response.status),
    ),
  ).finally(() => {
    posting = false;
  });
  const latencies: number[] = [];
  while (posting) {
    const start = performance.now();
    await (await fetch(`${base}/api/stats`)).arrayBuffer();
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const statuses = await posts;
  const postSeconds = (performance.now() - postStart) / 1000;
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `posted ${ARTICLES} articles of 1.9 MB in ${postSeconds.toFixed(1)} s (statuses ${[...new Set(statuses)].join(", ")})`,
  );
  console.log(
    `/api/stats meanwhile: ${latencies.length} reads, p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies[latencies.length - 1])}`,
  );
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
