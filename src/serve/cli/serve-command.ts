// `dyad serve`: the HTTP API and the web app over one store, on loopback by default. With --processes N,
// N server processes share the port (node:cluster): the API answers on one thread per process, and SQLite
// in WAL mode serves readers in parallel.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { serve } from "@hono/node-server";
import { Command, InvalidArgumentError } from "commander";
import { defaultStoreLocation, openStore } from "../../store/open-store.ts";
import { AnalysisPool } from "../http/analysis-pool.ts";
import { createApp } from "../http/app.ts";
import { allowedHostsFor } from "../http/middleware/request-checks.ts";
import { ensureWebBuilt } from "../http/web-bundle.ts";

interface ServeOptions {
  db?: string;
  port: number;
  host: string;
  web: boolean;
  processes: number;
  allowHost: string[];
  analysisThreads: number;
}

function wholeNumber(name: string, min: number, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
    }
    return number;
  };
}

const log = (line: string) => process.stderr.write(`dyad serve: ${line}\n`);

/** The primary of several processes: migrate and build once, then fork the servers and report the address once. */
async function startPrimary(options: ServeOptions): Promise<void> {
  const store = await openStore(options.db ?? defaultStoreLocation());
  await store.close();
  if (options.web) await ensureWebBuilt(log);
  let announced = false;
  cluster.on("listening", (_worker, address) => {
    if (announced) return;
    announced = true;
    log(`listening on http://${options.host}:${address.port} with ${options.processes} processes; API docs at /docs`);
  });
  cluster.on("exit", (_worker, code, signal) => {
    if (code !== 0 && signal !== "SIGTERM" && signal !== "SIGINT") log(`a server process exited (${signal ?? code})`);
  });
  for (let i = 0; i < options.processes; i++) cluster.fork();
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

async function startServer(options: ServeOptions): Promise<void> {
  const store = await openStore(options.db ?? defaultStoreLocation());
  const webRoot = options.web ? await ensureWebBuilt(cluster.isWorker ? () => {} : log) : undefined;
  const token = process.env.DYAD_TOKEN || undefined;
  const allowedHosts = allowedHostsFor(options.host, options.allowHost);
  // Posted articles are read and analysed on worker threads, so reads stay fast meanwhile (none for read-only).
  const analysisPool = token && options.analysisThreads > 0 ? new AnalysisPool(options.analysisThreads) : undefined;
  // The ingest route loads the knowledge base on its first article; with a pool, load it now instead of
  // stalling every request while a first article comes in.
  if (analysisPool) (await import("../../knowledge/knowledge.ts")).loadKnowledge();
  const app = createApp({ store, token, webRoot, warm: true, allowedHosts, analysisPool });
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
    if (cluster.isWorker) return;
    const mode = token ? "writes need the bearer token in DYAD_TOKEN" : "read-only (set DYAD_TOKEN to allow writes)";
    log(`listening on http://${options.host}:${info.port} (${mode}); API docs at /docs`);
  });
  const stop = () => {
    server.close();
    Promise.all([store.close(), analysisPool?.close()]).finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

export function serveCommand(): Command {
  return new Command("serve")
    .description("Serve the HTTP API and the web app (writes need the DYAD_TOKEN environment variable)")
    .option("--db <location>", "SQLite file or postgres:// URL (default: DYAD_DATABASE_URL, DYAD_DB or ./dyad.db)")
    .option("--port <port>", "port to listen on", wholeNumber("--port", 0, 65535), 8080)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--processes <n>", "server processes sharing the port", wholeNumber("--processes", 1, 64), 1)
    .option(
      "--allow-host <name...>",
      "another name the server answers to in the Host header (a proxy's name); the bound address always is",
      [],
    )
    .option(
      "--analysis-threads <n>",
      "worker threads that read and analyse posted articles (0: on the request thread)",
      wholeNumber("--analysis-threads", 0, 64),
      Math.max(1, Math.min(4, availableParallelism() - 1)),
    )
    .option("--no-web", "serve the API only, without building or serving the web app")
    .addHelpText(
      "after",
      `
Examples:
  $ dyad serve                                  # http://127.0.0.1:8080 on ./dyad.db, read-only
  $ DYAD_TOKEN=secret dyad serve --db news.db   # writes (ingest, review) need "Authorization: Bearer secret"
  $ dyad serve --processes 2 --port 9000        # two server processes sharing the port`,
    )
    .action(async (options: ServeOptions) => {
      if (options.processes > 1 && cluster.isPrimary) await startPrimary(options);
      else await startServer(options);
    });
}
