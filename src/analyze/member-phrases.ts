// Memberships worded around an organisation's name: "EU member Bulgaria", "NATO member state Turkey" (the name,
// "member", the state), and a bloc's composition ("the Pacific Alliance is composed of Chile, Colombia, Mexico and
// Peru"; "comprises", "consists of", "is made up of").
import type { Doc, Sentence } from "./doc.ts";
import { actorMentions } from "./event-roles.ts";

const MEMBER_BETWEEN = /^\s+member(?:\s+(?:state|country|nation))?\s+$/i;
const COMPOSED_OF = /\b(?:(?:is|are|was|were) (?:composed|made up) of|comprises|comprised|consists of|consisted of)\s/i;

/** [state, organisation] pairs the sentence words as memberships. */
export function memberPhrases(doc: Doc, sentence: Sentence): [string, string][] {
  const actors = actorMentions(doc, sentence, false);
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < actors.length; i++) {
    const [org, state] = [actors[i], actors[i + 1]];
    if (!org.actor.startsWith("org:") || state.actor.startsWith("org:")) continue;
    if (MEMBER_BETWEEN.test(doc.text.slice(org.mention.end, state.mention.start))) out.push([state.actor, org.actor]);
  }
  const text = doc.text.slice(sentence.start, sentence.end);
  const composed = COMPOSED_OF.exec(text);
  if (composed) {
    const at = sentence.start + composed.index;
    const orgs = actors.filter((a) => a.actor.startsWith("org:") && a.mention.end <= at);
    const subject = orgs[orgs.length - 1];
    // only the organisation right before the verb ("the X trade bloc is composed of"), and only states after it
    if (subject && !/[,;]/.test(doc.text.slice(subject.mention.end, at)))
      for (const a of actors)
        if (a.mention.start > at && !a.actor.startsWith("org:")) out.push([a.actor, subject.actor]);
  }
  return out;
}
