// What the events stage knows about one sentence while it resolves the roles of its triggers: the
// actors named in it, who speaks it, the article's pair, and the events found in it so far.
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Token } from "../text/tokens.ts";
import { isBorderPlace } from "./border-places.ts";
import { focusPair } from "./coreference.ts";
import type { Doc, EventCandidate, Sentence } from "./doc.ts";
import { type ActorMention, actorMentions } from "./event-roles.ts";

export interface EventSentence {
  doc: Doc;
  sentence: Sentence;
  knowledge: Knowledge;
  /** The pair of states the article is about (may be empty). */
  pair: string[];
  plain: ActorMention[];
  /** Actors with places standing for their country ("visited Hangzhou"). */
  withPlaces: ActorMention[];
  speaker: ActorMention | null;
  /** States named only as the place of a border ("near the Polish border"): no party, but a deployment's target. */
  borders: ActorMention[];
  /** This sentence's events so far: later triggers borrow parties from them. */
  here: EventCandidate[];
}

export function eventSentence(doc: Doc, sentence: Sentence, knowledge: Knowledge): EventSentence {
  const all = outsideDateline(doc, actorMentions(doc, sentence, true));
  const borders = all.filter((a) => isBorderPlace(doc, a.mention));
  const plain = outsideDateline(doc, actorMentions(doc, sentence, false)).filter((a) => !isBorderPlace(doc, a.mention));
  return {
    doc,
    sentence,
    knowledge,
    pair: focusPair(doc),
    plain,
    withPlaces: all.filter((a) => !borders.includes(a)),
    speaker: speakerOf(doc, sentence, plain, knowledge.personCues.attributionVerbs),
    borders,
    here: [],
  };
}

/** "MOSCOW (Sputnik) - Iran condemned ...": the dateline says where the reporter was, never who acted. */
function outsideDateline(doc: Doc, actors: ActorMention[]): ActorMention[] {
  const dateline = doc.article.dateline;
  if (!dateline) return actors;
  return actors.filter((a) => a.mention.end <= dateline.start || a.mention.start >= dateline.end);
}

/** The other state of the article's pair, for a member of it. */
export function otherOfPair(context: EventSentence, actor: string): string | undefined {
  const { pair } = context;
  return pair.length === 2 && pair.includes(actor) ? pair.find((p) => p !== actor) : undefined;
}

/** The actor who speaks in a sentence ("X said", "according to X"), if any; the verbs are knowledge (person-cues.json). */
function speakerOf(doc: Doc, sentence: Sentence, actors: ActorMention[], verbs: Set<string>): ActorMention | null {
  let verb: Token | undefined;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && !verb; i++) {
    if (verbs.has(doc.tokens[i].norm)) verb = doc.tokens[i];
  }
  if (!verb) return null;
  const at = verb.start;
  const before = actors.filter((a) => a.mention.end <= at && a.preposition === "");
  if (before.length) return before[before.length - 1];
  return actors.find((a) => a.mention.start >= verb.end) ?? null;
}
