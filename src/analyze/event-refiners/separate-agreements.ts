// Refiner: "China signed 24 agreements with Mexico, Peru and Chile" is an agreement with each partner, not a
// four-way treaty: a signer named alone, several partners after "with", and agreements in the plural between
// them give one event per partner. "Signed an agreement with Mexico and Peru" (one text) stays one event.
import type { Doc, EventCandidate } from "../doc.ts";

const PLURAL_AGREEMENTS = new Set([
  "agreements",
  "accords",
  "deals",
  "treaties",
  "pacts",
  "protocols",
  "memoranda",
  "memorandums",
  "mous",
  "contracts",
]);

/** The words between the trigger and the first partner name plural agreements and end with "with". */
function pluralWithPartners(doc: Doc, event: EventCandidate): boolean {
  const named = doc.mentions.filter((m) => m.sentence === event.sentence && m.actor && event.target.includes(m.actor));
  // "Vietnam and Laos signed three agreements with Cambodia": a partner named before the trigger is a signer
  if (named.some((m) => m.start < event.trigger.start)) return false;
  const partners = named.filter((m) => m.start >= event.trigger.end);
  if (partners.length === 0) return false;
  const first = Math.min(...partners.map((m) => m.start));
  const words = doc.tokens.filter((t) => t.word && t.start >= event.trigger.start && t.end <= first).map((t) => t.norm);
  return words.some((w) => PLURAL_AGREEMENTS.has(w)) && words.includes("with");
}

export function separateAgreements(doc: Doc): void {
  const out: EventCandidate[] = [];
  for (const event of doc.events) {
    const split =
      event.kind === "sign_agreement" &&
      event.source.length === 1 &&
      event.target.length >= 2 &&
      pluralWithPartners(doc, event);
    if (!split) out.push(event);
    else for (const partner of event.target) out.push({ ...event, target: [partner] });
  }
  doc.events = out;
}
