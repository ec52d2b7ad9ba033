// Refiner: "NATO invited Finland to join", "BRICS invited Egypt and Iran to become full members": an
// organisation inviting states to join it, where "join" names no object (the parse gives the invited states no
// organisation to join). Each invited state joins, intended; a sentence that already gives a join is left alone.
import type { Knowledge } from "../../knowledge/knowledge.ts";
import { inSentence } from "../by-sentence.ts";
import type { Doc, Mention } from "../doc.ts";
import { coordinated } from "../event-roles.ts";
import { sentenceEvent } from "./sentence-event.ts";

const INVITED = /^\s+(?:\p{L}+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:invited|asked)\s+(?:the\s+)?$/iu;
const TO_JOIN =
  /^\s+to\s+(?:\p{L}+ly\s+)?(?:join\b(?!\s+(?:the\s+)?(?:talks|meeting|summit|call|effort|fight|war|coalition of)\b)|become\s+(?:(?:a|full|new)\s+)*members?\b)/iu;

export function invitedToJoin(doc: Doc, knowledge: Knowledge): void {
  for (const sentence of doc.sentences) {
    if (inSentence(doc.events, sentence.index).some((e) => e.kind === "join")) continue;
    const mentions = inSentence(doc.mentions, sentence.index);
    for (const [i, org] of mentions.entries()) {
      if (org.kind !== "organization" || !org.actor) continue;
      const first = mentions[i + 1];
      if (first?.kind !== "country" || !first.actor || !INVITED.test(doc.text.slice(org.end, first.start))) continue;
      const list: Mention[] = [first];
      for (const m of mentions.slice(i + 2)) {
        if (m.kind !== "country" || !m.actor || !coordinated(doc, list[list.length - 1], m)) break;
        list.push(m);
      }
      const last = list[list.length - 1];
      const rest = doc.text.slice(last.end, sentence.end);
      const to = TO_JOIN.exec(rest);
      if (!to) continue;
      const start = last.end + to.index;
      doc.events.push(
        sentenceEvent(doc, sentence, {
          kind: "join",
          cameo: knowledge.eventPatterns.kinds.join.intended_cameo,
          source: [...new Set(list.map((m) => m.actor as string))],
          target: [org.actor],
          factuality: "intended",
          trigger: { start, end: start + to[0].length },
          confidence: 0.6,
        }),
      );
      break;
    }
  }
}
