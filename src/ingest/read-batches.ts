// Inputs that hold many articles: RSS/Atom feeds and JSON Lines batches. Recognised by extension (a folder
// contributes .rss, .atom, .jsonl and .ndjson files; .xml only when named, as folders hold other XML) or, for
// standard input, by content. JSON Lines files are streamed line by line, so a batch of any size reads in
// constant memory; a feed is read whole, up to MAX_FEED_BYTES.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { ReadArticle } from "./article.ts";
import { decodeText, formatMegabytes } from "./decode-text.ts";
import { FEED_EXTENSIONS, looksLikeFeed, readFeed } from "./feed-reader.ts";
import { InputError } from "./input-errors.ts";
import { JSONL_EXTENSIONS, looksLikeJsonLines, readJsonLine, readJsonLines } from "./jsonl-reader.ts";

const MAX_FEED_BYTES = 50 * 1024 * 1024;
const FOLDER_BATCH_EXTENSIONS = [".rss", ".atom", ...JSONL_EXTENSIONS];

/** Whether a path names a batch: any feed or JSON Lines extension when named, fewer inside a folder. */
export function isBatchPath(path: string, inFolder = false): boolean {
  const extensions = inFolder ? FOLDER_BATCH_EXTENSIONS : [...FEED_EXTENSIONS, ...JSONL_EXTENSIONS];
  const lower = path.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}

export async function* readBatchFile(path: string): AsyncGenerator<ReadArticle | InputError> {
  const lower = path.toLowerCase();
  if (JSONL_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    let lineNumber = 0;
    let found = false;
    try {
      const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        lineNumber += 1;
        if (line.trim() === "") continue;
        found = true;
        yield readJsonLine(`${path}:${lineNumber}`, line);
      }
    } catch (error) {
      yield new InputError("unreadable", path, `could not be read (${(error as NodeJS.ErrnoException).code ?? error})`);
      return;
    }
    if (!found) yield new InputError("empty", path);
    return;
  }
  const size = (await stat(path)).size;
  if (size > MAX_FEED_BYTES) {
    yield new InputError("too_large", path, `is ${formatMegabytes(size)}, over the 50 MB limit for one feed`);
    return;
  }
  let xml: string;
  try {
    xml = decodeText(path, await readFile(path));
  } catch (error) {
    yield error instanceof InputError ? error : new InputError("unreadable", path, `could not be read (${error})`);
    return;
  }
  yield* readFeed(path, xml);
}

/** The articles of a feed or JSON Lines text (standard input), or null when the text is one article. */
export function batchOfText(input: string, text: string): (ReadArticle | InputError)[] | null {
  if (looksLikeFeed(text)) return readFeed(input, text);
  if (looksLikeJsonLines(text)) return [...readJsonLines(input, text)];
  return null;
}
