// `dyad extract FILE...`: one JSON line per input, in the order given: the article record, or an error line.
import { Command, InvalidArgumentError } from "commander";
import type { ReadArticle } from "../../ingest/article.ts";
import { InputError } from "../../ingest/input-errors.ts";
import { readInputs } from "../../ingest/read-inputs.ts";
import type { ArticleRecord, ErrorLine } from "../../record/record.ts";
import { AnalysisPool } from "../http/analysis-pool.ts";
import { keepHeapNearLive } from "./batch-heap.ts";

const EXAMPLES = `
Inputs: plain UTF-8 text (optionally with YAML front matter: title, published, source, url),
or an HTML page; folders are read recursively (.txt .md .text .html .htm); - reads stdin.
Each input gives one line: its record, or {"input": ..., "error": {"code": ..., "message": ...}}.
The exit code is 1 if any input failed, 0 otherwise.

Examples:
  $ dyad extract article.txt
  $ dyad extract page.html --pretty
  $ dyad extract articles/ > records.jsonl
  $ dyad extract --threads 2 articles/ > records.jsonl
  $ curl -s https://example.org/news/1 | dyad extract -
  $ dyad extract a.txt b.html | jq '.events[] | [.kind, .source, .target, .date]'`;

export function extractCommand(): Command {
  return new Command("extract")
    .description("Print one article record per input (file, folder or - for stdin) as JSON Lines.")
    .argument("<inputs...>", "files, folders, or - for stdin")
    .option("--pretty", "indent each record (for reading, not for machines)")
    .option(
      "--threads <n>",
      "analyse on n worker threads, each loading its own knowledge base (the parser model is loaded once and shared); lines keep the input order",
      threadCount,
      1,
    )
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], options: { pretty?: boolean; threads: number }) => {
      keepHeapNearLive();
      process.exitCode = (await extract(inputs, options.pretty ?? false, options.threads)) ? 0 : 1;
    });
}

function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("a whole number from 1 to 64");
  return n;
}

type Analyze = (article: ReadArticle) => ArticleRecord | Promise<ArticleRecord>;

/** Writes every input's line to stdout, in input order; true when all inputs gave a record. */
async function extract(inputs: string[], pretty: boolean, threads: number): Promise<boolean> {
  stopQuietlyWhenReaderLeaves();
  const pool = threads > 1 ? new AnalysisPool(threads) : null;
  const analyze: Analyze = pool ? (article) => pool.analyze(article) : await analyzeHere();
  // The pool's threads do not keep the process alive by themselves: this does, until the last line is out.
  const alive = pool ? setInterval(() => {}, 60_000) : null;
  // With threads, a few articles per thread are in flight while the next ones are read.
  const inFlight = pool ? 2 * threads : 1;
  const pending: Promise<ArticleRecord | ErrorLine>[] = [];
  let allSucceeded = true;
  const writeFirst = async () => {
    const line = await (pending.shift() as Promise<ArticleRecord | ErrorLine>);
    if ("error" in line) allSucceeded = false;
    await writeLine(pretty ? JSON.stringify(line, null, 2) : JSON.stringify(line));
  };
  try {
    for await (const item of readInputs(inputs)) {
      pending.push(lineOf(item, analyze));
      if (pending.length >= inFlight) await writeFirst();
    }
    while (pending.length > 0) await writeFirst();
  } finally {
    if (alive) clearInterval(alive);
    await pool?.close();
  }
  return allSucceeded;
}

async function lineOf(item: ReadArticle | InputError, analyze: Analyze): Promise<ArticleRecord | ErrorLine> {
  if (item instanceof InputError) return errorLine(item.input, item.code, item.message);
  try {
    return { ...(await analyze(item)), input: item.input };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`dyad extract: ${item.input}: ${reason}\n`);
    return errorLine(item.input, "internal_error", new InputError("internal_error", item.input).message);
  }
}

/**
 * Analysis on this thread. The pipeline's modules are imported here, not at the top: with --threads only the
 * workers analyse, and the pipeline's code in this thread too would cost some 40 MB for nothing. The knowledge
 * base is loaded on the first article that needs it: a run of only bad inputs never pays for it.
 */
async function analyzeHere(): Promise<Analyze> {
  const [{ analyzeArticle }, { loadKnowledge }] = await Promise.all([
    import("../../analyze/pipeline.ts"),
    import("../../knowledge/knowledge.ts"),
  ]);
  let knowledge: ReturnType<typeof loadKnowledge> | null = null;
  return (article) => {
    knowledge ??= loadKnowledge();
    return analyzeArticle(article, knowledge);
  };
}

function errorLine(input: string, code: string, message: string): ErrorLine {
  return { input, error: { code, message } };
}

/** One write per line; waits when the pipe is full so that a long run never buffers unboundedly. */
function writeLine(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(`${line}\n`)) resolve();
    else process.stdout.once("drain", resolve);
  });
}

/** `dyad extract … | head -1`: a closed pipe ends the run without a stack trace. */
function stopQuietlyWhenReaderLeaves(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
