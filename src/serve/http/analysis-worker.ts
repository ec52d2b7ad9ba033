// A worker thread of the analysis pool: loads the knowledge base once, then reads or analyses what it is sent
// and posts back the result, or the error (an InputError with its code, so the route can answer 422). The
// parser model is the pool's: its tables are shared with the starting thread, not loaded again.
import { parentPort, workerData } from "node:worker_threads";
import { analyzeArticle } from "../../analyze/pipeline.ts";
import type { ReadArticle } from "../../ingest/article.ts";
import { type ArticleFields, articleFromFields } from "../../ingest/article-from-fields.ts";
import { InputError } from "../../ingest/input-errors.ts";
import { readArticle } from "../../ingest/read-article.ts";
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

function run(task: AnalysisTask): unknown {
  if (task.task === "read") return readArticle(task.input, task.bytes, task.format);
  if (task.task === "fields") return articleFromFields(task.input, task.fields);
  return analyzeArticle(task.article, knowledge);
}

parentPort?.on("message", ({ id, task }: { id: number; task: AnalysisTask }) => {
  try {
    parentPort?.postMessage({ id, result: run(task) });
  } catch (error) {
    const inputError = error instanceof InputError ? { code: error.code, input: error.input } : undefined;
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error), inputError });
  }
});
