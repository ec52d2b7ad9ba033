// Refiner: agreements signed "during the visit" are signed by the visitor and the host. "Several MoUs are
// scheduled to be signed": a signing the dictionary matched with no agent and no party (doc.partyless),
// after a visit reported a few sentences before: the visiting state and the host sign them (intended when the
// signing or the visit is). Who signs is implied, not said: the event is marked inferred.
import type { Doc, EventCandidate } from "../doc.ts";

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
  const done = new Set<number>();
  for (const signing of doc.partyless) {
    // "the three countries signed a pact": an agent the sentence names but no party resolves is not the visit's pair
    if (signing.kind !== "sign_agreement" || signing.agent || signing.factuality === "negated") continue;
    if (done.has(signing.sentence)) continue;
    if (doc.events.some((e) => e.sentence === signing.sentence && e.kind === "sign_agreement")) continue;
    const visit = lastVisit(doc, signing.sentence);
    if (!visit) continue;
    const sentence = doc.sentences[signing.sentence];
    done.add(signing.sentence);
    added.push({
      ...visit,
      kind: "sign_agreement",
      cameo: signing.cameo,
      factuality: visit.factuality === "intended" ? "intended" : signing.factuality,
      sentence: signing.sentence,
      trigger: signing.trigger,
      evidence: { start: sentence.start, end: sentence.end },
      inferred: true,
    });
  }
  doc.events.push(...added);
}
