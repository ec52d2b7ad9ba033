// POST an article to ingest it through the same reader, analyzer and store as `dyad ingest`.
// Accepts text/plain, text/html, or JSON with the text and its metadata.

import type { OpenAPIHono } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ReadArticle } from "../../../ingest/article.ts";
import { publishedProblem, textFieldProblem } from "../../../ingest/article-field-checks.ts";
import { InputError } from "../../../ingest/input-errors.ts";
import type { AnalysisPool } from "../analysis-pool.ts";
import { ErrorSchema, jsonContent } from "../api-schemas.ts";
import { HttpError } from "../error-catalogue.ts";
import { newRouter } from "../router.ts";
import type { ServeContext } from "../serve-context.ts";

export const ArticleJson = z
  .object({
    text: z.string().min(1, "must not be empty"),
    format: z.enum(["text", "html"]).default("text"),
    input: z.string().max(500).optional(),
    title: z.string({ error: (issue) => textFieldProblem("field", "title", issue.input) }).optional(),
    published: z
      .string({ error: (issue) => publishedProblem("field", issue.input) })
      .optional()
      .openapi({ description: "YYYY, YYYY-MM or YYYY-MM-DD (or an ISO timestamp)" }),
    source: z.string({ error: (issue) => textFieldProblem("field", "source", issue.input) }).optional(),
    url: z.string({ error: (issue) => textFieldProblem("field", "url", issue.input) }).optional(),
  })
  // the same checks, and words, as front matter and JSON Lines
  .superRefine((article, context) => {
    const problems = [
      ["published", publishedProblem("field", article.published)],
      ...(["title", "source", "url"] as const).map((name) => [name, textFieldProblem("field", name, article[name])]),
    ];
    for (const [name, problem] of problems)
      if (problem) context.addIssue({ code: "custom", path: [name ?? ""], message: problem });
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

/**
 * The article a request carries, read as its Content-Type says: text/plain and text/markdown as text, text/html
 * as a page or fragment, JSON as fields (its metadata kept for HTML too), like a JSON Lines record.
 */
async function articleOf(c: Context, pool?: AnalysisPool): Promise<ReadArticle> {
  const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const label = c.req.query("input") ?? "api:upload";
  // Loaded on the first ingest, so a read-only server never loads the reader, analyzer and knowledge.
  const { readArticle } = await import("../../../ingest/read-article.ts");
  const { articleFromFields } = await import("../../../ingest/article-from-fields.ts");
  if (type === "text/plain" || type === "text/markdown" || type === "text/html") {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const format = type === "text/html" ? "html" : "text";
    return readAsArticle(() => (pool ? pool.read(label, bytes, format) : readArticle(label, bytes, format)));
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
  const fields = { ...metadata, [format]: text };
  return readAsArticle(() =>
    pool ? pool.readFields(input ?? label, fields) : articleFromFields(input ?? label, fields),
  );
}

async function readAsArticle(read: () => ReadArticle | Promise<ReadArticle>): Promise<ReadArticle> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InputError) throw new HttpError("invalid_article", error.message);
    throw error;
  }
}

export function ingestRoutes(context: ServeContext, pool?: AnalysisPool): OpenAPIHono {
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
      const article = await articleOf(c, pool);
      // Loaded on the first ingest, so a read-only server never loads the reader, analyzer and knowledge.
      const { ingestArticle } = await import("../../../store/ingest-article.ts");
      const { loadKnowledge } = await import("../../../knowledge/knowledge.ts");
      let saved: Awaited<ReturnType<typeof ingestArticle>>;
      try {
        // With a pool the analysis runs on its threads, which hold their own knowledge base.
        const analyze = pool ? { analyze: (read: ReadArticle) => pool.analyze(read) } : {};
        saved = await ingestArticle(article, context.store, loadKnowledge(), analyze);
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
