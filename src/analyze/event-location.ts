// Where an event happened, from its own sentence: a city named there, else a country named as the venue ("met
// at the G20 Summit in Brazil", "held talks in Egypt"), never the dateline, which says where the reporter was.
// Place names are resolved before this (places.ts).
import { inSentence } from "./by-sentence.ts";
import type { Doc, EventCandidate, Mention, Sentence, Span } from "./doc.ts";

// Nouns that name where a meeting takes place: "at the G20 summit in Brazil", "talks in Egypt".
const VENUE_NOUNS = new Set([
  "summit",
  "talks",
  "meeting",
  "meetings",
  "conference",
  "forum",
  "ceremony",
  "session",
  "negotiations",
  "sidelines",
  "visit",
  "gathering",
]);
// Words a party's name comes with: "met his US counterpart Joe Biden in Peru" is a meeting in Peru, however
// the parser attached "in Peru" (to Biden, or to counterpart).
const PARTY_NOUNS = new Set(["counterpart", "counterparts", "president", "minister", "leader", "leaders"]);
// Without a parse (a sentence the work budget cut): the words that may stand between a trigger and "in X"
// without changing what "in" attaches to (capitalised words pass too).
const PASS_THROUGH = new Set(["the", "a", "an", "his", "her", "their", "its", "and", "on", "with", "s"]);

/** The mention's head word: the one token whose head lies outside the mention, or -1 (no parse). */
function headWord(doc: Doc, mention: Mention): number {
  for (let i = mention.tokenStart; i < mention.tokenEnd; i++) {
    const head = doc.tokens[i].head;
    if (head === undefined) return -1;
    if (head < mention.tokenStart || head >= mention.tokenEnd) return i;
  }
  return -1;
}

/** From the tree: "in X" hangs on the trigger, on a venue noun, or on a party of the event on the way to it. */
function venueByTree(doc: Doc, sentence: Sentence, mention: Mention, word: number, trigger: Span): boolean {
  const { tokens } = doc;
  const inTrigger = (token: { start: number; end: number }) => token.start >= trigger.start && token.end <= trigger.end;
  // "war in Ukraine": the trigger's own "in" names the place, wherever the parser hung the country
  const before = tokens[mention.tokenStart - 1];
  if (before?.norm === "in" && inTrigger(before)) return true;
  const marked = tokens
    .slice(sentence.tokenStart, sentence.tokenEnd)
    .some((token) => token.head === word && token.deprel === "case" && (token.norm === "in" || token.norm === "at"));
  if (!marked || !/^(?:obl|nmod)/.test(tokens[word].deprel ?? "")) return false;
  const parties = inSentence(doc.mentions, sentence.index).filter((m) => m.actor && m !== mention);
  const inParty = (i: number) => parties.some((m) => i >= m.tokenStart && i < m.tokenEnd);
  let head = tokens[word].head ?? -1;
  for (let steps = 0; head >= 0 && steps < 8; steps++) {
    const token = tokens[head];
    if (inTrigger(token)) return true;
    if (VENUE_NOUNS.has(token.norm)) return true;
    if (!inParty(head) && !PARTY_NOUNS.has(token.norm)) return false;
    head = token.head ?? -1;
  }
  return false;
}

/** Without a parse: "in X" right after a venue noun, or after the trigger with only its parties between. */
function venueByWords(doc: Doc, sentence: Sentence, mention: Mention, trigger: Span): boolean {
  let inAt = mention.tokenStart - 1;
  if (doc.tokens[inAt]?.norm === "the") inAt -= 1;
  if (doc.tokens[inAt]?.norm !== "in") return false;
  if (VENUE_NOUNS.has(doc.tokens[inAt - 1]?.norm ?? "")) return true;
  for (let i = inAt - 1; i >= sentence.tokenStart && doc.tokens[i].start >= trigger.end; i--) {
    const token = doc.tokens[i];
    if (token.word && !token.capitalized && !PASS_THROUGH.has(token.norm) && !PARTY_NOUNS.has(token.norm)) return false;
  }
  return true;
}

/** A country named as the venue of the event, after its trigger. */
function venueCountry(doc: Doc, sentence: Sentence, trigger: Span): EventCandidate["location"] {
  for (const mention of inSentence(doc.mentions, sentence.index)) {
    // "interference in China's internal affairs": a possessor qualifies a noun; it is no venue
    if (mention.kind !== "country" || mention.via !== "name" || mention.possessive || mention.start < trigger.end)
      continue;
    const word = headWord(doc, mention);
    const venue =
      word >= 0 ? venueByTree(doc, sentence, mention, word, trigger) : venueByWords(doc, sentence, mention, trigger);
    if (venue) return { name: doc.text.slice(mention.start, mention.end), country: mention.entityId };
  }
  return null;
}

/**
 * Where an event happened, from its own sentence: a city named there (not the dateline's, which says where the
 * reporter was), else a country named as the venue, else null (the map then uses the dateline's country).
 */
export function eventLocation(doc: Doc, sentence: Sentence, trigger: Span): EventCandidate["location"] {
  const dateline = doc.article.dateline;
  const inDateline = (start: number) => !!dateline && start >= dateline.start && start < dateline.end;
  const place = inSentence(doc.mentions, sentence.index).find(
    (m) => m.kind === "place" && m.start > trigger.start - 200 && !inDateline(m.start),
  );
  const entity = place ? doc.entities.get(place.entityId) : undefined;
  if (entity) return { name: entity.name, country: entity.country ?? null };
  return venueCountry(doc, sentence, trigger);
}
