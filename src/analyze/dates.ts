// Stage: dates. Every date a sentence states, at the precision it states it ("January 2022" is a month,
// not 2022-01-01), resolved against the article's date: "on Tuesday" is the Tuesday before a Thursday
// article, "last year" a year, "has endured for 67 years" in 2023 the year 1956 (marked as inferred).
// Only the English parser: the package's main entry loads all its languages' parsers (some 14 MB a thread).
import * as chrono from "chrono-node/en";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { addDays, atMostAsPrecise, firstDay } from "../record/iso-date.ts";
import type { IsoDate } from "../record/record.ts";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../text/calendar-words.ts";
import type { DateMention, Doc, Sentence } from "./doc.ts";
import { withoutRelativeClauses } from "./relative-clauses.ts";

const MONTHS: readonly string[] = MONTH_NAMES;
const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const FUTURE_CUE =
  /\b(will|would|shall|plans? to|expected|scheduled|slated|next|upcoming|to be held|should|set to|scheduled to|due to|prepar(?:e|es|ing) to|hopes? to|intends? to|aims? to|looks? forward to|looking forward to)\b/i;
/** A headline's future: a name, then "to" and a verb, with no finite verb ("Qatar to quit OPEC in"). */
const HEADLINE_INFINITIVE = /^\s*(?:\p{Lu}[\p{L}.'-]*\s+){1,4}(?:to\s+\p{Ll}|To\s+\p{Lu}\p{Ll})/u;
const HAS_DATE_WORD =
  /\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** The last word of `text` in lower case ("" when it ends in anything else). */
function lastWord(text: string): string {
  return /(\p{L}+)\s*$/u.exec(text)?.[1].toLowerCase() ?? "";
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function chronoValue(result: chrono.ParsedResult): { value: IsoDate; certain: boolean } | null {
  const s = result.start;
  if (!s.isCertain("year") && !s.isCertain("month") && !s.isCertain("day")) return null;
  const year = s.get("year");
  const month = s.get("month");
  const day = s.get("day");
  if (!year) return null;
  if (s.isCertain("day") && s.isCertain("month"))
    return { value: `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`, certain: s.isCertain("year") };
  if (s.isCertain("month")) return { value: `${year}-${pad(month ?? 1)}`, certain: s.isCertain("year") };
  return { value: `${year}`, certain: true };
}

/**
 * A year-less date ("March 3") that chrono placed after the article's day takes the previous year: news
 * reports what happened, so "PARIS, March 3" read in December is last March, not next. A future cue before
 * it ("will visit on March 3", a headline's "Qatar to quit OPEC in January") puts it ahead: in the coming year
 * when that day has passed.
 */
function notAfter(value: IsoDate, refDate: Date, lead: string, headline = false): IsoDate {
  const days = (Date.parse(`${firstDay(value)}T00:00:00Z`) - refDate.getTime()) / 86_400_000;
  // within a week either side it is this year's: "will take part on January 24" in a report of January 24 is
  // today, "PARIS, March 6" read on March 5 a day ahead, not a year away
  if (Math.abs(days) <= NEAR_DAYS) return value;
  if (FUTURE_CUE.test(ownClause(lead)) || HEADLINE_INFINITIVE.test(lead) || headline)
    return days < 0 ? shiftYear(value, 1) : value;
  return days < 0 ? value : shiftYear(value, -1);
}

const NEAR_DAYS = 7;

/**
 * The part of the text before a date that belongs to the date's own clause: "troops should disengage from the
 * region where the two sides in June had clashed": the "should" is not the clash's.
 */
function ownClause(lead: string): string {
  let start = 0;
  for (const m of lead.matchAll(CLAUSE_OPENER)) start = m.index;
  return lead.slice(start);
}

const CLAUSE_OPENER = /\b(?:where|when|which|who|whom|whose|after|since|because)\b/gi;

/**
 * The article's first sentence as a headline in the future: "Iran's foreign minister to visit China on April 23",
 * a subject, then "to" and a bare verb, with no tensed verb before it (the parse's tags).
 */
function headlineInfinitive(sentence: Sentence): boolean {
  const words = sentence.parse;
  if (sentence.index !== 0 || !words) return false;
  for (let i = 1; i < words.length - 1; i++) {
    if (TENSED.has(words[i].xpos)) return false;
    if (words[i].lemma === "to" && words[i].upos === "PART" && words[i + 1].xpos === "VB") return i > 1;
  }
  return false;
}

const TENSED = new Set(["VBD", "VBZ", "VBP", "MD"]);

function shiftYear(value: IsoDate, years: number): IsoDate {
  return `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
const AGO = new RegExp(
  `\\b(${Object.keys(NUMBER_WORDS).join("|")}|\\d{1,3})\\s+(years?|decades?|months?|weeks?|days?)\\s+ago\\b`,
  "gi",
);

/** The date `n` units before the article's day, as precise as the unit says (weeks: the month). */
function countedBack(refDay: string, ref: string, n: number, unit: string): IsoDate {
  const year = Number(refDay.slice(0, 4));
  if (unit.startsWith("decade")) return String(year - 10 * n);
  if (unit.startsWith("year")) return String(year - n);
  if (unit.startsWith("month")) {
    const d = new Date(Date.UTC(year, Number(refDay.slice(5, 7)) - 1 - n, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  if (unit.startsWith("week")) return addDays(refDay, -7 * n).slice(0, 7);
  return ref.length < 10 ? ref : addDays(refDay, -n);
}

// Over 80 lines: absolute, relative and duration dates share one scan and one resolution of the reference date; split by family when a second caller needs one.
export function datesStage(doc: Doc, knowledge: Knowledge): void {
  const speechVerbs = knowledge.personCues.speechVerbs;
  const ref = doc.referenceDate;
  const refDay = ref ? firstDay(ref) : null;
  const refDate = refDay ? new Date(`${refDay}T12:00:00Z`) : new Date();
  let paragraph = -1;
  let lastStated: DateMention | null = null;
  for (const sentence of doc.sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      lastStated = null;
    }
    const text = doc.text.slice(sentence.start, sentence.end);
    const found: DateMention[] = [];
    const add = (start: number, end: number, value: IsoDate, inferred: boolean, durationStart = false) => {
      // found holds offsets into doc.text; start and end are the sentence's own
      if (found.some((f) => sentence.start + start < f.end && sentence.start + end > f.start)) return;
      found.push({
        start: sentence.start + start,
        end: sentence.start + end,
        value,
        sentence: sentence.index,
        inferred,
        durationStart,
      });
    };
    // durations that date a start: "has endured for 67 years", "for over 70 years"
    for (const m of text.matchAll(
      /\b(?:for|over|of)\s+(?:(?:almost|nearly|more than|over|some|about)\s+)?(\d{1,3})\s+years\b/gi,
    )) {
      if (ref) add(m.index, m.index + m[0].length, String(Number(ref.slice(0, 4)) - Number(m[1])), true, true);
    }
    // "last November": the most recent November before the article; "next March": the coming one
    for (const m of text.matchAll(
      /\b(last|next|this)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi,
    )) {
      if (!refDay) continue;
      const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
      const refYear = Number(refDay.slice(0, 4));
      const refMonth = Number(refDay.slice(5, 7));
      const dir = m[1].toLowerCase();
      const year =
        dir === "last"
          ? month < refMonth
            ? refYear
            : refYear - 1
          : dir === "next"
            ? month > refMonth
              ? refYear
              : refYear + 1
            : refYear;
      add(m.index, m.index + m[0].length, `${year}-${pad(month)}`, true);
    }
    // "that year", "the same month": the date the paragraph last stated
    for (const m of text.matchAll(/\b(?:that|the same)\s+(year|month)\b/gi)) {
      if (lastStated)
        add(m.index, m.index + m[0].length, lastStated.value.slice(0, m[1].toLowerCase() === "year" ? 4 : 7), true);
    }
    for (const m of text.matchAll(/\b(last|next|this|previous|coming)\s+(year|month|week)\b/gi)) {
      if (!refDay) continue;
      const dir = /last|previous/i.test(m[1]) ? -1 : /next|coming/i.test(m[1]) ? 1 : 0;
      const unit = m[2].toLowerCase();
      let value: IsoDate;
      if (unit === "year") value = String(Number(refDay.slice(0, 4)) + dir);
      else if (unit === "month") {
        const d = new Date(Date.UTC(Number(refDay.slice(0, 4)), Number(refDay.slice(5, 7)) - 1 + dir, 1));
        value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
      } else value = (ref as string).length < 10 ? (ref as string) : addDays(refDay, dir * 7);
      add(m.index, m.index + m[0].length, value, true);
    }
    // "this weekend": the Saturday of the article's week (the one ahead, or today's weekend); "last", "next" a week off
    for (const m of text.matchAll(/\b(last|next|this|coming)\s+weekend\b/gi)) {
      if (!refDay || (ref as string).length < 10) continue;
      const dow = new Date(`${refDay}T12:00:00Z`).getUTCDay();
      const saturday = dow === 0 ? -1 : 6 - dow;
      const word = m[1].toLowerCase();
      const shift = saturday + (word === "next" ? 7 : word === "last" ? (dow === 0 ? 0 : -7) : 0);
      add(m.index, m.index + m[0].length, addDays(refDay, shift), true);
    }
    // "ten years ago", "a decade ago", "three months ago", "two weeks ago": counted back from the article's day
    for (const m of text.matchAll(AGO)) {
      if (!refDay) continue;
      const n = (m[1].toLowerCase() in NUMBER_WORDS ? NUMBER_WORDS[m[1].toLowerCase()] : Number(m[1])) || 0;
      add(m.index, m.index + m[0].length, countedBack(refDay, ref as string, n, m[2].toLowerCase()), true);
    }
    for (const m of text.matchAll(/\b(?:(?:earlier|later)\s+)?(today|yesterday|tomorrow|tonight)\b/gi)) {
      if (!refDay) continue;
      const shift = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1].toLowerCase() as "today"] ?? 0;
      add(m.index, m.index + m[0].length, atMostAsPrecise(addDays(refDay, shift), ref as string), true);
    }
    for (const m of text.matchAll(
      /\b(?:[Oo]n\s+|[Ll]ast\s+|[Nn]ext\s+|[Tt]his\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!\s*,?\s*(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))/g,
    )) {
      if (!refDay || (ref as string).length < 10) continue;
      const dow = WEEKDAYS.indexOf(m[1].toLowerCase());
      const refDow = refDate.getUTCDay();
      // "will travel on Monday" looks ahead; "said Wednesday that he would" reports the day it was said
      const lead = withoutRelativeClauses(text.slice(0, m.index));
      const forward =
        /^next/i.test(m[0]) || (FUTURE_CUE.test(lead) && !/^last/i.test(m[0]) && !speechVerbs.has(lastWord(lead)));
      const shift = forward ? (dow - refDow + 7) % 7 || 7 : -((refDow - dow + 7) % 7);
      add(m.index, m.index + m[0].length, addDays(refDay, shift), true);
    }
    // "earlier in the day": chrono reads "in the day" as "in a day" (tomorrow) and then drops the sentence's other
    // dates; the phrase is the article's day, like "earlier today", and is kept from chrono
    let chronoText = text;
    for (const m of text.matchAll(/\b(?:earlier|later)\s+in\s+the\s+day\b/gi)) {
      if (refDay) add(m.index, m.index + m[0].length, atMostAsPrecise(refDay, ref as string), true);
      chronoText = chronoText.slice(0, m.index) + " ".repeat(m[0].length) + chronoText.slice(m.index + m[0].length);
    }
    if (HAS_DATE_WORD.test(text)) {
      for (const r of chrono.parse(chronoText, { instant: refDate, timezone: 0 }, { forwardDate: false })) {
        const v = chronoValue(r);
        if (!v) continue;
        if (/^\d{1,2}(:\d{2})?\s*(am|pm)?$/i.test(r.text.trim())) continue;
        // an article dated only by its month ("2006-08") speaks from any day of it: "Aug. 16" is that August's
        const value =
          v.certain || (ref && ref.length < 10 && v.value.startsWith(ref))
            ? v.value
            : notAfter(v.value, refDate, withoutRelativeClauses(text.slice(0, r.index)), headlineInfinitive(sentence));
        add(r.index, r.index + r.text.length, value, !v.certain);
      }
      // a year before a common noun dates what the noun names: "the 2020 killing of", "the 2014 annexation"
      for (const m of text.matchAll(/\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:1[6-9]|20)\d{2})\s+(?=\p{Ll})/gu)) {
        const at = m.index + m[0].indexOf(m[1]);
        add(at, at + 4, m[1], false);
      }
      // bare years: "in 2004", "since 1990", "concluded in 2009"
      for (const m of text.matchAll(
        /\b(?:in|since|from|until|by|of|year)\s+((?:1[6-9]|20)\d{2})\b(?!\s*(?:percent|%|people|troops))/gi,
      )) {
        const at = m.index + m[0].length - 4;
        add(at, at + 4, m[1], false);
      }
    }
    found.sort((a, b) => a.start - b.start);
    lastStated = found.filter((d) => !d.inferred && !d.durationStart).pop() ?? lastStated;
    doc.dates.push(...found);
  }
}
