// Refiner: an anniversary dates a beginning. "The 25th anniversary of the trilateral cooperation", in 2024
// (or in the year the sentence gives the anniversary: "the 70th anniversary … next year"), says the
// cooperation began in 1999: the event named after "anniversary of" also happened then. The dated
// beginning is derived, not said: it is added as its own event, marked inferred; the event as read stays,
// unless it was read as still to come.
import type { Doc, EventCandidate } from "../doc.ts";

const ANNIVERSARY =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+(?:year\s+)?of\s+(?:the\s+|their\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

function beginning(doc: Doc, event: EventCandidate): string | null {
  // "the 70th anniversary of the establishment of relations next year": counted back from the anniversary's year
  const year = Number((event.dateExplicit ? event.date : doc.referenceDate)?.slice(0, 4));
  if (!year) return null;
  const sentence = doc.sentences[event.sentence];
  const lead = doc.text.slice(Math.max(sentence.start, event.trigger.start - 120), event.trigger.start);
  const match = ANNIVERSARY.exec(lead);
  if (!match) return null;
  const began = year - Number(match[1]);
  return began > 0 ? String(began).padStart(4, "0") : null;
}

export function anniversarySince(doc: Doc): void {
  const added: EventCandidate[] = [];
  const past = new Set<EventCandidate>();
  for (const event of doc.events) {
    const date = beginning(doc, event);
    if (!date) continue;
    added.push({ ...event, date, dateExplicit: true, factuality: "occurred", inferred: true });
    // "the visit will coincide with the 71st anniversary of the establishment of relations": what is to come is
    // the anniversary; the act it counts from is past, so a reading of it as planned or uncertain goes
    if (event.factuality === "intended" || event.factuality === "uncertain") past.add(event);
  }
  doc.events = doc.events.filter((e) => !past.has(e));
  doc.events.push(...added);
}
