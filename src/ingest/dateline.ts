// The dateline at the head of an article's body: where and when it was filed. Forms handled:
//   "WASHINGTON –", "MOSCOW (Reuters) -", "BEIJING, Sept. 22 (Xinhua) --", "Hangzhou, China —"   (place first)
//   "23rd September 2023 – (Hangzhou)"                                                           (date first)
//   "June 5, 2024" alone on a line, maybe under a place line ("Washington, DC")                 (lines)
// It may follow a headline, a byline and a photo caption; the scan stops after the first real paragraph.
// Only the English parser: the package's main entry loads all its languages' parsers (some 14 MB a thread).
import * as chrono from "chrono-node/en";
import { isoDateFromParts } from "../record/iso-date.ts";
import type { IsoDate } from "../record/record.ts";
import { isPlausiblePlace, normalisePlace, PLACE_PATTERN, placeLine } from "./dateline-place.ts";

export interface Dateline {
  /** The place as written, ALL CAPS turned to title case ("Washington"); null for a date-only dateline. */
  place: string | null;
  /** What follows the place after a comma ("DC", "China"), as written. */
  region: string | null;
  date: IsoDate | null;
  /** Offsets of the dateline in the text (separator included, following space not). */
  start: number;
  end: number;
}

const MAX_HEAD_LINES = 8;
const MAX_HEAD_CHARS = 1500;
/** A line that long, with a sentence end, is the first paragraph: no dateline comes after it. */
const PARAGRAPH_WORDS = 12;
const DATE_LINE_MAX_WORDS = 8;
/**
 * A story is datelined on or before the day it is published; a year-less dateline date more than this after the
 * publication date is last year's ("Dec. 30" in an article published on 2 January). The slack covers time zones.
 */
const LATEST_AFTER_PUBLICATION_MS = 2 * 24 * 60 * 60 * 1000;

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const SHORT_DATE = String.raw`(?:${MONTH}[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH}(?:,?[ \t]+\d{4})?)`;
const AGENCY = String.raw`\((?<agency>[\p{L}][\p{L}.&'’ \-]{0,30})\)`;
// A dash with space before ("MOSCOW (Reuters) - "), a long dash with or without, "--", or a colon after CAPS.
const SEPARATOR = String.raw`(?:[ \t]*(?:--|[–—])|[ \t]+-)`;

// "ISLAMABAD and LONDON --": a story filed from two bureaus; the first is the dateline's place, and neither city
// is a party (the whole pair lies in the dateline's span).
const SECOND_BUREAU = String.raw`(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{Lu}.'’\-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’\-]*){0,2})?`;
const PLACE_FIRST = new RegExp(
  String.raw`^${PLACE_PATTERN}${SECOND_BUREAU}(?:,[ \t]*(?<date>${SHORT_DATE}))?(?:[ \t]*${AGENCY})?(?<separator>${SEPARATOR}|:)(?=[ \t]*\S)`,
  "u",
);
const PLACE_AFTER_DATE = new RegExp(
  String.raw`^(?<separator>${SEPARATOR})(?:[ \t]*\((?<bracketed>[^()\n]{2,40})\)|[ \t]*${PLACE_PATTERN}${SEPARATOR})?`,
  "u",
);
// What may surround a date alone on its line: a time and zone, a "Published:" label.
const DATE_LINE_PREFIX = /^(?:(?:published|posted|date)\s*:?\s*)?/i;
const DATE_LINE_REST = /^[\s,.;|]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]\d+)?)?[\s,.;|]*$/i;

// A photo caption sits between headline and dateline without being the first paragraph.
const PHOTO_CAPTION =
  /\((?:left|right|centre|center|front|back|l|r|c)\)|\b(?:picture|photo|image)\s+(?:credit|courtesy)\b|\b(?:credit|photo|picture|image|file photo)\s*:/i;

// A wire service's tag before the dateline or headline: "UPDATE 2-", "ROUNDUP:", "REFILE-UPDATE 1-", "FACTBOX-".
const WIRE_TAG =
  /^(?:(?:UPDATE|ROUNDUP|WRAPUP|WRAP|REFILE|CORRECTED|CORRECTION|FACTBOX|EXCLUSIVE|ANALYSIS|INSIGHT|URGENT|FLASH|BREAKING|RPT|REPEAT|PREVIEW|EXPLAINER|TIMELINE|NEWSMAKER|INTERVIEW|FEATURE|SNAPSHOT|WRAP-UP|ROUND-UP)(?:[ \t]+\d+)?[ \t]*(?:--|[-–—:|])[ \t]*)+/;

