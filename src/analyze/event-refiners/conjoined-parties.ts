// Refiner: every conjunct takes its role. "Brunei, the Kingdom of Cambodia, ... and the United States held
// a meeting": the parse links the conjuncts by `conj`, whatever lies between them ("the Kingdom of"), so a
// party named in a list brings the whole list; a party inside a title ("the Republic of Indonesia",
// "the leaders of Brunei") climbs to the noun that is the conjunct.
import type { ParsedToken } from "../../parse/index.ts";
import type { Doc, EventCandidate, Sentence } from "../doc.ts";
import { type ActorMention, actorMentions } from "../event-roles.ts";
import { conjuncts, headOfSpan, sentenceParse } from "../sentence-parse.ts";

/** Whether token i hangs from its head as "of X" ("the Kingdom of Cambodia", "the leaders of X"). */
function ofComplement(tokens: ParsedToken[], i: number): boolean {
  return tokens[i].deprel === "nmod" && tokens.some((t) => t.head === i && t.deprel === "case" && t.lemma === "of");
}

/** The token that stands for a mention in the clause: its head, climbed out of titles around it. */
function clauseToken(tokens: ParsedToken[], mention: ActorMention): number {
  let i = headOfSpan(tokens, mention.mention);
  // "the member states of ASEAN", "a summit of the AU": an organisation after "of" qualifies, it does not act
  if (mention.actor.startsWith("org:")) return i;
  for (let steps = 0; i >= 0 && steps < 3 && ofComplement(tokens, i); steps++) {
    const parent = tokens[i].head;
    if (parent < 0 || !["NOUN", "PROPN"].includes(tokens[parent].upos)) break;
    i = parent;
  }
  return i;
}

/**
 * The named actors conjoined with a mention of `side`'s parties, on the same side of the trigger as that
 * mention (a conjunct across the trigger is a parse error); "we" and "its" are coreference's, not lists'.
 */
function conjoinedActors(tokens: ParsedToken[], actors: ActorMention[], side: string[], event: EventCandidate) {
  const named = actors.filter(
    (a) => !["pronoun", "group", "publisher"].includes(a.mention.via) && !a.mention.possessive,
  );
  const byToken = new Map<number, ActorMention[]>();
  for (const a of named) {
    const i = clauseToken(tokens, a);
    if (i >= 0) byToken.set(i, [...(byToken.get(i) ?? []), a]);
  }
  const before = (a: ActorMention) => a.mention.end <= event.trigger.start;
  const out = new Set<string>();
  for (const [i, list] of byToken) {
    const party = list.find((a) => side.includes(a.actor));
    if (!party) continue;
    for (const c of conjuncts(tokens, i))
      for (const a of byToken.get(c) ?? []) if (before(a) === before(party)) out.add(a.actor);
  }
  return out;
}

function widen(event: EventCandidate, tokens: ParsedToken[], actors: ActorMention[]): void {
  const addTo = (side: string[], other: string[]) => {
    for (const actor of conjoinedActors(tokens, actors, side, event))
      if (!side.includes(actor) && !other.includes(actor)) side.push(actor);
  };
  addTo(event.source, event.target);
  addTo(event.target, event.source);
}

export function conjoinedParties(doc: Doc): void {
  const actorsBySentence = new Map<number, ActorMention[]>();
  const actorsOf = (sentence: Sentence) => {
    let actors = actorsBySentence.get(sentence.index);
    if (!actors) {
      actors = actorMentions(doc, sentence, false);
      actorsBySentence.set(sentence.index, actors);
    }
    return actors;
  };
  for (const event of doc.events) {
    const actors = actorsOf(doc.sentences[event.sentence]);
    // only a sentence naming a state that is not yet a party can widen one
    const parties = [...event.source, ...event.target];
    if (!actors.some((a) => a.mention.via !== "pronoun" && !parties.includes(a.actor))) continue;
    if (new Set(actors.map((a) => a.actor)).size < 3) continue;
    widen(event, sentenceParse(doc, event.sentence), actors);
  }
}
