// Serves the built web app (web/dist) as static files. Only files inside the folder are ever read.
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { Hono } from "hono";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export function webRoutes(root: string): Hono {
  const router = new Hono();
  const base = normalize(root + sep);
  router.get("*", async (c, next) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(c.req.path);
    } catch {
      return next(); // malformed encoding names no file (requestChecks refuses it before this)
    }
    const relative = c.req.path === "/" ? "index.html" : decoded.replace(/^\/+/, "");
    const file = normalize(join(base, relative));
    if (!file.startsWith(base)) return next();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return next();
    const body = await readFile(file);
    // Vite fingerprints asset names, so they can be cached for good; index.html must always be fresh.
    const cache = relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    return c.body(body, 200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": cache,
    });
  });
  return router;
}
