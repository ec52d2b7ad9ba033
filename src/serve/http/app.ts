// The HTTP app: middleware first (errors, headers, auth, body limit), then the route groups, the OpenAPI
// document and the web app. Tests drive it in-process with `app.request(...)`.
import { OpenAPIHono } from "@hono/zod-openapi";
import { secureHeaders } from "hono/secure-headers";
import type { Store } from "../../store/store.ts";
import { buildEventMap } from "../aggregate/event-map.ts";
import { buildRelationsGraph } from "../aggregate/relations-graph.ts";
import type { AnalysisPool } from "./analysis-pool.ts";
import { jsonErrorHandler, jsonNotFound } from "./middleware/json-errors.ts";
import { DEFAULT_BODY_LIMIT_BYTES, requestBodyLimit } from "./middleware/request-body-limit.ts";
import { requestChecks } from "./middleware/request-checks.ts";
import { writeAuth } from "./middleware/write-auth.ts";
import { aggregateRoutes } from "./routes/aggregate-routes.ts";
import { docsRoutes } from "./routes/docs-routes.ts";
import { exportRoutes } from "./routes/export-routes.ts";
import { ingestRoutes } from "./routes/ingest-routes.ts";
import { readRoutes } from "./routes/read-routes.ts";
import { reviewRoutes } from "./routes/review-routes.ts";
import { webRoutes } from "./routes/web-routes.ts";
import { createServeContext } from "./serve-context.ts";

export interface AppOptions {
  store: Store;
  /** The bearer token writes need; without one the server is read-only. */
  token?: string;
  bodyLimitBytes?: number;
  /** Folder of the built web app; omitted, only the API is served. */
  webRoot?: string;
  /** Build the graph and map aggregates now, so the app's first view does not wait for them. */
  warm?: boolean;
  /** Host header names (lower case, no port) the server answers to; undefined: any. */
  allowedHosts?: ReadonlySet<string>;
  /** Reads and analyses posted articles on these worker threads instead of the request thread. */
  analysisPool?: AnalysisPool;
}

export function createApp(options: AppOptions): OpenAPIHono {
  const context = createServeContext(options.store);
  if (options.warm) {
    // Failures here are not fatal: the next request recomputes and reports them.
    context.cached("graph", () => buildRelationsGraph(options.store)).catch(() => {});
    context.cached("map", () => buildEventMap(options.store)).catch(() => {});
  }
  const app = new OpenAPIHono();
  app.onError(jsonErrorHandler());
  app.notFound(jsonNotFound);
  app.use("*", requestChecks(options.allowedHosts));
  app.use(
    "*",
    secureHeaders({
      // Article text is untrusted: even if some of it ever reached the DOM as markup, no inline or foreign
      // script could run. vis-timeline and cytoscape position elements with inline style attributes.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use("*", writeAuth(options.token));
  app.use("/api/*", requestBodyLimit(options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES));

  const api = new OpenAPIHono();
  api.route("/", readRoutes(context));
  api.route("/", aggregateRoutes(context));
  api.route("/", ingestRoutes(context, options.analysisPool));
  api.route("/", reviewRoutes(context));
  api.route("/", exportRoutes(context));
  app.route("/", api);
  app.route("/", docsRoutes(api));
  if (options.webRoot) app.route("/", webRoutes(options.webRoot));
  return app;
}
