// The one way an article gets into a store: read it, skip it when its text is stored already (before the costly
// analysis), else analyse it, take its near-duplicate fingerprint and save everything in one transaction.
// `dyad ingest`, `dyad demo`, POST /api/documents, the queue workers and the benches all come through here.
import { analyzeArticle } from "../analyze/pipeline.ts";
import type { ReadArticle } from "../ingest/article.ts";
import { articleSignature } from "../ingest/near-duplicate-signature.ts";
import { readArticle } from "../ingest/read-article.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { ArticleRecord } from "../record/record.ts";
import type { Store } from "./store.ts";

/** An article read already, or the bytes of one with the name to report it by. */
export type ArticleSource = ReadArticle | { input: string; bytes: Uint8Array };

export interface IngestedArticle {
  input: string;
  /** false when an article with the same text was stored before: nothing was analysed or written. */
  stored: boolean;
  documentId: number;
  /** Set when the article was stored as a near-duplicate of this earlier document. */
  duplicateOf: number | null;
  /** The record saved; null when the article was stored before. */
  record: ArticleRecord | null;
}

/** Analysing or saving failed; `code` says which, the message names the input. (Reading throws an InputError.) */
export class IngestError extends Error {
  constructor(
    readonly code: "analyze_failed" | "store_failed",
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = "IngestError";
  }
}

export interface IngestOptions {
  /** The analysis to run (default: analyzeArticle in this thread); a server may run it elsewhere. */
  analyze?: (article: ReadArticle, knowledge: Knowledge) => ArticleRecord | Promise<ArticleRecord>;
}

/** Reads (when given bytes), then analyses and saves an article unless its text is stored already. */
export async function ingestArticle(
  source: ArticleSource,
  store: Store,
  knowledge: Knowledge,
  options: IngestOptions = {},
): Promise<IngestedArticle> {
  const article = "bytes" in source ? readArticle(source.input, source.bytes) : source;
  const known = await store.findContentHash(article.contentHash);
  if (known !== null)
    return { input: article.input, stored: false, documentId: known, duplicateOf: null, record: null };
  let record: ArticleRecord;
  try {
    record = await (options.analyze ?? analyzeArticle)(article, knowledge);
  } catch (error) {
    throw new IngestError(
      "analyze_failed",
      article.input,
      `${named(article.input)} could not be analysed (${reason(error)}). Please report it.`,
    );
  }
  try {
    const fingerprint = articleSignature(article);
    const saved = await store.saveArticle({
      record,
      contentHash: article.contentHash,
      text: article.text,
      fingerprint,
    });
    return {
      input: article.input,
      stored: saved.stored,
      documentId: saved.documentId,
      duplicateOf: saved.duplicateOf ?? null,
      record: saved.stored ? record : null,
    };
  } catch (error) {
    throw new IngestError(
      "store_failed",
      article.input,
      `${named(article.input)} could not be stored (${reason(error)}); nothing of it was kept.`,
    );
  }
}

function named(input: string): string {
  return input === "-" ? "standard input" : JSON.stringify(input);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
