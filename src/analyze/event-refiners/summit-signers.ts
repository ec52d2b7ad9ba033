// Refiner: "At the summit, the leaders signed an agreement": a group named by its office ("the leaders",
// "the heads of state", not "the leaders of Kenya and Uganda") that signs after a meeting of several states is that meeting's participants. The
// parties the sentence resolved are widened to the meeting's states; who else signed is implied (inferred).
import type { Doc, EventCandidate } from "../doc.ts";

const OFFICE_GROUP =
  /\b(?:the|all(?: the)?) (?:leaders|heads of (?:state|government)|presidents|prime ministers|foreign ministers|ministers|delegations|participants|parties|sides)\b(?!\s+(?:of|from)\b)/i;

/** How many sentences back the meeting may lie. */
const REACH = 3;

const statesOf = (e: EventCandidate) => [...new Set([...e.source, ...e.target])].filter((p) => !p.startsWith("org:"));

/** The meeting of the most states (at least three) within reach before or in the sentence. */
function summitBefore(doc: Doc, sentence: number): EventCandidate | undefined {
  return doc.events
    .filter((e) => e.kind === "meet" && e.sentence <= sentence && e.sentence >= sentence - REACH)
    .filter((e) => statesOf(e).length >= 3)
    .reduce<EventCandidate | undefined>(
      (best, e) => (!best || statesOf(e).length > statesOf(best).length ? e : best),
      undefined,
    );
}

export function summitSigners(doc: Doc): void {
  for (const event of doc.events) {
    if (event.kind !== "sign_agreement") continue;
    const sentence = doc.sentences[event.sentence];
    const before = doc.text.slice(sentence.start, event.trigger.start);
    if (!OFFICE_GROUP.test(before)) continue;
    const summit = summitBefore(doc, event.sentence);
    if (!summit) continue;
    const all = statesOf(summit);
    const own = statesOf(event);
    // only a part of the summit was resolved: the group is the whole summit
    if (own.length >= all.length || !own.every((p) => all.includes(p))) continue;
    event.source = all.slice(0, 1);
    event.target = all.slice(1);
    event.inferred = true;
  }
}
