// The web app ships as sources (web/) and is built with Vite on the first `dyad serve`, or again when a
// source is newer than the build, so `npm ci && npx dyad serve` works with no build step to remember.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_SOURCE_ROOT = fileURLToPath(new URL("../../../web/", import.meta.url));
export const WEB_DIST_ROOT = join(WEB_SOURCE_ROOT, "dist");
/** The part of src/ the web app bundles (the record contract: kinds, ISO dates); a change there rebuilds it too. */
const BUNDLED_SOURCE_ROOTS = [fileURLToPath(new URL("../../record/", import.meta.url))];

async function newestSourceTime(folder: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    const time = entry.isDirectory() ? await newestSourceTime(path) : (await stat(path)).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

export async function webBuildIsCurrent(): Promise<boolean> {
  const built = await stat(join(WEB_DIST_ROOT, "index.html")).catch(() => null);
  if (built === null) return false;
  const newest = await Promise.all([WEB_SOURCE_ROOT, ...BUNDLED_SOURCE_ROOTS].map(newestSourceTime));
  return built.mtimeMs >= Math.max(...newest);
}

/** Builds web/ into web/dist when missing or stale; returns the folder to serve. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<string> {
  if (await webBuildIsCurrent()) return WEB_DIST_ROOT;
  log("building the web app (first start, or web/ changed)…");
  // Imported here so that serving a current build never loads Vite.
  const { build } = await import("vite");
  await build({ root: WEB_SOURCE_ROOT, logLevel: "warn", configFile: join(WEB_SOURCE_ROOT, "vite.config.ts") });
  return WEB_DIST_ROOT;
}
