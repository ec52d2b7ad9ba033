// An event a refiner reads off a whole sentence: the sentence is its evidence, and its date is the sentence's
// first date that is not the start of a duration (after `datesAfter`, when the sentence's opening dates
// something else). Written once here; the refiners that infer such events only say what differs.
import { inSentence } from "../by-sentence.ts";
import type { Doc, EventCandidate, Sentence } from "../doc.ts";

type OwnFields = Pick<EventCandidate, "kind" | "cameo" | "source" | "target" | "factuality" | "trigger" | "confidence">;

export function sentenceEvent(
  doc: Doc,
  sentence: Sentence,
  own: OwnFields & { location?: EventCandidate["location"]; inferred?: true },
  datesAfter = -1,
): EventCandidate {
  const date = inSentence(doc.dates, sentence.index).filter((d) => !d.durationStart && d.start > datesAfter)[0];
  const event: EventCandidate = {
    kind: own.kind,
    cameo: own.cameo,
    source: own.source,
    target: own.target,
    date: date?.value ?? doc.referenceDate,
    dateExplicit: !!date,
    factuality: own.factuality,
    location: own.location ?? null,
    sentence: sentence.index,
    trigger: own.trigger,
    evidence: { start: sentence.start, end: sentence.end },
    attributedTo: null,
    confidence: own.confidence,
  };
  if (own.inferred) event.inferred = true;
  return event;
}
