// YAML front matter between two `---` lines at the top of a text file: what the publisher says about the article.
import { parse as parseYaml } from "yaml";
import { isoDateFromString } from "../record/iso-date.ts";
import type { IsoDate } from "../record/record.ts";
import { publishedProblem } from "./article-field-checks.ts";
import { simpleFrontMatter } from "./front-matter-lines.ts";
import { InputError } from "./input-errors.ts";

export interface FrontMatter {
  title: string | null;
  published: IsoDate | null;
  source: string | null;
  url: string | null;
  /** Offset just after the closing `---` line: where the article body starts. */
  bodyStart: number;
}

const OPENING_LINE = /^---[ \t]*\r?\n/;
const CLOSING_LINE = /^---[ \t]*(?:\r?\n|$)/m;

/** The front matter of `text`, or null when the text does not open with a `---` line. Throws bad_front_matter. */
export function readFrontMatter(input: string, text: string): FrontMatter | null {
  const opening = OPENING_LINE.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING_LINE.exec(rest);
  if (!closing) throw new InputError("bad_front_matter", input, "opens with a --- line but has no closing --- line");
  const yamlText = rest.slice(0, closing.index);
  const bodyStart = opening[0].length + closing.index + closing[0].length;

  let fields: unknown = simpleFrontMatter(yamlText);
  if (fields === undefined)
    try {
      fields = parseYaml(yamlText);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new InputError("bad_front_matter", input, `has front matter that is not valid YAML (${reason})`);
    }
  if (fields === null || fields === undefined) fields = {};
  if (typeof fields !== "object" || Array.isArray(fields)) {
    throw new InputError("bad_front_matter", input, "has front matter that is not a list of `field: value` lines");
  }
  const record = fields as Record<string, unknown>;
  return {
    title: textField(input, record, "title"),
    published: publishedField(input, record.published),
    source: textField(input, record, "source"),
    url: textField(input, record, "url"),
    bodyStart,
  };
}

function textField(input: string, record: Record<string, unknown>, name: string): string | null {
  const value = record[name];
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number") return String(value); // `title: 1984` is still a title
  throw new InputError("bad_front_matter", input, `has a front matter field "${name}" that is not text`);
}

function publishedField(input: string, value: unknown): IsoDate | null {
  if (value === undefined || value === null || value === "") return null;
  // YAML reads `published: 2006` as a number and, with some schemas, a full date as a Date.
  if (typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const date = typeof value === "string" ? isoDateFromString(value) : null;
  if (date === null)
    throw new InputError("bad_front_matter", input, publishedProblem("front matter field", value) ?? "");
  return date;
}
