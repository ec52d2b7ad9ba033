// Refiner: talks held in one party's territory are a visit to it by the others ("Kishida and Li held the
// summit in Seoul": Japan and China visited Korea), and so are talks at its seat of government ("joined
// Trudeau at the White House") or in its capital; a state's talks with an organisation in another state's
// capital are a visit to that state ("met NATO officials in Riga": the organisation has no territory). The
// visit is implied, not said: it is marked inferred.
import { inSentence } from "../by-sentence.ts";
import type { Doc, EventCandidate } from "../doc.ts";

const AT_OR_IN = /\b(?:in|at)\s+(?:the\s+)?$/i;

/** The place of the meeting, when the sentence puts it there with "in"/"at" ("held in Seoul"). */
function venueCountry(doc: Doc, event: EventCandidate): string | null {
  if (event.location?.country) {
    const place = inSentence(doc.mentions, event.sentence).find(
      (m) =>
        m.kind === "place" &&
        doc.text.slice(m.start, m.end) === event.location?.name &&
        AT_OR_IN.test(doc.text.slice(Math.max(0, m.start - 8), m.start)),
    );
    if (place) return event.location.country;
  }
  return seatOfGovernment(doc, event);
}

/** A capital or seat of government named with "in"/"at" ("at the White House", "in Riga"): the state it stands for. */
function seatOfGovernment(doc: Doc, event: EventCandidate): string | null {
  const dateline = doc.article.dateline;
  const seat = inSentence(doc.mentions, event.sentence).find(
    (m) =>
      m.kind === "country" &&
      (m.via === "capital" || m.via === "metonym") &&
      !m.possessive &&
      !(dateline && m.start >= dateline.start && m.start < dateline.end) &&
      AT_OR_IN.test(doc.text.slice(Math.max(0, m.start - 8), m.start)),
  );
  return seat?.actor ?? null;
}

export function meetingInHostTerritory(doc: Doc): void {
  const visits: EventCandidate[] = [];
  for (const event of doc.events) {
    if (event.kind !== "meet" || event.factuality === "negated" || event.factuality === "uncertain") continue;
    const host = venueCountry(doc, event);
    if (!host) continue;
    const parties = [...new Set([...event.source, ...event.target])];
    const states = parties.filter((p) => !p.startsWith("org:"));
    // a venue in a third country is no visit to it, unless the only other party is an organisation
    const guests = parties.includes(host) ? states.filter((p) => p !== host) : states.length === 1 ? states : [];
    for (const guest of guests)
      visits.push({ ...event, kind: "visit", cameo: "042", source: [guest], target: [host], inferred: true });
  }
  doc.events.push(...visits);
}
