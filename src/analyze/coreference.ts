// Stage: simple coreference. Pronouns take the last person or state named before them; "the two
// countries", "both sides" and "their" take the pair the article is about; "we" in a government's own
// release is that government; "the Prime Minister" unqualified, in such a release, is its own.
import type { Doc, Mention, Sentence } from "./doc.ts";

const PAIR_PHRASES = /\b(?:the two (?:leaders|countries|nations|sides|governments|states|presidents|prime ministers|ministers|heads of state|delegations)|both (?:sides|countries|nations|governments|leaders|prime ministers|presidents|parties)|their|they|both)\b/gi;
const PERSON_PRONOUNS = /\b(?:he|his|him|she|her)\b/gi;
const STATE_PRONOUNS = /\b(?:its|it)\b/gi;
const PUBLISHER_VOICE = /\b(?:we|our|us)\b/gi;
const BARE_TITLE = /\b[Tt]he (?:Prime Minister|Chancellor|Foreign Secretary|Secretary of State|President|Foreign Minister|Minister)\b(?! of)/g;

/** The pair of states the article is most about: the two most named, the headline and lead counting more. */
export function focusPair(doc: Doc): string[] {
  const weight = new Map<string, number>();
  for (const m of doc.mentions) {
    if (!m.actor || m.actor.startsWith("org:") || m.via === "pronoun" || m.via === "group") continue;
    const w = m.sentence === 0 ? 3 : m.sentence < 4 ? 2 : 1;
    weight.set(m.actor, (weight.get(m.actor) ?? 0) + w);
  }
  if (doc.publisher) weight.set(doc.publisher, (weight.get(doc.publisher) ?? 0) + 2);
  return [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([actor]) => actor);
}

function tokenRange(doc: Doc, sentence: Sentence, start: number, end: number): [number, number] {
  let from = sentence.tokenStart;
  while (from < sentence.tokenEnd && doc.tokens[from].start < start) from++;
  let to = from;
  while (to < sentence.tokenEnd && doc.tokens[to].end <= end) to++;
  return [from, to];
}

export function coreferenceStage(doc: Doc): void {
  const pair = focusPair(doc);
  const named = [...doc.mentions];
  const added: Mention[] = [];
  const overlaps = (start: number, end: number) => named.some((m) => start < m.end && end > m.start);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const make = (match: RegExpMatchArray, actor: string | null, entityId: string, kind: Mention["kind"], via: Mention["via"]) => {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (overlaps(start, end)) return;
      const [tokenStart, tokenEnd] = tokenRange(doc, sentence, start, end);
      const possessive = /^(his|her|its|their|our)$/i.test(match[0]);
      added.push({ start, end, kind, entityId, actor, via, sentence: sentence.index, tokenStart, tokenEnd, possessive });
    };
    const before = (offset: number) => named.filter((m) => m.start < offset && m.sentence >= sentence.index - 3);
    for (const m of text.matchAll(PERSON_PRONOUNS)) {
      const at = sentence.start + (m.index ?? 0);
      const person = before(at).filter((x) => x.kind === "person" && x.actor).pop();
      if (person) make(m, person.actor, person.entityId, "person", "pronoun");
    }
    for (const m of text.matchAll(STATE_PRONOUNS)) {
      const at = sentence.start + (m.index ?? 0);
      const state = before(at).filter((x) => x.kind === "country" && x.actor && x.sentence === sentence.index).pop();
      if (state) make(m, state.actor, state.entityId, "country", "pronoun");
    }
    if (pair.length === 2) {
      for (const m of text.matchAll(PAIR_PHRASES)) {
        if (/^(they|both|their)$/i.test(m[0]) && before(sentence.start + (m.index ?? 0)).filter((x) => x.sentence >= sentence.index - 1 && x.actor).length === 0) continue;
        for (const actor of pair) make(m, actor, actor, "country", "group");
      }
    }
    if (doc.publisher) {
      for (const m of text.matchAll(PUBLISHER_VOICE)) make(m, doc.publisher, doc.publisher, "country", "publisher");
      for (const m of text.matchAll(BARE_TITLE)) {
        const next = doc.text.slice(sentence.start + (m.index ?? 0) + m[0].length).match(/^\s+\p{Lu}/u);
        if (!next) make(m, doc.publisher, doc.publisher, "country", "title");
      }
    }
  }
  doc.mentions.push(...added);
  doc.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
