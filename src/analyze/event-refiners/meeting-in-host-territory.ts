// Refiner: talks held in one party's territory are a visit to it by the others ("Kishida and Li held the
// summit in Seoul": Japan and China visited Korea). The visit is implied, not said: it is marked inferred.
import { inSentence } from "../by-sentence.ts";
import type { Doc, EventCandidate } from "../doc.ts";

/** The place of the meeting, when the sentence puts it there with "in"/"at" ("held in Seoul"). */
function venueCountry(doc: Doc, event: EventCandidate): string | null {
  if (!event.location?.country) return null;
  const place = inSentence(doc.mentions, event.sentence).find(
    (m) =>
      m.kind === "place" &&
      doc.text.slice(m.start, m.end) === event.location?.name &&
      /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, m.start - 8), m.start)),
  );
  return place ? event.location.country : null;
}

export function meetingInHostTerritory(doc: Doc): void {
  const visits: EventCandidate[] = [];
  for (const event of doc.events) {
    if (event.kind !== "meet" || event.factuality === "negated" || event.factuality === "uncertain") continue;
    const host = venueCountry(doc, event);
    const parties = [...new Set([...event.source, ...event.target])];
    if (!host || !parties.includes(host)) continue;
    const guests = parties.filter((p) => p !== host && !p.startsWith("org:"));
    for (const guest of guests)
      visits.push({ ...event, kind: "visit", cameo: "042", source: [guest], target: [host], inferred: true });
  }
  doc.events.push(...visits);
}
