// npm run bench:threads -- [--threads N] [--articles N]: `dyad extract --threads N` as a bench. The articles are
// read on the main thread and analysed on the pool's N worker threads (each loads its own knowledge base; the
// parser model is loaded once and shared), the records come back in order. Separate from npm run bench, whose
// extract figure is one thread: this one is the throughput of a multi-core machine, with the peak RSS of the
// whole process (every thread). Writes .bench/extract-threads.json. It starts itself again with the settings
// `dyad extract --threads` runs with (src/serve/cli/thread-settings.mjs); the figures are that process's.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { readArticle } from "../src/ingest/read-article.ts";
import type { ArticleRecord } from "../src/record/record.ts";
import { keepHeapNearLive } from "../src/serve/cli/batch-heap.ts";
import { withThreadSettings } from "../src/serve/cli/thread-settings.mjs";
import { AnalysisPool } from "../src/serve/http/analysis-pool.ts";
import { argument, benchCorpus } from "./bench-corpus.ts";

const threads = Number(argument("threads", "2"));
await withThreadSettings(threads);
keepHeapNearLive(); // as dyad extract does
const count = Number(argument("articles", "1000"));
const corpus = benchCorpus(count);

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 20);
const loadBefore = loadavg()[0];
const pool = new AnalysisPool(threads);

/** Every article of `articles` through the pool, a few per thread in flight, the records taken in order. */
async function extract(articles: typeof corpus): Promise<{ events: number }> {
  const pending: Promise<ArticleRecord>[] = [];
  let events = 0;
  const takeFirst = async () => {
    const record = await (pending.shift() as Promise<ArticleRecord>);
    JSON.stringify(record);
    events += record.events.length;
  };
  for (const { name, bytes } of articles) {
    pending.push(pool.analyze(readArticle(name, bytes)));
    if (pending.length >= 2 * threads) await takeFirst();
  }
  while (pending.length > 0) await takeFirst();
  return { events };
}

// The threads load their knowledge on start: a first round of articles, untimed, as npm run bench loads it untimed.
const warmStart = performance.now();
await extract(corpus.slice(0, 4 * threads));
const warmMs = performance.now() - warmStart;

const start = performance.now();
const cpu = process.cpuUsage();
const { events } = await extract(corpus);
const seconds = (performance.now() - start) / 1000;
const { user, system } = process.cpuUsage(cpu);
sample();
clearInterval(sampler);
await pool.close();
peakRss = Math.max(peakRss, highWaterMark());

const results = {
  articles: count,
  threads,
  cores: cpus().length,
  pool_start_ms: Math.round(warmMs),
  extract: {
    seconds: +seconds.toFixed(2),
    articles_per_second: Math.round(count / seconds),
    /** Process CPU time (every thread, GC included) per article. */
    cpu_ms_per_article: +((user + system) / 1000 / count).toFixed(2),
    events,
    peak_rss_mb: Math.round(peakRss / 1e6),
  },
  node: process.version,
  load_average: [+loadBefore.toFixed(2), +loadavg()[0].toFixed(2)],
};
mkdirSync(".bench", { recursive: true });
writeFileSync(".bench/extract-threads.json", `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `extract on ${threads} threads (${results.cores} cores): ${results.extract.articles_per_second} articles/s, ${results.extract.cpu_ms_per_article} ms of CPU per article, peak RSS ${results.extract.peak_rss_mb} MB (pool start ${results.pool_start_ms} ms; load ${results.load_average.join(" -> ")})`,
);

/** The process's peak RSS as the kernel counts it (VmHWM, Linux), which sampling can miss; 0 elsewhere. */
function highWaterMark(): number {
  try {
    const kb = readFileSync("/proc/self/status", "utf8").match(/VmHWM:\s+(\d+) kB/);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
