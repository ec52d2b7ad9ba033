// The checks on an article's metadata fields, one wording wherever they come from (front matter, JSON Lines,
// the HTTP API's JSON): each returns the problem, phrased to follow the input's name, or null when fine.
import { isoDateFromString } from "../record/iso-date.ts";
import type { IsoDate } from "../record/record.ts";

export const PUBLISHED_FORMS = "write it as YYYY, YYYY-MM or YYYY-MM-DD";
export const MAX_FIELD_LENGTH: Record<"title" | "source" | "url", number> = { title: 1000, source: 500, url: 2000 };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** An ISO 8601 date or timestamp, or an RFC 822 date ("Wed, 15 Mar 2023 10:00:00 GMT"), as an ISO date; else null. */
export function publishedDate(value: string): IsoDate | null {
  const iso = isoDateFromString(value);
  if (iso) return iso;
  const rfc822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value.trim());
  if (!rfc822) return null;
  const month = MONTHS.indexOf(rfc822[2].toLowerCase()) + 1;
  if (month === 0) return null;
  return isoDateFromString(`${rfc822[3]}-${String(month).padStart(2, "0")}-${rfc822[1].padStart(2, "0")}`);
}

/** What is wrong with a "published" value (`where`: 'front matter field' or 'field'), or null. */
export function publishedProblem(where: string, value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" && publishedDate(value) !== null) return null;
  return `has a ${where} "published" that is not a date (${JSON.stringify(value)}); ${PUBLISHED_FORMS}`;
}

/** What is wrong with a text field (title, source, url), or null. */
export function textFieldProblem(where: string, name: keyof typeof MAX_FIELD_LENGTH, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return `has a ${where} "${name}" that is not text`;
  if (value.length > MAX_FIELD_LENGTH[name])
    return `has a ${where} "${name}" longer than ${MAX_FIELD_LENGTH[name]} characters`;
  return null;
}