/** The line without its wire tag; the dateline found after a tag starts where the line does. */
function withoutWireTag(line: Line): Line {
  const tag = WIRE_TAG.exec(line.text)?.[0];
  return tag ? { start: line.start + tag.length, end: line.end, text: line.text.slice(tag.length) } : line;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Finds the dateline in `text` after `bodyStart`; `reference` (the publication date) dates "Sept. 22". */
export function findDateline(text: string, bodyStart: number, reference: IsoDate | null): Dateline | null {
  const referenceDate = reference ? new Date(`${isoDateFromParts(...dateParts(reference))}T12:00:00Z`) : undefined;
  const lines = headLines(text, bodyStart);
  // A page's date line ("15 March 2024" under the headline) may come before the dateline that names the place
  // ("BRASÍLIA – …"); the place dateline wins and, when it has no date of its own, takes the date line's.
  let dateOnly: Dateline | null = null;
  for (const [index, line] of lines.entries()) {
    const bare = withoutWireTag(line);
    const tagged = (d: Dateline | null) => (d && bare !== line ? { ...d, start: line.start } : d);
    const found = tagged(placeFirst(bare, referenceDate) ?? dateFirst(bare, referenceDate));
    if (found?.place) return { ...found, date: found.date ?? dateOnly?.date ?? null };
    if (found) return dateOnly ?? found;
    const alone = dateLine(lines, index, referenceDate);
    if (alone?.place) return alone;
    dateOnly ??= alone;
    if (isParagraph(line.text)) break;
  }
  return dateOnly;
}

function placeFirst(line: Line, reference: Date | undefined): Dateline | null {
  const match = PLACE_FIRST.exec(line.text);
  const groups = match?.groups;
  if (!match || !groups || !isPlausiblePlace(groups.place)) return null;
  const isCaps = groups.place === groups.place.toUpperCase();
  // A colon only follows ALL-CAPS places ("NEW DELHI:"); "Press Releases: …" is a heading.
  if (groups.separator === ":" && !isCaps) return null;
  // Title-case words and a dash also open headlines ("Ukraine – the long winter"); a dateline opens a paragraph.
  const hasMarks = isCaps || groups.region || groups.date || groups.agency;
  if (!hasMarks && !isParagraph(line.text.slice(match[0].length))) return null;
  if (wordCount(line.text.slice(match[0].length)) < 4) return null;
  const date = groups.date ? dateOf(groups.date, reference) : null;
  return {
    place: normalisePlace(groups.place),
    region: groups.region ?? null,
    date,
    start: line.start,
    end: line.start + match[0].length,
  };
}

function dateFirst(line: Line, reference: Date | undefined): Dateline | null {
  const parsed = parseDateAtStart(line.text, reference);
  if (!parsed) return null;
  const after = line.text.slice(parsed.length);
  const match = PLACE_AFTER_DATE.exec(after);
  if (!match?.groups || wordCount(after.slice(match[0].length)) < 4) return null;
  const place = (match.groups.bracketed ?? match.groups.place)?.trim();
  // Without a place, "June 5, 2024 – …" must open a paragraph, not a headline.
  if (!place && !isParagraph(after.slice(match[0].length))) return null;
  return {
    place: place && isPlausiblePlace(place) ? normalisePlace(place) : null,
    region: match.groups.region ?? null,
    date: parsed.date,
    start: line.start,
    end: line.start + parsed.length + match[0].length,
  };
}

/** A date alone on its line ("June 5, 2024", "August 13, 2020 12:13 PM"), with a place line just above if any. */
function dateLine(lines: Line[], index: number, reference: Date | undefined): Dateline | null {
  const line = lines[index];
  if (wordCount(line.text) > DATE_LINE_MAX_WORDS) return null;
  const prefix = DATE_LINE_PREFIX.exec(line.text)?.[0] ?? "";
  const parsed = parseDateAtStart(line.text.slice(prefix.length), reference);
  if (!parsed || !DATE_LINE_REST.test(line.text.slice(prefix.length + parsed.length))) return null;
  const end = line.start + line.text.trimEnd().length;
  const above = index > 0 ? lines[index - 1] : null;
  const place = above && isNear(above, line) ? placeLine(above.text) : null;
  if (place) return { ...place, date: parsed.date, start: above?.start ?? line.start, end };
  return { place: null, region: null, date: parsed.date, start: line.start, end };
}

/**
 * chrono reads a line's head first: a date is a few words long and chrono's patterns and refiners see only a few
 * characters around a date, so a result that ends this far before the cut is the one the whole line gives. A
 * whole paragraph costs chrono ten times as much.
 */
const DATE_HEAD_CHARS = 240;
const DIGIT = /\d/;
const DATE_HEAD_MARGIN = 120;

/** chrono's first result in `value` (only one at its start is used), read from the head of a long value. */
function firstDate(value: string, reference: Date): chrono.ParsedResult | undefined {
  if (value.length > DATE_HEAD_CHARS) {
    const [result] = chrono.parse(value.slice(0, DATE_HEAD_CHARS), reference);
    // none, or the first not at the start: the whole line has none at its start either
    if (result === undefined || result.index > 0) return result;
    if (result.text.length <= DATE_HEAD_CHARS - DATE_HEAD_MARGIN) return result;
  }
  return chrono.parse(value, reference)[0];
}

/** A date that opens `value`, with its length; a date without a year takes it from `reference` or stays null. */
function parseDateAtStart(value: string, reference: Date | undefined): { date: IsoDate | null; length: number } | null {
  // the date must have a digit, and chrono's text is a slice of the value: a line without one needs no chrono
  if (!DIGIT.test(value)) return null;
  const result = firstDate(value, reference ?? new Date());
  if (result === undefined) return null;
  if (result.index !== 0 || !DIGIT.test(result.text)) return null;
  const { start } = result;
  if (!start.isCertain("month") && !start.isCertain("year")) return null; // "at 10:00", "Tuesday"
  return { date: dateOfComponents(start, reference), length: result.text.length };
}

function dateOf(value: string, reference: Date | undefined): IsoDate | null {
  const [result] = chrono.parse(value, reference ?? new Date());
  return result ? dateOfComponents(result.start, reference) : null;
}

function dateOfComponents(start: chrono.ParsedResult["start"], reference: Date | undefined): IsoDate | null {
  if (!start.isCertain("year") && !reference) return null;
  let year = start.get("year") ?? 0;
  if (!start.isCertain("year") && reference) {
    // A dateline is written on or just before publication: "Dec. 31" in a 2 January article is last year's.
    const month = start.get("month") ?? 1;
    const day = start.get("day") ?? 1;
    year = reference.getUTCFullYear();
    if (Date.UTC(year, month - 1, day) > reference.getTime() + LATEST_AFTER_PUBLICATION_MS) year -= 1;
  }
  if (!start.isCertain("month")) return isoDateFromParts(year);
  if (!start.isCertain("day")) return isoDateFromParts(year, start.get("month") ?? 1);
  return isoDateFromParts(year, start.get("month") ?? 1, start.get("day") ?? 1);
}

/** The first non-empty lines of the body, trimmed, with their offsets in the text. */
function headLines(text: string, bodyStart: number): Line[] {
  const lines: Line[] = [];
  let offset = bodyStart;
  while (offset < text.length && lines.length < MAX_HEAD_LINES && offset - bodyStart < MAX_HEAD_CHARS) {
    let end = text.indexOf("\n", offset);
    if (end === -1) end = text.length;
    // A dateline sits at a line's head: a megabyte-long line is cut, as date parsing over it is slow.
    const raw = text.slice(offset, Math.min(end, offset + MAX_HEAD_CHARS));
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content !== "") lines.push({ start: offset + leading, end: offset + leading + content.length, text: content });
    offset = end + 1;
  }
  return lines;
}

/** Whether two lines are at most two blank lines apart. */
function isNear(above: Line, below: Line): boolean {
  return below.start - above.end <= 6; // "\r\n" line ends count twice
}

function isParagraph(value: string): boolean {
  return wordCount(value) >= PARAGRAPH_WORDS && /[.!?]["”’)]?(?:\s|$)/.test(value) && !PHOTO_CAPTION.test(value);
}

function wordCount(value: string): number {
  return value.split(/\s+/).filter((word) => word !== "").length;
}

function dateParts(iso: IsoDate): [number, number, number] {
  const [year, month = "7", day = "1"] = iso.split("-");
  return [Number(year), Number(month), Number(day)];
}
