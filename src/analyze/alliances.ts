// Alliances the article asserts between two states, worded around "ally" or "allies": "Japan, a close US
// ally", "the Philippines is a treaty ally of the United States", "Britain's closest ally, the United States",
// "the United States and Australia are longtime allies". An organisation's ally ("a NATO ally") is a member, and
// is the membership patterns'; a denied one ("is not an ally of") is none.
import type { Doc, Sentence } from "./doc.ts";
import { type ActorMention, actorMentions, coordinated } from "./event-roles.ts";

/** Words that may stand between the article and "ally" ("a close and longtime US ally"). */
const QUALIFIER = String.raw`(?:(?:close|closest|key|longtime|long-time|long-standing|staunch|strong|strongest|major|important|strategic|treaty|traditional|historic|loyal|firm|trusted|main|top|fellow|regional|and)\s+)*`;
/** "X, a close US ally" / "X is a treaty ally of": from the first state to the word "ally". */
const STATE_IS_ALLY = new RegExp(
  String.raw`^\s*(?:,\s*|\s+(?:is|was|remains|has been|became)\s+)(?:a|an|the|its|their)\s+${QUALIFIER}`,
  "i",
);
const APPOSITION = new RegExp(`${STATE_IS_ALLY.source}$`, "i");
const ALLY_OF = new RegExp(String.raw`^\s*${QUALIFIER}all(?:y|ies)\s+(?:of|to)\s+(?:the\s+)?$`, "i");
/** "Britain's closest ally, the United States": between the possessor and the ally. */
const POSSESSOR_ALLY = new RegExp(String.raw`^\s*['’]?s?\s*${QUALIFIER}ally\s*,\s*(?:the\s+)?$`, "i");
const ALLY_WORD = /^\s*all(?:y|ies)\b/i;
const ARE_ALLIES = new RegExp(
  String.raw`\b(?:are|were|remain|have been|became)\s+(?:\w+\s+){0,2}?${QUALIFIER}allies\b`,
  "i",
);
const DENIED = /\b(?:not|no longer|never)\s+(?:\w+\s+){0,2}all(?:y|ies)\b/i;

/** The state pairs the sentence calls allies. */
export function alliancesIn(doc: Doc, sentence: Sentence): [string, string][] {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!/\ball(?:y|ies)\b/i.test(text) || DENIED.test(text)) return [];
  const states = actorMentions(doc, sentence, false).filter((a) => !a.actor.startsWith("org:"));
  const out: [string, string][] = [];
  const between = (a: ActorMention, b: ActorMention) => doc.text.slice(a.mention.end, b.mention.start);
  for (let i = 0; i < states.length; i++) {
    const a = states[i];
    const b = states[i + 1];
    if (!b || a.actor === b.actor) continue;
    // "Japan, a close US ally": the state, then an apposition whose demonym or name qualifies "ally"
    if (APPOSITION.test(between(a, b)) && ALLY_WORD.test(doc.text.slice(b.mention.end, sentence.end)))
      out.push([a.actor, b.actor]);
    // "the Philippines is a treaty ally of the United States"
    const gap = between(a, b);
    const opening = STATE_IS_ALLY.exec(gap);
    if (opening && ALLY_OF.test(gap.slice(opening[0].length))) out.push([a.actor, b.actor]);
    // "Britain's closest ally, the United States"
    if (a.mention.possessive && POSSESSOR_ALLY.test(gap)) out.push([a.actor, b.actor]);
  }
  // "the United States and Australia are longtime allies"
  const allies = ARE_ALLIES.exec(text);
  if (allies) {
    const before = states.filter((s) => s.mention.end <= sentence.start + allies.index);
    const [a, b] = before.slice(-2);
    if (a && b && a.actor !== b.actor && coordinated(doc, a.mention, b.mention)) out.push([a.actor, b.actor]);
  }
  return out;
}
