// "Russia attacked the US-backed Ukrainian forces", "The Iran-backed Houthi rebels attacked a Saudi facility":
// the state before a backing participle ("X-backed", "X-funded") names who stands behind the group, not the
// group. It is a party of the backing itself (the participle as trigger) and of no other act in the sentence.
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
