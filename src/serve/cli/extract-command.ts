// `dyad extract FILE...`: one JSON line per input, in the order given: the article record, or an error line.
import { Command } from "commander";
import { analyzeArticle } from "../../analyze/pipeline.ts";
import { InputError } from "../../ingest/input-errors.ts";
import { readInputs } from "../../ingest/read-inputs.ts";
import { type Knowledge, loadKnowledge } from "../../knowledge/knowledge.ts";
import type { ArticleRecord, ErrorLine } from "../../record/record.ts";
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
  $ curl -s https://example.org/news/1 | dyad extract -
  $ dyad extract a.txt b.html | jq '.events[] | [.kind, .source, .target, .date]'`;

export function extractCommand(): Command {
  return new Command("extract")
    .description("Print one article record per input (file, folder or - for stdin) as JSON Lines.")
    .argument("<inputs...>", "files, folders, or - for stdin")
    .option("--pretty", "indent each record (for reading, not for machines)")
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], options: { pretty?: boolean }) => {
      keepHeapNearLive();
      process.exitCode = (await extract(inputs, options.pretty ?? false)) ? 0 : 1;
    });
}

/** Writes every input's line to stdout; true when all inputs gave a record. */
async function extract(inputs: string[], pretty: boolean): Promise<boolean> {
  stopQuietlyWhenReaderLeaves();
  // Loaded on the first article that needs it: a run of only bad inputs never pays for it.
  let knowledge: Knowledge | null = null;
  let allSucceeded = true;
  for await (const item of readInputs(inputs)) {
    let line: ArticleRecord | ErrorLine;
    if (item instanceof InputError) {
      line = errorLine(item.input, item.code, item.message);
    } else {
      try {
        knowledge ??= loadKnowledge();
        line = { ...analyzeArticle(item, knowledge), input: item.input };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        line = errorLine(item.input, "internal_error", new InputError("internal_error", item.input).message);
        process.stderr.write(`dyad extract: ${item.input}: ${reason}\n`);
      }
    }
    if ("error" in line) allSucceeded = false;
    await writeLine(pretty ? JSON.stringify(line, null, 2) : JSON.stringify(line));
  }
  return allSucceeded;
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
