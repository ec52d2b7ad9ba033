// Memberships worded around an organisation's name: "EU member Bulgaria", "NATO member state Turkey", "EU members
// Poland and Lithuania" (the name, "member", the states), a bloc's composition ("the Pacific Alliance is composed
// of Chile, Colombia, Mexico and Peru"; "comprises", "consists of", "is made up of"; "BRICS, a bloc comprising
// Brazil, Russia, ...") and its members listed ("ASEAN's ten members are Thailand, Malaysia, ...").
import type { Doc, Sentence } from "./doc.ts";
import { actorMentions } from "./event-roles.ts";

const MEMBER_BETWEEN = /^\s+members?(?:\s+(?:states?|country|countries|nations?))?\s+$/i;
const APPOSED_MEMBER = /^\s*,\s*(?:a|an)\s+(?:(?:fellow|founding|key|full|new|longtime|leading)\s+)?$/i;
/** Between two states of one list ("Poland and Lithuania", "Brazil, Russia"). */
const LIST_BETWEEN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
const COMPOSED_OF =
  /\b(?:(?:is|are|was|were) (?:composed|made up) of|comprises|comprised|consists of|consisted of|comprising|consisting of|made up of|composed of|whose members are|(?:members?|member states|member countries) (?:are|were|include|included))\s/i;
/** Between the organisation and the verb: nothing, its possessive and count ("'s ten existing"), or an apposition
 * that names it a bloc ("BRICS countries, a bloc comprising"). */
const ORG_TO_VERB =
  /^(?:\s+(?:[\p{L}-]+\s+){0,3}|['’]s\s+(?:\p{L}+\s+){0,3}|\s*(?:countries|nations|states|members)?\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:bloc|group|grouping|alliance|organi[sz]ation|union|club|forum|association|community)\s+)$/iu;

/** [state, organisation] pairs the sentence words as memberships. */
export function memberPhrases(doc: Doc, sentence: Sentence): [string, string][] {
  const actors = actorMentions(doc, sentence, false);
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < actors.length; i++) {
    const [org, state] = [actors[i], actors[i + 1]];
    if (!org.actor.startsWith("org:") || state.actor.startsWith("org:")) continue;
    if (!MEMBER_BETWEEN.test(doc.text.slice(org.mention.end, state.mention.start))) continue;
    // "EU members Poland and Lithuania": the state and the rest of its list
    for (const listed of listedAfter(doc, actors, state.mention.start)) out.push([listed, org.actor]);
  }
  // "Turkey, a NATO member, blocked the bid", "Hungary, a fellow EU member state"
  for (let i = 0; i + 1 < actors.length; i++) {
    const [state, org] = [actors[i], actors[i + 1]];
    if (state.actor.startsWith("org:") || !org.actor.startsWith("org:")) continue;
    const after = doc.text.slice(org.mention.end, sentence.end);
    if (APPOSED_MEMBER.test(doc.text.slice(state.mention.end, org.mention.start)) && /^\s+member\b/i.test(after))
      out.push([state.actor, org.actor]);
  }
  const text = doc.text.slice(sentence.start, sentence.end);
  const composed = COMPOSED_OF.exec(text);
  if (composed) {
    const at = sentence.start + composed.index;
    const orgs = actors.filter((a) => a.actor.startsWith("org:") && a.mention.end <= at);
    const subject = orgs[orgs.length - 1];
    // only the organisation right before the verb ("the X trade bloc is composed of"), and only states after it
    if (subject && ORG_TO_VERB.test(doc.text.slice(subject.mention.end, at)))
      out.push(
        ...listedAfter(doc, actors, at + composed[0].length).map((state): [string, string] => [state, subject.actor]),
      );
  }
  return out;
}

/** The states of the list that starts right at `from` ("Chile, Colombia, Mexico and Peru"), up to the first gap. */
function listedAfter(doc: Doc, actors: ReturnType<typeof actorMentions>, from: number): string[] {
  const out: string[] = [];
  let end = from;
  for (const a of actors) {
    if (a.mention.start < from) continue;
    const gap = doc.text.slice(end, a.mention.start);
    if (a.actor.startsWith("org:") || !(out.length === 0 ? /^\s*(?:the\s+)?$/i : LIST_BETWEEN).test(gap)) break;
    out.push(a.actor);
    end = a.mention.end;
  }
  return out;
}
