// Refiner: an enlargement's history. "the addition of Bulgaria, Estonia and Romania in 2004; Czech Republic,
// Hungary and Poland in 1999; Spain in 1982": each segment is a join of its states, dated by its year, to the
// organisation the sentence names (else the one the article is about).

import { articleOrganization } from "../article-organization.ts";
import { inSentence } from "../by-sentence.ts";
import type { Doc, EventCandidate, Sentence } from "../doc.ts";

const ADDITION = /\b(?:addition|accession|admission|entry|inclusion|enlargement)s?\s+(?:by\s+|of\s+)/i;

function segmentEvents(doc: Doc, sentence: Sentence, from: number, org: string): EventCandidate[] {
  const out: EventCandidate[] = [];
  const text = doc.text.slice(from, sentence.end);
  let start = from;
  for (const segment of text.split(";")) {
    const end = start + segment.length;
    const states = inSentence(doc.mentions, sentence.index).filter(
      (m) => m.start >= start && m.end <= end && m.kind === "country" && m.actor && m.via === "name",
    );
    const year = inSentence(doc.dates, sentence.index).find(
      (d) => d.start >= start && d.end <= end && !d.durationStart,
    );
    if (states.length && year)
      out.push({
        kind: "join",
        cameo: "050",
        source: [...new Set(states.map((m) => m.actor as string))],
        target: [org],
        date: year.value,
        dateExplicit: true,
        factuality: "occurred",
        location: null,
        sentence: sentence.index,
        trigger: { start, end },
        evidence: { start: sentence.start, end: sentence.end },
        attributedTo: null,
        confidence: 0.8,
      });
    start = end + 1;
  }
  return out;
}

export function datedAccessionLists(doc: Doc): void {
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const addition = ADDITION.exec(text);
    // a history has two or more dated segments
    if (!addition || (text.match(/;/g) ?? []).length < 1) continue;
    const named = inSentence(doc.mentions, sentence.index).find((m) => m.actor?.startsWith("org:") && m.via === "name");
    const org = named?.actor ?? articleOrganization(doc);
    if (!org) continue;
    const from = sentence.start + addition.index + addition[0].length;
    const events = segmentEvents(doc, sentence, from, org);
    if (events.length >= 2) doc.events.push(...events);
  }
}
