// Refiner: "Russia said Ukraine should withdraw its forces", "China insists that India must pull back": a state
// (or its official) saying or insisting that another named state must, should, needs to or has to act demands it
// of that state. Only a state named as the subject of the obliged act, right after the speech verb, and an act
// (not "be": "Ukraine should be punished" demands nothing of Ukraine); the speaker's own state is no target.
import type { Knowledge } from "../../knowledge/knowledge.ts";
import { inSentence } from "../by-sentence.ts";
import type { Doc } from "../doc.ts";
import { sentenceEvent } from "./sentence-event.ts";

const SAID =
  /^\s*(?:,\s*)?(?:\p{L}+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:said|says|insisted|insists|stressed|stresses|maintained|maintains|argued|argues|reiterated|reiterates|declared|declares|added|asserted|asserts)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?(?:the\s+)?$/iu;
const MUST =
  /^\s+(?:must|should|needs\s+to|need\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:not\s+|also\s+|now\s+|\p{L}+ly\s+)?(?!be\b|have\b)\p{L}+/iu;

export function obligationDemands(doc: Doc, knowledge: Knowledge): void {
  for (const sentence of doc.sentences) {
    const mentions = inSentence(doc.mentions, sentence.index);
    for (const [i, speaker] of mentions.entries()) {
      const target = mentions[i + 1];
      if (!speaker.actor || speaker.possessive || target?.kind !== "country" || !target.actor) continue;
      if (target.possessive || target.actor === speaker.actor) continue;
      if (!SAID.test(doc.text.slice(speaker.end, target.start))) continue;
      const must = MUST.exec(doc.text.slice(target.end, sentence.end));
      if (!must) continue;
      const source = speaker.actor;
      const on = target.actor;
      const events = inSentence(doc.events, sentence.index);
      if (events.some((e) => e.kind === "demand" && e.source.includes(source) && e.target.includes(on))) continue;
      const start = target.end + must.index;
      doc.events.push(
        sentenceEvent(doc, sentence, {
          kind: "demand",
          cameo: knowledge.eventPatterns.kinds.demand.cameo,
          source: [source],
          target: [on],
          factuality: "occurred",
          trigger: { start, end: start + must[0].length },
          confidence: 0.6,
        }),
      );
    }
  }
}
