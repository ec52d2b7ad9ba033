// Refiner: agreements signed "during the visit" are signed by the visitor and the host. "Several MoUs are
// scheduled to be signed", with no party named, after a visit reported a few sentences before: the visiting
// state and the host sign them (intended when the signing is expected or planned). Who signs is implied, not
// said: the event is marked inferred.
import type { Doc, EventCandidate } from "../doc.ts";

const SIGNED_TEXT =
  /\b(?:agreements?|mous?|memorand(?:a|ums?)(?: of understanding)?|accords?|deals?|treaty|treaties)\b[^.]{0,80}?\b(?:are|were|will be|would be|to be|have been|had been|was|is)\s+(?:[a-z]+\s+){0,3}?signed\b/i;
const PLANNED = /\b(?:expected|scheduled|set|due|likely|planned|will|would|to be)\b/i;

/** How many sentences back a visit may lie from the signing it hosts. */
const REACH = 3;

function lastVisit(doc: Doc, sentence: number): EventCandidate | undefined {
  return doc.events
    .filter(
      (e) =>
        e.kind === "visit" &&
        e.factuality !== "negated" &&
        e.sentence <= sentence &&
        e.sentence >= sentence - REACH &&
        e.source.length === 1 &&
        e.target.length === 1 &&
        !e.source[0].startsWith("org:") &&
        !e.target[0].startsWith("org:"),
    )
    .reduce<EventCandidate | undefined>((last, e) => (!last || e.sentence >= last.sentence ? e : last), undefined);
}

export function visitAgreements(doc: Doc): void {
  const added: EventCandidate[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const signed = SIGNED_TEXT.exec(text);
    if (!signed) continue;
    if (doc.events.some((e) => e.sentence === sentence.index && e.kind === "sign_agreement")) continue;
    const visit = lastVisit(doc, sentence.index);
    if (!visit) continue;
    const planned = PLANNED.test(signed[0]) || visit.factuality === "intended";
    added.push({
      ...visit,
      kind: "sign_agreement",
      cameo: "057",
      factuality: planned ? "intended" : "occurred",
      sentence: sentence.index,
      trigger: { start: sentence.start, end: sentence.start },
      evidence: { start: sentence.start, end: sentence.end },
      inferred: true,
    });
  }
  doc.events.push(...added);
}
