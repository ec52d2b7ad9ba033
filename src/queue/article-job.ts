// What one ingest job carries: the article as ingest/ read it (text, metadata, content hash), so that a worker
// on any machine needs nothing but the database. The job id comes from the content hash: the same article
// enqueued twice while its job is kept is one job, and the store's unique content hash does the rest.
import { z } from "zod";
import type { ReadArticle } from "../ingest/article.ts";
import { ISO_DATE_PATTERN } from "../record/iso-date.ts";

const isoDate = z.string().regex(ISO_DATE_PATTERN);

const readArticleSchema = z.object({
  input: z.string(),
  text: z.string().min(1),
  bodyStart: z.number().int().nonnegative(),
  format: z.enum(["text", "html"]),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  dateline: z
    .object({
      place: z.string().nullable(),
      region: z.string().nullable().optional(),
      date: isoDate.nullable(),
      start: z.number().int(),
      end: z.number().int(),
    })
    .nullable(),
  language: z.string().nullable(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface ArticleJobData {
  article: ReadArticle;
}

/** The job id of an article: its content hash shaped as a UUID (pg-boss ids are UUIDs). */
export function articleJobId(contentHash: string): string {
  const hex = contentHash.slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function articleJobData(article: ReadArticle): ArticleJobData {
  // PostgreSQL's jsonb cannot hold U+0000; decode-text refuses binary files, so this is a last guard.
  if (article.text.includes("\u0000")) throw new Error(`${article.input} contains a NUL character`);
  return { article };
}

/** The article a job carries; throws an Error naming the job when its data is not one (a hand-made job). */
export function articleOfJob(jobId: string, data: unknown): ReadArticle {
  const parsed = z.object({ article: readArticleSchema }).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`job ${jobId} does not carry an article (${issue.path.join(".") || "data"}: ${issue.message})`);
  }
  return parsed.data.article as ReadArticle;
}
