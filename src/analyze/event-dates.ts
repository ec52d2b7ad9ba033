// The date of each event of a sentence: the sentence's dates go to triggers closest pair first, one date
// per trigger (two events of one trigger share it); a trigger left without one shares the nearest date of a trigger of another kind ("relations
// were restored in July, when Abiy visited"); a plan takes the sentence's future date, and a sentence
// without dates continues its paragraph's last date.
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { EventKind } from "../record/record.ts";
import { inSentence } from "./by-sentence.ts";
import type { DateMention, Doc, Sentence, Span } from "./doc.ts";

const MAX_DATE_GAP = 90;

export interface DatedTrigger extends Span {
  kind: EventKind;
}

/** The dates of a sentence that may date an event: not bounds of a plan ("until 2030"). */
export function eventDatesOf(doc: Doc, sentence: Sentence, knowledge: Knowledge): DateMention[] {
  return inSentence(doc.dates, sentence.index).filter(
    (d) => !knowledge.eventPatterns.dateBound.test(doc.text.slice(Math.max(sentence.start, d.start - 12), d.start)),
  );
}

function dateGap(d: DateMention, h: Span): number {
  // a date after its trigger ("visited Ankara in April") reads more naturally than one before it
  return d.start >= h.end ? d.start - h.end : h.start >= d.end ? h.start - d.end + 15 : 0;
}

export function assignDates<T extends DatedTrigger>(
  hits: T[],
  dates: DateMention[],
  mayDate: (hit: T, date: DateMention) => boolean = () => true,
): Map<T, DateMention> {
  const pairs: Array<[number, T, DateMention]> = [];
  for (const h of hits)
    for (const d of dates)
      if (!d.durationStart && dateGap(d, h) <= MAX_DATE_GAP && mayDate(h, d)) pairs.push([dateGap(d, h), h, d]);
  pairs.sort((a, b) => a[0] - b[0]);
  const byHit = new Map<T, DateMention>();
  const owner = new Map<DateMention, T>();
  for (const [, h, d] of pairs) {
    if (byHit.has(h) || owner.has(d)) continue;
    byHit.set(h, d);
    owner.set(d, h);
  }
  for (const [, h, d] of pairs) {
    if (byHit.has(h)) continue;
    const taker = owner.get(d);
    const lo = Math.min(h.end, d.end);
    const hi = Math.max(h.start, d.start);
    const between = hits.some((o) => o !== h && o !== taker && o.start >= lo && o.end <= hi);
    // one trigger giving two events ("switched recognition from A to B") dates both
    const sameTrigger = taker && taker.start === h.start && taker.end === h.end;
    if (sameTrigger || (taker && taker.kind !== h.kind && !between && d.end <= h.start)) byHit.set(h, d);
  }
  return byHit;
}

/** A plan's date: the one date of its sentence that lies after the article's date ("next year"). */
export function futureDate(dates: DateMention[], reference: string | null): DateMention | null {
  if (!reference) return null;
  return dates.find((d) => !d.durationStart && d.value.slice(0, 4) > reference.slice(0, 4)) ?? null;
}

/** "On Sunday, Chavez said ... He accused ...": a sentence without a date continues its paragraph's last date. */
export function paragraphDate(doc: Doc, sentence: Sentence): DateMention | null {
  const previous = doc.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return null;
  return (
    inSentence(doc.dates, previous.index)
      .filter((d) => !d.durationStart && d.value.length === 10)
      .pop() ?? null
  );
}
