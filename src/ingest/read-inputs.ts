// Command-line inputs to articles, in the order given: files, folders (recursively, sorted), "-" for stdin.
// Every problem becomes an InputError in the stream, so one bad file never stops a run.
import { createReadStream, type Stats } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ReadArticle } from "./article.ts";
import { formatMegabytes } from "./decode-text.ts";
import { InputError, MAX_INPUT_BYTES } from "./input-errors.ts";
import { readArticle } from "./read-article.ts";
import { batchOfText, isBatchPath, readBatchFile } from "./read-batches.ts";

/** Files a folder contributes; other files in it (images, JSON, gold files) are left alone. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".text", ".html", ".htm"];

export interface ReadInputsOptions {
  /** Where "-" reads from; process.stdin unless a caller (a test) says otherwise. */
  stdin?: NodeJS.ReadableStream;
}

export async function* readInputs(
  args: string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<ReadArticle | InputError> {
  for (const arg of args) {
    if (arg === "-") {
      yield* await readStream("-", options.stdin ?? process.stdin);
      continue;
    }
    let info: Stats;
    try {
      info = await stat(arg);
    } catch (error) {
      yield fileSystemError(arg, error);
      continue;
    }
    if (!info.isDirectory()) {
      yield* isBatchPath(arg) && info.isFile() ? readBatchFile(arg) : await readPath(arg, info);
      continue;
    }
    let files: string[];
    try {
      files = await articleFilesUnder(arg);
    } catch (error) {
      yield fileSystemError(arg, error);
      continue;
    }
    if (files.length === 0) yield new InputError("empty_folder", arg);
    for (const file of files) {
      // The folder as given, then the path inside it: "articles/" + "a/b.txt", never re-normalised.
      const input = arg.endsWith("/") ? `${arg}${file}` : `${arg}/${file}`;
      yield* isBatchPath(input, true) ? readBatchFile(input) : await readPath(input);
    }
  }
}

async function readPath(path: string, known?: Stats): Promise<(ReadArticle | InputError)[]> {
  let info: Stats;
  try {
    info = known ?? (await stat(path));
  } catch (error) {
    return [fileSystemError(path, error)];
  }
  if (info.isFIFO() || info.isCharacterDevice()) return readStream(path, createReadStream(path)); // <(…), /dev/stdin
  if (!info.isFile()) return [new InputError("not_a_file", path)];
  // Refused from its size alone: a 20 MB file is never read into memory.
  if (info.size > MAX_INPUT_BYTES) return [tooLarge(path, info.size)];
  try {
    return [toArticle(path, await readFile(path))];
  } catch (error) {
    return [fileSystemError(path, error)];
  }
}

async function readStream(input: string, stream: NodeJS.ReadableStream): Promise<(ReadArticle | InputError)[]> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > MAX_INPUT_BYTES) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        return [new InputError("too_large", input, "is larger than the 5 MB limit for one article")];
      }
      chunks.push(bytes);
    }
  } catch (error) {
    return [fileSystemError(input, error)];
  }
  const bytes = Buffer.concat(chunks);
  // A feed or JSON Lines batch piped in is recognised by its content.
  return batchOfText(input, bytes.toString("utf8")) ?? [toArticle(input, bytes)];
}

function toArticle(input: string, bytes: Uint8Array): ReadArticle | InputError {
  try {
    return readArticle(input, bytes);
  } catch (error) {
    if (error instanceof InputError) return error;
    const reason = error instanceof Error ? error.message : String(error);
    return new InputError("internal_error", input, `could not be read because of an error in dyad (${reason})`);
  }
}

function tooLarge(input: string, size: number): InputError {
  return new InputError("too_large", input, `is ${formatMegabytes(size)}, over the 5 MB limit for one article`);
}

/** Article files under `folder`, as sorted paths relative to it; hidden files and folders are skipped. */
async function articleFilesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>(); // real paths, so a symbolic link loop is walked once
  const walk = async (relative: string) => {
    const absolute = relative === "" ? folder : join(folder, relative);
    const real = await realpath(absolute);
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of await readdir(absolute, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await isFolder(join(folder, child))));
      if (isDirectory) await walk(child);
      else if (ARTICLE_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) found.push(child);
      else if (isBatchPath(entry.name, true)) found.push(child);
    }
  };
  await walk("");
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // a dangling link is not a folder; reading it as a file reports the problem
  }
}

function fileSystemError(input: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new InputError("not_found", input);
    case "EACCES":
    case "EPERM":
      return new InputError("unreadable", input, "could not be read (permission denied)");
    case "EISDIR":
      return new InputError("not_a_file", input);
    case "ELOOP":
      return new InputError("symlink_loop", input);
    default:
      return new InputError("unreadable", input, `could not be read (${code ?? String(error)})`);
  }
}
