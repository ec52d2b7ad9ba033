// JSON Lines batches: one article per line, {"text": …} or {"html": …} with optional "title", "published",
// "source" and "url"; labelled "batch.jsonl:3" (line 3). Blank lines are skipped; a bad line is an InputError
// naming its line, and the other lines are still read.
import type { ReadArticle } from "./article.ts";
import { publishedProblem, textFieldProblem } from "./article-field-checks.ts";
import { type ArticleFields, articleFromFields } from "./article-from-fields.ts";
import { InputError } from "./input-errors.ts";

export const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];

const FIELDS = ["title", "published", "source", "url", "text", "html"] as const;

/** Whether a text is JSON Lines: its first non-blank line is a JSON object. */
export function looksLikeJsonLines(text: string): boolean {
  const first = text.split("\n").find((line) => line.trim() !== "");
  if (!first?.trim().startsWith("{")) return false;
  try {
    return typeof JSON.parse(first) === "object";
  } catch {
    return false;
  }
}

export function* readJsonLines(input: string, text: string): Generator<ReadArticle | InputError> {
  const lines = text.split("\n");
  let found = false;
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index].trim() === "") continue;
    found = true;
    yield readJsonLine(`${input}:${index + 1}`, lines[index]);
  }
  if (!found) yield new InputError("empty", input);
}

/** One line's article, or the InputError that names the line and its problem. */
export function readJsonLine(label: string, line: string): ReadArticle | InputError {
  try {
    return articleFromFields(label, fieldsOf(label, line));
  } catch (error) {
    if (error instanceof InputError) return error;
    return new InputError("internal_error", label, `could not be read because of an error in dyad (${error})`);
  }
}

function fieldsOf(label: string, line: string): ArticleFields {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError("bad_json_line", label, `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError("bad_json_line", label, "is not a JSON object");
  }
  const record = value as Record<string, unknown>;
  const fields: ArticleFields = {};
  for (const name of FIELDS) {
    const field = record[name];
    if (field === undefined || field === null) continue;
    if (typeof field !== "string") throw new InputError("bad_json_line", label, `has a "${name}" that is not a string`);
    fields[name] = field;
  }
  if (!fields.text && !fields.html) throw new InputError("bad_json_line", label, 'has neither "text" nor "html"');
  const problem =
    publishedProblem("field", fields.published) ??
    (["title", "source", "url"] as const).map((name) => textFieldProblem("field", name, fields[name])).find(Boolean);
  if (problem) throw new InputError("bad_json_line", label, problem);
  return fields;
}
