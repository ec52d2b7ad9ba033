// "Russia attacked the US-backed Ukrainian forces", "The Iran-backed Houthi rebels attacked a Saudi facility":
// the state before a backing participle ("X-backed", "X-funded") names who stands behind the group, not the
// group. It is a party of the backing itself (the participle as trigger) and of no other act in the sentence;
// and the backing of a group that is no organ of a state is no event between states.
import type { ActorMention } from "./event-roles.ts";
import type { TriggerHit } from "./event-triggers.ts";

const BACKING = new Set(["backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "aided"]);

/** Groups that act (fight, govern, rebel): a backed document or plan ("the US-backed resolution") is left alone. */
const ACTING_GROUPS = new Set(
  "force army military troop rebel militia group fighter militant government regime administration coalition faction separatist insurgent proxy authority opposition movement".split(
    " ",
  ),
);

/** Character spans of the backers' words in the hit's sentence, unless the hit is the backing participle. */
function backerSpans(hit: TriggerHit): { start: number; end: number }[] {
  const { tokens, tree } = hit;
  const spans: { start: number; end: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === hit.match.trigger || !BACKING.has(t.text.toLowerCase()) || t.head < 0) continue;
    if (t.deprel !== "amod" && t.deprel !== "acl") continue;
    // "US-backed": the backer is joined to the participle by a hyphen, before it
    if (tokens[i - 1].text !== "-" || tokens[i - 1].end !== t.start) continue;
    if (!ACTING_GROUPS.has(tokens[t.head].lemma.toLowerCase())) continue;
    const below = [i];
    for (let k = 0; k < below.length; k++) below.push(...tree.children[below[k]]);
    for (const k of below) if (k !== i) spans.push({ start: tokens[k].start, end: tokens[k].end });
    // the parser may hang the backer beside the participle instead of under it ("US - backed": compound of "backed")
    spans.push({ start: tokens[i - 2]?.start ?? t.start, end: tokens[i - 1].end });
  }
  return spans;
}

/** The actors of a sentence less the backers of groups, for a trigger other than the backing. */
export function withoutBackers(hit: TriggerHit, actors: ActorMention[]): ActorMention[] {
  const spans = backerSpans(hit);
  if (!spans.length) return actors;
  return actors.filter((a) => !spans.some((s) => a.mention.start < s.end && a.mention.end > s.start));
}

/** Nouns that stand for a state's own organs: "the UN-backed government", "US-backed Ukrainian forces". */
const STATE_ORGANS = new Set(
  "government governments regime administration authorities state states army armies military forces troops country countries nation nations coalition".split(
    " ",
  ),
);

/**
 * "the Iran-backed Lebanese Hezbollah group", "a US-backed plot": a past participle that modifies a noun backs
 * that noun, a party only when the noun is a state's own organ; the words around name no other party.
 */
export function backsNonState(hit: TriggerHit): boolean {
  const t = hit.tokens[hit.match.trigger];
  if (t.upos !== "VERB" || t.xpos !== "VBN" || (t.deprel !== "amod" && t.deprel !== "acl") || t.head < 0) return false;
  if (!hit.tree.children[hit.match.trigger].some((c) => hit.tokens[c].deprel === "obl:unmarked")) return false;
  const noun = hit.tokens[t.head];
  return noun.upos === "NOUN" && !STATE_ORGANS.has(noun.lemma.toLowerCase());
}
