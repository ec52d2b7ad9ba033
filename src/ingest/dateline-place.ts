// The place part of a dateline ("WASHINGTON", "Hangzhou, China", "Washington, DC"): how it may be written,
// which capitalised words are not places, and how it is normalised ("NEW DELHI" → "New Delhi").
import { MONTH_NAMES, WEEKDAY_NAMES } from "../text/calendar-words.ts";

/** One to four ALL-CAPS words ("MOSCOW", "NEW DELHI", "DAR ES SALAAM"). */
const CAPS_WORDS = String.raw`\p{Lu}[\p{Lu}.'’\-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’\-]*){0,3}`;
/** One to three Title-case words, with the particles that city names carry ("Rio de Janeiro"). */
const TITLE_WORDS = String.raw`\p{Lu}[\p{Ll}.'’\-]+(?:[ \t]+(?:de|of|es|el|al|la|du|da|do|\p{Lu}[\p{Ll}.'’\-]+)){0,3}`;
/** ", DC", ", D.C.", ", China", ", Calif.": the state or country after the city. */
const REGION = String.raw`,[ \t]*(?<region>\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)`;

export const PLACE_PATTERN = `(?<place>${CAPS_WORDS}|${TITLE_WORDS})(?:${REGION})?`;

/** A line that is a place and nothing else, as above a date line ("Washington, DC"). */
const PLACE_LINE = new RegExp(`^${PLACE_PATTERN}$`, "u");

// Capitalised words that open headlines and paragraphs but never name the place of a dateline.
const NOT_PLACES = new Set([
  "a",
  "also",
  "an",
  "analysis",
  "at",
  "background",
  "breaking",
  "by",
  "correction",
  "editor",
  "editorial",
  "exclusive",
  "for",
  "from",
  "here",
  "however",
  "in",
  "it",
  "live",
  "meanwhile",
  "more",
  "note",
  "on",
  "opinion",
  "photo",
  "photos",
  "read",
  "summary",
  "that",
  "the",
  "this",
  "today",
  "tomorrow",
  "update",
  "updated",
  "video",
  "watch",
  "we",
  "yesterday",
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
]);

const SMALL_WORDS = new Set(["de", "of", "es", "el", "al", "la", "du", "da", "do", "and"]);

/** Whether the words could name a dateline's place (not "Today", "Update", "By …"). */
export function isPlausiblePlace(place: string): boolean {
  const firstWord = place.split(/[\s.]+/)[0].toLowerCase();
  return !NOT_PLACES.has(firstWord);
}

/** The place of a line that holds only a place ("Washington, DC"), or null. */
export function placeLine(line: string): { place: string; region: string | null } | null {
  const match = PLACE_LINE.exec(line.trim());
  if (!match?.groups || !isPlausiblePlace(match.groups.place)) return null;
  return { place: normalisePlace(match.groups.place), region: match.groups.region ?? null };
}

/** ALL-CAPS words to title case ("NEW DELHI" → "New Delhi"); words written in mixed case are kept as written. */
export function normalisePlace(place: string): string {
  return place
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      if (word !== word.toUpperCase() || !/\p{Lu}{2}/u.test(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(" ");
}
