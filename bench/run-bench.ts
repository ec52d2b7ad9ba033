// npm run bench: extraction and SQLite ingest speed and memory over >= 1,000 articles (the dev set
// repeated, each copy made distinct so that ingest stores every one). Prints the figures and writes
// them to .bench/core.json. Usage: npm run bench -- [--articles N] [--corpus DIR] [--threads N]
// The extract figure is measured twice: in this process on one thread, and in a process of its own on
// --threads analysis threads (default 2, bench/extract-threads-bench.ts), whose peak RSS is that whole process's.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeDoc } from "../src/analyze/pipeline.ts";
import { toRecord } from "../src/analyze/to-record.ts";
import { readArticle } from "../src/ingest/read-article.ts";
import { loadKnowledge } from "../src/knowledge/knowledge.ts";
import { keepHeapNearLive } from "../src/serve/cli/batch-heap.ts";
import { ingestArticle } from "../src/store/ingest-article.ts";
import { openStore } from "../src/store/open-store.ts";
import { argument, benchCorpus } from "./bench-corpus.ts";
import { timeLongInputs } from "./long-inputs.ts";

keepHeapNearLive(); // as dyad extract and dyad ingest do
const count = Number(argument("articles", "1000"));
const threads = Number(argument("threads", "2"));

// The threaded extract first, in a child process, before this one loads anything: its peak RSS is its own.
const threaded = threadedExtract();
let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 20);

const corpus = benchCorpus(count);
// The machine's 1-minute load average before and after: on a shared machine, what else ran shows here.
const loadBefore = loadavg()[0];
const knowledgeStart = performance.now();
const knowledge = loadKnowledge();
knowledge.places().lookup("warmup");
const knowledgeMs = performance.now() - knowledgeStart;

// Extract: read + analyze + build the record, as `dyad extract` does per article (keeping nothing after)
let sentences = 0;
let events = 0;
let extracted = 0;
const extractStart = performance.now();
const extractCpu = process.cpuUsage();
for (const { name, bytes } of corpus) {
  const doc = analyzeDoc(readArticle(name, bytes), knowledge);
  const record = toRecord(doc, knowledge);
  JSON.stringify(record);
  sentences += doc.sentences.length;
  events += record.events.length;
  if (++extracted % 50 === 0) sample();
}
const extractSeconds = (performance.now() - extractStart) / 1000;
const { user, system } = process.cpuUsage(extractCpu);
sample();
const extractPeakRss = peakRss;

// Ingest into a fresh SQLite file as `dyad ingest` does (read, then ingestArticle): hash check, analyze, one
// transaction per article
const dir = mkdtempSync(join(tmpdir(), "dyad-bench-"));
const store = await openStore(join(dir, "bench.db"));
const ingestStart = performance.now();
let stored = 0;
for (const { name, bytes } of corpus) {
  if ((await ingestArticle(readArticle(name, bytes), store, knowledge)).stored) stored++;
}
const ingestSeconds = (performance.now() - ingestStart) / 1000;
await store.close();
rmSync(dir, { recursive: true, force: true });
clearInterval(sampler);
sample();

const ingestPeakRss = peakRss;

// Long single inputs (a 2 MB paragraph, a 5 MB line): the stages must stay linear in an article's length
const longInputs = timeLongInputs(knowledge);
sample();
const longPeakRss = peakRss;

const results = {
  articles: count,
  knowledge_load_ms: Math.round(knowledgeMs),
  extract: {
    seconds: +extractSeconds.toFixed(2),
    articles_per_second: Math.round(count / extractSeconds),
    sentences_per_second: Math.round(sentences / extractSeconds),
    /** Process CPU time (all threads, GC included) per article: steadier than wall time on a shared machine. */
    cpu_ms_per_article: +((user + system) / 1000 / count).toFixed(2),
    sentences,
    events,
    peak_rss_mb: Math.round(extractPeakRss / 1e6),
  },
  extract_threads: threaded,
  long_inputs: longInputs,
  long_inputs_peak_rss_mb: Math.round(longPeakRss / 1e6),
  ingest_sqlite: {
    seconds: +ingestSeconds.toFixed(2),
    articles_per_second: Math.round(stored / ingestSeconds),
    stored,
    peak_rss_mb: Math.round(ingestPeakRss / 1e6),
  },
  node: process.version,
  load_average: [+loadBefore.toFixed(2), +loadavg()[0].toFixed(2)],
};
mkdirSync(".bench", { recursive: true });
writeFileSync(".bench/core.json", `${JSON.stringify(results, null, 2)}\n`);
console.log(`articles ${count} (knowledge loaded once in ${results.knowledge_load_ms} ms)`);
console.log(
  `extract  ${results.extract.articles_per_second} articles/s, ${results.extract.sentences_per_second} sentences/s, ${results.extract.cpu_ms_per_article} ms of CPU per article, peak RSS ${results.extract.peak_rss_mb} MB`,
);
if (threaded)
  console.log(
    `extract  on ${threaded.threads} threads: ${threaded.articles_per_second} articles/s, ${threaded.cpu_ms_per_article} ms of CPU per article, peak RSS ${threaded.peak_rss_mb} MB (whole process)`,
  );
for (const long of longInputs)
  console.log(`long     ${long.name} in ${long.seconds} s (${long.cpuSeconds} s of CPU): ${long.outcome}`);
console.log(
  `ingest   ${results.ingest_sqlite.articles_per_second} articles/s into SQLite (${stored} stored), peak RSS ${results.ingest_sqlite.peak_rss_mb} MB`,
);
const goals = [
  ["extract >= 50 articles/s", results.extract.articles_per_second >= 50],
  ["extract >= 1,000 sentences/s", results.extract.sentences_per_second >= 1000],
  ["peak RSS < 400 MB", results.extract.peak_rss_mb < 400],
  ...(threaded
    ? ([
        [`extract on ${threaded.threads} threads >= 100 articles/s`, threaded.articles_per_second >= 100],
        [`peak RSS on ${threaded.threads} threads < 400 MB`, threaded.peak_rss_mb < 400],
      ] as const)
    : []),
  ["ingest >= 30 articles/s", results.ingest_sqlite.articles_per_second >= 30],
  ...longInputs.map((long) => [`${long.name} < 5 s`, long.seconds < 5] as const),
] as const;
for (const [goal, met] of goals) console.log(`${met ? "met    " : "MISSED "} ${goal}`);

/** `npm run bench:threads` on the same corpus in a process of its own; null when --threads is 1. */
function threadedExtract() {
  if (threads < 2) return null;
  const corpus = process.argv.includes("--corpus") ? ["--corpus", argument("corpus", "")] : [];
  const args = ["bench/extract-threads-bench.ts", "--threads", String(threads), "--articles", String(count), ...corpus];
  // process.execArgv carries tsx's loader, as this process was started with it.
  const run = spawnSync(process.execPath, [...process.execArgv, ...args], { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`bench/extract-threads-bench.ts failed (${run.status ?? run.signal})`);
  const bench = JSON.parse(readFileSync(".bench/extract-threads.json", "utf8"));
  return {
    threads,
    articles_per_second: bench.extract.articles_per_second as number,
    cpu_ms_per_article: bench.extract.cpu_ms_per_article as number,
    peak_rss_mb: bench.extract.peak_rss_mb as number,
    load_average: bench.load_average as [number, number],
  };
}
