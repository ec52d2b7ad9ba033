// GET /export?format=…: the same streaming exports as `dyad export`, sent as they are generated, over the same
// selection as /api/events (every filter, the same counting rule).

import type { OpenAPIHono } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import { checkedRange } from "../../aggregate/event-selection.ts";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from "../../export/export-formats.ts";
import { exportSelection } from "../../export/export-selection.ts";
import { EventQuery, errorResponses } from "../api-schemas.ts";
import { newRouter } from "../router.ts";
import type { ServeContext } from "../serve-context.ts";

/** A web stream that pulls the next chunk from the generator only when the client is ready for it. */
export function streamOf(
  chunks: AsyncGenerator<string | Uint8Array>,
  onError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
      } catch (error) {
        // Headers are already sent; the client sees a truncated body, the cause stays in the server log.
        onError(error);
        controller.error(new Error("export failed"));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

export function exportRoutes(context: ServeContext): OpenAPIHono {
  const router = newRouter();
  router.openapi(
    createRoute({
      method: "get",
      path: "/export",
      tags: ["exports"],
      summary: `Export the store: ${EXPORT_FORMAT_NAMES.map((name) => `${name} (${EXPORT_FORMATS[name].description})`).join(", ")}`,
      request: {
        query: EventQuery.omit({ limit: true, offset: true }).extend({
          format: z.enum(EXPORT_FORMAT_NAMES as [string, ...string[]]),
        }),
      },
      responses: { 200: { description: "The export, streamed" }, ...errorResponses },
    }),
    (c) => {
      const { format: name, document, ...filter } = c.req.valid("query");
      checkedRange(filter.from, filter.to);
      const format = EXPORT_FORMATS[name as keyof typeof EXPORT_FORMATS];
      const selection = exportSelection({ ...filter, documentId: document });
      const body = streamOf(format.generate(context.store, selection), (error) =>
        console.error("dyad serve: export failed:", error),
      );
      return c.body(body, 200, {
        "content-type": format.contentType,
        "content-disposition": `attachment; filename="${format.fileName}"`,
      });
    },
  );
  return router;
}
