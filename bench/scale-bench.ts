// npm run bench:scale: ingest rate with 1, 2, 4 … queue workers on PostgreSQL (scaling efficiency =
// rate(N) / (N × rate(1))), the single-process SQLite rate for comparison, and each process's resident memory
// sampled through the run (peak, and at each quarter of the run) to show that it stays flat.
// Every run starts from a fresh database and the same synthetic corpus (bench/generate-corpus.ts).
// Usage: npm run bench:scale -- [--articles 3000] [--workers 1,2,4] [--concurrency 1] [--corpus DIR]
//                               [--no-sqlite] [--out results.json]
// The 100k run: npm run bench:scale -- --articles 100000 --workers 1,2,4,8,16
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { generateCorpusFiles } from "./generate-corpus.ts";

const ADMIN_URL = process.env.DYAD_BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DYAD = join(import.meta.dirname, "../bin/dyad.mjs");
const SAMPLE_MS = 250;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const articles = Number(option("articles", "3000"));
const workerCounts = option("workers", "1,2,4").split(",").map(Number);
// one job at a time per worker by default, so that N workers are N units of parallelism
const concurrency = option("concurrency", "1");
const withSqlite = !process.argv.includes("--no-sqlite");

interface MemoryTrace {
  /** Peak resident set of each process, MB. */
  peakMb: number[];
  /** Resident set (MB, summed over the processes) at 25, 50, 75 and 100 % of the ingest (startup excluded). */
  quartersMb: number[];
}

interface Sample {
  at: number;
  totalMb: number;
}

interface RunResult {
  label: string;
  processes: number;
  articles: number;
  seconds: number;
  rate: number;
  memory: MemoryTrace;
}

/** Resident set of a process in MB, from /proc (Linux); 0 once it has exited. */
function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the processes' memory every SAMPLE_MS until `done` settles. */
async function traceMemory(
  children: ChildProcess[],
  done: Promise<unknown>,
): Promise<{ peakMb: number[]; samples: Sample[] }> {
  const peaks = children.map(() => 0);
  const samples: Sample[] = [];
  let finished = false;
  done
    .finally(() => {
      finished = true;
    })
    .catch(() => {});
  while (!finished) {
    const sizes = children.map((child) => rssMb(child.exitCode === null ? child.pid : undefined));
    sizes.forEach((size, index) => {
      peaks[index] = Math.max(peaks[index], size);
    });
    if (sizes.some((size) => size > 0))
      samples.push({ at: Date.now(), totalMb: sizes.reduce((sum, size) => sum + size, 0) });
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
  }
  await done;
  return { peakMb: peaks.map(round), samples };
}

/** Memory at each quarter of the ingest itself, [start, end] in ms since the epoch. */
function memoryTrace(trace: { peakMb: number[]; samples: Sample[] }, start: number, end: number): MemoryTrace {
  const at = (share: number) => {
    const time = start + share * (end - start);
    const before = trace.samples.filter((sample) => sample.at <= time);
    return round((before.at(-1) ?? trace.samples[0])?.totalMb ?? 0);
  };
  return { peakMb: trace.peakMb, quartersMb: [0.25, 0.5, 0.75, 1].map(at) };
}

