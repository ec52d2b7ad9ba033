// Refiner: a call is two-sided. "The Foreign Secretary called the French and German foreign ministers" is
// two calls (Britain with France, Britain with Germany), not a three-way meeting: one event per callee. So are
// consultations: "is consulting with senior officials in Benin, Senegal and Togo" is one with each.
import type { Doc, EventCandidate } from "../doc.ts";

const CALL = /^(?:called|calls|phoned|phones|rang|consult\w*)\b|\b(?:telephone|phone)\b|\bcall with\b/i;

export function separateCalls(doc: Doc): void {
  const out: EventCandidate[] = [];
  for (const event of doc.events) {
    const isCall = event.kind === "meet" && CALL.test(doc.text.slice(event.trigger.start, event.trigger.end));
    if (!isCall || event.source.length !== 1 || event.target.length < 2) out.push(event);
    else for (const callee of event.target) out.push({ ...event, target: [callee] });
  }
  doc.events = out;
}
