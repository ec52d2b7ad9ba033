// /openapi.json and a /docs page that renders it with no network access (no CDN, no framework):
// the page and its script are served from here, and the script builds the page with textContent only.
import { readFileSync } from "node:fs";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";

const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dyad API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/docs/favicon.svg" type="image/svg+xml">
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d232a}
h2{margin-top:2rem;border-bottom:1px solid #d8dee4}.route{border:1px solid #d8dee4;border-radius:6px;margin:.75rem 0;padding:.5rem .75rem}
.method{font-weight:700;text-transform:uppercase;display:inline-block;min-width:4.5rem}.get{color:#0a6b2f}.post{color:#8a4b00}
code{background:#f3f5f7;padding:0 .25rem;border-radius:3px}table{border-collapse:collapse;margin:.25rem 0}td{padding:.1rem .6rem .1rem 0;vertical-align:top}
.muted{color:#59636e}
</style></head>
<body><h1>dyad API</h1><p class="muted">OpenAPI document: <a href="/openapi.json">/openapi.json</a>.
Writes need <code>Authorization: Bearer &lt;DYAD_TOKEN&gt;</code>.</p>
<p id="counting"><strong>What a count means.</strong> Every count and list (events, stats, graph, map, timeline,
trends, exports) holds, by default, the events an article says <em>occurred</em> that no reviewer rejected.
<code>factuality=intended,negated,uncertain</code> (or <code>all</code>) and <code>review=rejected</code>
(or <code>all</code>) bring the others in; responses give them apart in <code>apart</code>. Actors are
accepted as codes, names or demonyms in any case (<code>CHN</code>, <code>china</code>, <code>Chinese</code>,
<code>org:bri</code>); an unknown actor, an impossible date or a pair of one actor is a 400.</p>
<main id="docs">Loading…</main>
<script type="module" src="/docs/docs.js"></script></body></html>`;

const DOCS_SCRIPT = readFileSync(new URL("./docs-page-script.js", import.meta.url), "utf8");
// The web app's icon, served here too: the docs page works without a built web app, and a browser asks for an
// icon on every page (a 404 otherwise).
const FAVICON = readFileSync(new URL("../../../../web/public/favicon.svg", import.meta.url), "utf8");

/** `api` is the router whose registry becomes the OpenAPI document. */
export function docsRoutes(api: OpenAPIHono): Hono {
  const router = new Hono();
  const document = () =>
    api.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "dyad",
        version: "0.1.0",
        description:
          "Diplomatic news as a dated, source-cited record of relations between states. Every count holds, by " +
          "default, the events an article says occurred that no reviewer rejected; `factuality` and `review` " +
          "bring the others in, and `apart` counts them separately.",
      },
    });
  let cached: ReturnType<typeof document> | null = null;
  router.get("/openapi.json", (c) => {
    cached ??= document();
    cached.components = {
      ...cached.components,
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "the DYAD_TOKEN value" } },
    };
    return c.json(cached);
  });
  router.get("/docs", (c) => c.html(DOCS_HTML));
  router.get("/docs/docs.js", (c) => c.body(DOCS_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8" }));
  router.get("/docs/favicon.svg", (c) => c.body(FAVICON, 200, { "content-type": "image/svg+xml" }));
  return router;
}
