// npm run readme:figures: writes the README's speed and memory table from the last `npm run bench`
// (.bench/core.json), so the figures a reader sees are the ones a bench printed, never typed by hand.
// The table sits between the markers <!-- bench:core --> and <!-- /bench:core -->.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface CoreBench {
  articles: number;
  knowledge_load_ms: number;
  extract: {
    articles_per_second: number;
    sentences_per_second: number;
    cpu_ms_per_article?: number;
    peak_rss_mb: number;
  };
  /** The same extract on N analysis threads, in a process of its own (bench/extract-threads-bench.ts). */
  extract_threads?: {
    threads: number;
    articles_per_second: number;
    cpu_ms_per_article: number;
    peak_rss_mb: number;
    load_average: [number, number];
  } | null;
  long_inputs: Array<{ name: string; seconds: number; cpuSeconds: number; outcome: string }>;
  ingest_sqlite: { articles_per_second: number; peak_rss_mb: number };
  node: string;
  /** The 1-minute load average before and after the bench. */
  load_average?: [number, number];
}

const START = "<!-- bench:core -->";
const END = "<!-- /bench:core -->";
const root = join(import.meta.dirname, "..");
const readmePath = join(root, "README.md");

function readBench(): CoreBench {
  const path = join(root, ".bench", "core.json");
  try {
    return JSON.parse(readFileSync(path, "utf8")) as CoreBench;
  } catch (error) {
    console.error(`readme:figures: cannot read ${path} (${(error as Error).message}); run \`npm run bench\` first`);
    process.exit(2);
  }
}

function coreTable(bench: CoreBench, day: string): string {
  const rows = [
    "| measure | figure | target |",
    "|---|---|---|",
    `| extract, one thread | ${bench.extract.articles_per_second} articles/s, ${bench.extract.sentences_per_second} sentences/s${bench.extract.cpu_ms_per_article === undefined ? "" : ` (${bench.extract.cpu_ms_per_article} ms of CPU an article)`} | ≥ 100 articles/s |`,
    `| peak RSS during extract, one thread | ${bench.extract.peak_rss_mb} MB | < 400 MB |`,
    ...threadRows(bench),
    ...bench.long_inputs.map(
      (long) => `| ${long.name} | ${long.seconds} s (${long.cpuSeconds} s of CPU): ${long.outcome} | < 5 s |`,
    ),
    `| ingest into SQLite | ${bench.ingest_sqlite.articles_per_second} articles/s | ≥ 30 articles/s |`,
    `| knowledge load (once) | ${(bench.knowledge_load_ms / 1000).toFixed(2)} s | |`,
  ];
  const load = bench.load_average
    ? ` The machine's load average was ${bench.load_average[0]} before and ${bench.load_average[1]} after (2 cores; the bench counts for about 1, the rest is other processes sharing the machine).`
    : "";
  return `${rows.join("\n")}\n\n${bench.articles} articles, Node ${bench.node}, written from \`.bench/core.json\` on ${day}.${load}`;
}

/** `dyad extract --threads N`'s rows: the throughput of N cores and the peak RSS of the whole process. */
function threadRows(bench: CoreBench): string[] {
  const threaded = bench.extract_threads;
  if (!threaded) return [];
  const n = threaded.threads;
  return [
    `| extract, ${n} analysis threads (\`--threads ${n}\`) | ${threaded.articles_per_second} articles/s (${threaded.cpu_ms_per_article} ms of CPU an article, all threads; load ${threaded.load_average[0]} before, ${threaded.load_average[1]} after) | ≥ 100 articles/s |`,
    `| peak RSS of the process, ${n} analysis threads | ${threaded.peak_rss_mb} MB | < 400 MB |`,
  ];
}

const readme = readFileSync(readmePath, "utf8");
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  console.error(`readme:figures: README.md has no ${START} … ${END} block`);
  process.exit(2);
}
const table = coreTable(readBench(), new Date().toISOString().slice(0, 10));
writeFileSync(readmePath, `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`);
console.log("README.md: speed and memory table written from .bench/core.json");
