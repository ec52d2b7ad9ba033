// `dyad serve`: the HTTP API and the web app over one store, on loopback by default.
import { serve } from "@hono/node-server";
import { Command, InvalidArgumentError } from "commander";
import { defaultStoreLocation, openStore } from "../../store/open-store.ts";
import { createApp } from "../http/app.ts";
import { ensureWebBuilt } from "../http/web-bundle.ts";

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new InvalidArgumentError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  }
  return number;
}

export function serveCommand(): Command {
  return new Command("serve")
    .description("Serve the HTTP API and the web app (writes need the DYAD_TOKEN environment variable)")
    .option("--db <location>", "SQLite file or postgres:// URL (default: DYAD_DATABASE_URL, DYAD_DB or ./dyad.db)")
    .option("--port <port>", "port to listen on", port, 8080)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--no-web", "serve the API only, without building or serving the web app")
    .action(async (options: { db?: string; port: number; host: string; web: boolean }) => {
      const store = await openStore(options.db ?? defaultStoreLocation());
      const log = (line: string) => process.stderr.write(`dyad serve: ${line}\n`);
      const webRoot = options.web ? await ensureWebBuilt(log) : undefined;
      const token = process.env.DYAD_TOKEN || undefined;
      const app = createApp({ store, token, webRoot, warm: true });
      const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
        const mode = token
          ? "writes need the bearer token in DYAD_TOKEN"
          : "read-only (set DYAD_TOKEN to allow writes)";
        log(`listening on http://${options.host}:${info.port} (${mode}); API docs at /docs`);
      });
      const stop = () => {
        server.close();
        store.close().finally(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
