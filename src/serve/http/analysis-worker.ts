// A worker thread of the analysis pool: loads the knowledge base once, then reads or analyses what it is sent
// and posts back the result, or the error (an InputError with its code, so the route can answer 422). The
// parser model is the pool's: its tables are shared with the starting thread, not loaded again.
import { parentPort, workerData } from "node:worker_threads";
import { analyzeArticle } from "../../analyze/pipeline.ts";
import type { ReadArticle } from "../../ingest/article.ts";
import type { ArticleFields } from "../../ingest/article-from-fields.ts";
import { InputError } from "../../ingest/input-errors.ts";
import { loadKnowledge } from "../../knowledge/knowledge.ts";
import { type SharedParserModel, useSharedParserModel } from "../../parse/index.ts";

export type AnalysisTask =
  | { task: "read"; input: string; bytes: Uint8Array; format?: "text" | "html" }
  | { task: "fields"; input: string; fields: ArticleFields }
  | { task: "analyze"; article: ReadArticle };

export interface AnalysisWorkerData {
  parserModel?: SharedParserModel;
}

const given = (workerData ?? {}) as AnalysisWorkerData;
if (given.parserModel) useSharedParserModel(given.parserModel);
const knowledge = loadKnowledge();

// The readers (HTML through linkedom, front matter, language) are imported on the first read: `dyad extract
// --threads` reads on the starting thread and sends only analyses, and their modules cost a thread ~25 MB.
let readers: Promise<
  [typeof import("../../ingest/read-article.ts"), typeof import("../../ingest/article-from-fields.ts")]
>;
const loadReaders = () =>
  (readers ??= Promise.all([import("../../ingest/read-article.ts"), import("../../ingest/article-from-fields.ts")]));

async function run(task: AnalysisTask): Promise<unknown> {
  if (task.task === "analyze") return analyzeArticle(task.article, knowledge);
  const [{ readArticle }, { articleFromFields }] = await loadReaders();
  if (task.task === "read") return readArticle(task.input, task.bytes, task.format);
  return articleFromFields(task.input, task.fields);
}

parentPort?.on("message", async ({ id, task }: { id: number; task: AnalysisTask }) => {
  try {
    parentPort?.postMessage({ id, result: await run(task) });
  } catch (error) {
    const inputError = error instanceof InputError ? { code: error.code, input: error.input } : undefined;
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error), inputError });
  }
});
