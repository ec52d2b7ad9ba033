// POST an article to ingest it through the same reader, analyzer and store as `dyad ingest`.
// Accepts text/plain, text/html, or JSON with the text and its metadata.

import type { OpenAPIHono } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { stringify as toYaml } from "yaml";
import { InputError } from "../../../ingest/input-errors.ts";
import { ErrorSchema, IsoDateParam, jsonContent } from "../api-schemas.ts";
import { HttpError } from "../error-catalogue.ts";
import { newRouter } from "../router.ts";
import type { ServeContext } from "../serve-context.ts";

export const ArticleJson = z
  .object({
    text: z.string().min(1, "must not be empty"),
    format: z.enum(["text", "html"]).default("text"),
    input: z.string().max(500).optional(),
    title: z.string().max(1000).optional(),
    published: IsoDateParam.optional(),
    source: z.string().max(500).optional(),
    url: z.string().max(2000).optional(),
  })
  .openapi("ArticleJson");

const IngestResult = z
  .object({
    documentId: z.number().int(),
    stored: z.boolean().openapi({ description: "false when the same article was already stored" }),
    events: z.number().int(),
    relations: z.number().int(),
  })
  .openapi("IngestResult");

const errorContent = (description: string) => jsonContent(ErrorSchema, description);

/** The bytes the reader sees: JSON metadata becomes YAML front matter, which the reader already understands. */
async function articleBytes(c: Context): Promise<{ input: string; bytes: Uint8Array }> {
  const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const label = c.req.query("input") ?? "api:upload";
  if (type === "text/plain" || type === "text/markdown" || type === "text/html") {
    return { input: label, bytes: new Uint8Array(await c.req.arrayBuffer()) };
  }
  if (type !== "application/json") {
    throw new HttpError("unsupported_media_type", `POST /api/documents: Content-Type "${type || "(none)"}"`);
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpError("invalid_request", "POST /api/documents: the body is not valid JSON");
  }
  const parsed = ArticleJson.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new HttpError("invalid_request", `POST /api/documents: ${problems}`);
  }
  const { text, format, input, ...metadata } = parsed.data;
  const defined = Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined));
  const withFrontMatter =
    format === "text" && Object.keys(defined).length > 0 ? `---\n${toYaml(defined)}---\n${text}` : text;
  return { input: input ?? label, bytes: new TextEncoder().encode(withFrontMatter) };
}

export function ingestRoutes(context: ServeContext): OpenAPIHono {
  const router = newRouter();
  router.openapi(
    createRoute({
      method: "post",
      path: "/api/documents",
      tags: ["documents"],
      summary: "Ingest an article (needs the bearer token)",
      security: [{ bearer: [] }],
      request: {
        body: {
          content: {
            "application/json": { schema: ArticleJson },
            "text/plain": { schema: z.string() },
            "text/html": { schema: z.string() },
          },
        },
      },
      responses: {
        200: jsonContent(IngestResult, "Already stored (same content hash); nothing written"),
        201: jsonContent(IngestResult, "Stored"),
        401: errorContent("Missing or wrong token"),
        403: errorContent("Server is read-only"),
        413: errorContent("Body too large"),
        415: errorContent("Unsupported Content-Type"),
        422: errorContent("Not readable as an article"),
      },
    }),
    async (c) => {
      const { input, bytes } = await articleBytes(c);
      // Loaded on the first ingest, so a read-only server never loads the reader, analyzer and knowledge.
      const { ingestArticle } = await import("../../../store/ingest-article.ts");
      const { loadKnowledge } = await import("../../../knowledge/knowledge.ts");
      let saved: Awaited<ReturnType<typeof ingestArticle>>;
      try {
        saved = await ingestArticle({ input, bytes }, context.store, loadKnowledge());
      } catch (error) {
        if (error instanceof InputError) throw new HttpError("invalid_article", error.message);
        throw error;
      }
      context.invalidate();
      // An article stored before is not analysed again: its counts come from the record kept then.
      const record = saved.record ?? (await context.store.getDocument(saved.documentId))?.record;
      const result = {
        documentId: saved.documentId,
        stored: saved.stored,
        events: record?.events.length ?? 0,
        relations: record?.relations.length ?? 0,
      };
      return saved.stored ? c.json(result, 201) : c.json(result, 200);
    },
  );
  return router;
}
