// Refiner: "Li Qiang touched down in Canberra", "Macron landed in Beijing", "the minister flew into Athens": a
// leader or official of one state arriving in another's capital or territory visits that state. The parse often
// misreads "landed in X" (X as an object), so the arrival is read from the words: the person's mention right
// before the verb, the place right after its preposition. Only people: goods, ships or troops that arrive are
// no visit, and a state named as the subject ("China landed troops") is none either.
import type { Knowledge } from "../../knowledge/knowledge.ts";
import { inSentence } from "../by-sentence.ts";
import type { Doc, Mention } from "../doc.ts";
import { sentenceEvent } from "./sentence-event.ts";

/** The arrival verb and its preposition, after the person: "touched down in", "will arrive in", "flew into". */
const ARRIVAL =
  /^(?:,[^,]{1,60},)?\s+(?:(?:has|had|have|will|would|is|was|is expected to|was expected to|is due to|was due to|is set to|is to)\s+)?(?:\p{L}+ly\s+)?(touched down|touches down|touch down|landed|lands|land|arrived|arrives|arrive|arriving|flew into|flies into|fly into)\s+(?:in|at|into)?\s*(?:the\s+)?$/iu;
const INTENDED = /\b(?:will|would|expected|due|set|is to)\b/i;

export function arrivalVisits(doc: Doc, knowledge: Knowledge): void {
  for (const sentence of doc.sentences) {
    const mentions = inSentence(doc.mentions, sentence.index);
    // a visit the sentence already reports
    if (inSentence(doc.events, sentence.index).some((e) => e.kind === "visit")) continue;
    for (const [i, person] of mentions.entries()) {
      if (person.kind !== "person" || !person.actor || person.actor.startsWith("org:")) continue;
      // the first place after the arrival verb ("Xi, the Chinese president, touched down in Belgrade")
      let place: Mention | undefined;
      let words: RegExpExecArray | null = null;
      for (const m of mentions.slice(i + 1)) {
        if (m.kind !== "place" && m.kind !== "country") continue;
        words = ARRIVAL.exec(doc.text.slice(person.end, m.start));
        if (words) {
          place = m;
          break;
        }
      }
      if (!place || !words) continue;
      const host = hostOf(doc, place);
      if (!host || host === person.actor) continue;
      const verbStart = place.start - words[0].length + words.index + words[0].indexOf(words[1]);
      const visit = sentenceEvent(
        doc,
        sentence,
        {
          kind: "visit",
          cameo: knowledge.eventPatterns.kinds.visit.cameo,
          source: [person.actor],
          target: [host],
          factuality: INTENDED.test(words[0]) ? "intended" : "occurred",
          location: { name: doc.text.slice(place.start, place.end), country: host },
          trigger: { start: verbStart, end: verbStart + words[1].length },
          confidence: 0.6,
        },
        person.start,
      );
      doc.events.push(visit);
      break;
    }
  }
}

function hostOf(doc: Doc, m: Mention): string | null {
  const host =
    m.kind === "place" ? (doc.entities.get(m.entityId)?.country ?? null) : m.kind === "country" ? m.actor : null;
  return host && !host.startsWith("org:") ? host : null;
}