interface Running {
  child: ChildProcess;
  exit: Promise<string>;
  /** When the output first contained `marker` (ms since the epoch), if a marker was given. */
  ready: Promise<number>;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}, marker?: string): Running {
  const child = spawn(process.execPath, [DYAD, ...args], {
    env: { ...process.env, DYAD_DATABASE_URL: "", DYAD_DB: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let markReady: (at: number) => void = () => {};
  const ready = new Promise<number>((resolve) => {
    markReady = resolve;
  });
  child.stdout?.on("data", (chunk) => {
    // Only the head of a worker's log is kept: its per-job lines are not needed, and 100k of them add up.
    if (output.length < 100_000) output += chunk;
    if (marker && String(chunk).includes(marker)) markReady(Date.now());
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exit = new Promise<string>((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`dyad ${args[0]} exited ${code}: ${output.slice(-2000)}`)),
    ),
  );
  return { child, exit, ready };
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function postgresRun(corpus: string, workers: number): Promise<RunResult> {
  const name = `dyad_bench_scale_${Math.random().toString(36).slice(2, 10)}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = `${ADMIN_URL.replace(/\/[^/]*$/, "")}/${name}`;
  try {
    await run(["ingest", "--queue", corpus, "--db", url]).exit;
    const processes = Array.from({ length: workers }, () =>
      run(
        ["worker", "--db", url, "--until-empty", "--concurrency", concurrency],
        { DYAD_QUEUE_POLLING_SECONDS: "0.5" },
        '"msg":"worker started"',
      ),
    );
    // Timed from the moment the last worker is ready: processes start one after another (loading code and
    // knowledge takes seconds), and until all have, fewer than N are working.
    const allReady = Promise.all(processes.map((process) => process.ready)).then((times) => Math.max(...times));
    const done = Promise.all(processes.map((process) => process.exit));
    const trace = await traceMemory(
      processes.map((process) => process.child),
      done,
    );
    // The rate of the work itself, from the queue's own clock: first job started to last job completed, so
    // that starting the processes (loading code and knowledge) is not counted.
    const span = await admin(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const start = await allReady;
        const { rows } = await client.query(
          `select count(*)::int as n, $1::float as start, extract(epoch from max(completed_on))::float * 1000 as end
             from pgboss.job where state = 'completed' and completed_on > to_timestamp($1::float / 1000)`,
          [start],
        );
        const stored = await client.query("select count(*)::int as n from documents");
        if (stored.rows[0].n !== articles) throw new Error(`stored ${stored.rows[0].n} of ${articles} articles`);
        const row = rows[0] as { n: number; start: number; end: number };
        return { ...row, seconds: (row.end - row.start) / 1000 };
      } finally {
        await client.end();
      }
    });
    return {
      label: `postgres, ${workers} worker${workers === 1 ? "" : "s"}`,
      processes: workers,
      articles: span.n,
      seconds: round(span.seconds),
      rate: round(span.n / span.seconds),
      memory: memoryTrace(trace, span.start, span.end),
    };
  } finally {
    await admin((client) => client.query(`drop database if exists ${name} with (force)`));
  }
}

async function sqliteRun(corpus: string, folder: string): Promise<RunResult> {
  const ingest = run(["ingest", corpus, "--db", join(folder, "bench.db")]);
  const trace = await traceMemory([ingest.child], ingest.exit);
  const end = Date.now();
  // "N stored, … (S s, R articles/s)": the command's own timing, after the knowledge base is loaded.
  const match = /(\d+) stored.*\(([\d.]+) s, ([\d.]+) articles\/s\)/.exec(await ingest.exit);
  if (!match) throw new Error("cannot read the ingest summary");
  const memory = memoryTrace(trace, end - Number(match[2]) * 1000, end);
  return {
    label: "sqlite, 1 process",
    processes: 1,
    articles: Number(match[1]),
    seconds: Number(match[2]),
    rate: Number(match[3]),
    memory,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const folder = mkdtempSync(join(tmpdir(), "dyad-scale-bench-"));
try {
  const corpus = option("corpus", "") || generateCorpusFiles(articles, join(folder, "corpus"));
  process.stderr.write(`corpus: ${articles} articles in ${corpus}\n`);
  const results: RunResult[] = [];
  for (const workers of workerCounts) {
    process.stderr.write(`postgres with ${workers} worker(s)…\n`);
    results.push(await postgresRun(corpus, workers));
  }
  if (withSqlite) {
    process.stderr.write("sqlite, one process…\n");
    results.push(await sqliteRun(corpus, folder));
  }
  const single = results.find((result) => result.label.startsWith("postgres") && result.processes === 1);
  const rows = results.map((result) => ({
    ...result,
    efficiency:
      single && result.label.startsWith("postgres")
        ? Number((result.rate / (result.processes * single.rate)).toFixed(2))
        : null,
  }));
  process.stdout.write(
    "| run | articles | seconds | articles/s | efficiency | peak RSS per process (MB) | RSS at 25/50/75/100 % (MB) |\n",
  );
  process.stdout.write("|---|---|---|---|---|---|---|\n");
  for (const row of rows) {
    process.stdout.write(
      `| ${row.label} | ${row.articles} | ${row.seconds} | ${row.rate} | ${row.efficiency ?? "–"} | ${row.memory.peakMb.join(", ")} | ${row.memory.quartersMb.join(" / ")} |\n`,
    );
  }
  const out = option("out", "");
  if (out) writeFileSync(out, `${JSON.stringify({ articles, concurrency, results: rows }, null, 2)}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
