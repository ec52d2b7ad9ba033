// Refiner: one event per happening. Reports of the same kind, parties, factuality and date merge (the first
// kept unless a later one is clearly surer); an undated report beside a dated one of the same visit or
// meeting in its sentence ("arrived in Moscow on Monday for a state visit") is the same event; a headline's
// "to summon" is the summons its article reports done.

import { SYMMETRIC_KINDS } from "../../record/record.ts";
import type { Doc, EventCandidate } from "../doc.ts";

/** "first visit ... since his last visit in 2004": two visits, not one. */
const ORDINAL = /\b(?:first|last|previous|next|second|third|latest|earlier)\b/i;

function keyOf(e: EventCandidate): string {
  const parties = SYMMETRIC_KINDS.has(e.kind)
    ? [[...e.source, ...e.target].sort().join(",")]
    : [e.source.join(","), e.target.join(",")];
  return [e.kind, ...parties, e.factuality, e.date].join("|");
}

function sameUndatedReport(doc: Doc, e: EventCandidate, o: EventCandidate): boolean {
  return (
    o !== e &&
    o.dateExplicit &&
    (e.kind === "visit" || e.kind === "meet") &&
    o.sentence === e.sentence &&
    o.kind === e.kind &&
    o.factuality === e.factuality &&
    o.source.join() === e.source.join() &&
    o.target.join() === e.target.join() &&
    !ordinal(doc, e) &&
    !ordinal(doc, o)
  );
}

/** The trigger, or the word before it, counts the event ("first visit", "his last visit"). */
function ordinal(doc: Doc, e: EventCandidate): boolean {
  const before = /(\p{L}+)\s*$/u.exec(doc.text.slice(Math.max(0, e.trigger.start - 16), e.trigger.start))?.[1] ?? "";
  return ORDINAL.test(`${before} ${doc.text.slice(e.trigger.start, e.trigger.end)}`);
}

/** "During her visit, MoUs are to be signed": the visit named as the time of something else. */
const DURING = /\bduring\s+(?:the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A visit or meeting named only as the time of another act repeats the one reported before it. */
function repeatedAsTime(doc: Doc, e: EventCandidate, events: readonly EventCandidate[]): boolean {
  if ((e.kind !== "visit" && e.kind !== "meet") || e.dateExplicit) return false;
  if (!DURING.test(doc.text.slice(Math.max(0, e.trigger.start - 40), e.trigger.start))) return false;
  return events.some(
    (o) =>
      o !== e &&
      o.kind === e.kind &&
      o.evidence.start < e.evidence.start &&
      o.source.join() === e.source.join() &&
      o.target.join() === e.target.join(),
  );
}

/**
 * "France to summon Chinese ambassador" over a body that says "France's foreign ministry has summoned China's
 * ambassador": the headline announced the act the article reports done, on the same day or later.
 */
function headlineOfDoneAct(e: EventCandidate, events: readonly EventCandidate[]): boolean {
  if (e.sentence !== 0 || e.factuality !== "intended") return false;
  return events.some(
    (o) =>
      o.sentence > 0 &&
      o.kind === e.kind &&
      o.factuality === "occurred" &&
      !!o.date &&
      !!e.date &&
      o.date >= e.date &&
      o.source.join() === e.source.join() &&
      o.target.join() === e.target.join(),
  );
}

export function mergeRepeatedReports(doc: Doc): void {
  const byKey = new Map<string, EventCandidate>();
  for (const e of doc.events) {
    const key = keyOf(e);
    const seen = byKey.get(key);
    const keep = !seen || e.confidence - seen.confidence > 0.15 ? e : seen;
    const drop = keep === e ? seen : e;
    // a place either report names is kept
    if (drop && !keep.location && drop.location) keep.location = drop.location;
    // what one report says outright is not inferred
    if (drop && keep.inferred && !drop.inferred) keep.inferred = false;
    byKey.set(key, keep);
  }
  const events = [...byKey.values()];
  doc.events = events
    .filter((e) => e.dateExplicit || !events.some((o) => sameUndatedReport(doc, e, o)))
    .filter((e) => !repeatedAsTime(doc, e, events))
    .filter((e) => !headlineOfDoneAct(e, events))
    .sort((a, b) => a.evidence.start - b.evidence.start);
}
