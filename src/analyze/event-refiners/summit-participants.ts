// Refiner: "The summit of the African Union ended in Accra yesterday", then the leaders named one by one
// through the report ("the Libyan leader, Gaddafi", "Museveni, of Uganda"): a summit the lead reports as held
// in a state is a meeting of that host with the states of the heads of state and government the article names.
// No sentence says who met whom: the meeting is implied and marked inferred.

import type { Knowledge } from "../../knowledge/knowledge.ts";
import { inSentence } from "../by-sentence.ts";
import type { Doc, EventCandidate, Mention, Sentence } from "../doc.ts";

/** A summit reported as held (past tense): its noun, then the verb within the clause. */
const SUMMIT_HELD =
  /\bsummit\b[^.;]{0,80}?\b(?:ended|opened|began|closed|concluded|was held|took place|convened|wrapped up)\b/i;
/** The lead: the headline and the first sentences. */
const LEAD_SENTENCES = 4;
/** Offices that attend a summit for their state. */
const LEADER_ROLE =
  /\b(?:president|prime minister|premier|chancellor|leader|king|queen|emir|sultan|crown prince|head of state)\b/i;
const IN_BEFORE = /\bin\s+(?:the\s+)?$/i;

export function summitParticipants(doc: Doc, knowledge: Knowledge): void {
  const lead = doc.sentences.slice(0, LEAD_SENTENCES);
  for (const sentence of lead) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const held = SUMMIT_HELD.exec(text);
    if (!held) continue;
    const venue = hostOf(doc, sentence, sentence.start + held.index + held[0].length);
    if (!venue) continue;
    // the sentence named its own parties: nothing is left to gather
    if (doc.events.some((e) => e.sentence === sentence.index && e.kind === "meet")) return;
    const guests = leadersStates(doc).filter((s) => s !== venue.host);
    if (guests.length < 2) return;
    const date = inSentence(doc.dates, sentence.index).filter(
      (d) => d.start > sentence.start + held.index && !d.durationStart,
    )[0];
    doc.events.push(summitEvent(doc, knowledge, sentence, venue, guests, date?.value ?? null));
    return;
  }
}

/** The state a place or capital named with "in" after the verb stands for ("ended in Accra, Ghana"). */
function hostOf(doc: Doc, sentence: Sentence, after: number): { host: string; mention: Mention } | undefined {
  for (const m of inSentence(doc.mentions, sentence.index)) {
    if (m.start < after || !IN_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 8), m.start))) continue;
    const host =
      m.kind === "place" ? (doc.entities.get(m.entityId)?.country ?? null) : m.kind === "country" ? m.actor : null;
    if (host && !host.startsWith("org:")) return { host, mention: m };
  }
  return undefined;
}

/**
 * The states of the heads of state and government the article names, in the order it names them; only states
 * the text itself names ("Museveni, of Uganda", "the Libyan leader"): a leader named alone leaves his state unsaid.
 */
function leadersStates(doc: Doc): string[] {
  const named = new Set(doc.mentions.filter((m) => m.kind === "country" && m.actor).map((m) => m.actor));
  const out: string[] = [];
  for (const m of doc.mentions) {
    if (!named.has(m.actor)) continue;
    if (m.kind !== "person" || (m.via !== "name" && m.via !== "surname") || !m.actor || m.actor.startsWith("org:"))
      continue;
    const role = doc.entities.get(m.entityId)?.role ?? "";
    if (LEADER_ROLE.test(role) && !out.includes(m.actor)) out.push(m.actor);
  }
  return out;
}

function summitEvent(
  doc: Doc,
  knowledge: Knowledge,
  sentence: Sentence,
  venue: { host: string; mention: Mention },
  guests: string[],
  date: string | null,
): EventCandidate {
  return {
    kind: "meet",
    cameo: knowledge.eventPatterns.kinds.meet.cameo,
    source: [venue.host],
    target: guests,
    date: date ?? doc.referenceDate,
    dateExplicit: !!date,
    factuality: "occurred",
    location: { name: doc.text.slice(venue.mention.start, venue.mention.end), country: venue.host },
    sentence: sentence.index,
    trigger: { start: sentence.start, end: sentence.start },
    evidence: { start: sentence.start, end: sentence.end },
    attributedTo: null,
    confidence: 0.5,
    inferred: true,
  };
}
