// The word-order fallback for an event's parties: where the parse gives a trigger no party on a side, the
// actors around it in the sentence are read by position and preposition (event-roles.ts), one function
// per frame (event-frames.ts). Declared once, as the last step of role resolution (event-parties.ts).
import { SYMMETRIC_KINDS } from "../record/record.ts";
import { articleOrganization } from "./article-organization.ts";
import type { Doc } from "./doc.ts";
import type { TriggerFrame } from "./event-frames.ts";
import { type ActorMention, agentAfter, objectsAfter, subjectsBefore } from "./event-roles.ts";
import { type EventSentence, otherOfPair } from "./event-sentence.ts";
import type { TriggerHit } from "./event-triggers.ts";
import { voiceSubjectEnd } from "./joint-voice.ts";

export interface Parties {
  source: string[];
  target: string[];
  /** How many of the parties the sentence names (rather than the article's pair supplying them). */
  named: number;
  /** Some side came from the word order, not from the tree. */
  guessed?: boolean;
}

const HOSTILE = new Set(["use_force", "threaten", "sanction", "criticize", "break_relations"]);

/** Kinds that accuse or coerce are never guessed from the article's pair: their target must be named. */
export const NEEDS_NAMED_TARGET = new Set([
  "threaten",
  "sanction",
  "use_force",
  "demand",
  "join",
  "visit",
  "coerce",
  "protest",
  "retreat",
  "concede",
  "investigate",
  "mobilize",
]);

export function unique(actors: string[]): string[] {
  return [...new Set(actors)];
}

/** The parties by word order, or null when the trigger has none worth an event. */
export function wordOrderParties(context: EventSentence, hit: TriggerHit, frame: TriggerFrame): Parties | null {
  const actors = frame.placesAsTarget ? context.withPlaces : context.plain;
  switch (frame.name) {
    case "reported":
      return reportedParties(context, hit, actors);
    case "object_joins":
      return objectJoinsParties(context, hit, actors);
    case "mutual":
      return mutualParties(context.doc, hit, actors);
    case "object_visits":
      return objectVisitsParties(context.doc, hit, actors);
    case "possessor_target":
    case "praise_subject":
      return ownerParties(context, hit, actors, frame.name);
    case "symmetric":
      return symmetricParties(context, hit, actors, frame);
    default:
      return directedParties(context, hit, actors, frame);
  }
}

function inHit(hit: TriggerHit, actors: ActorMention[]): ActorMention[] {
  return actors.filter((a) => a.mention.start >= hit.start && a.mention.end <= hit.end);
}

function reportedParties(context: EventSentence, hit: TriggerHit, actors: ActorMention[]): Parties {
  const { speaker } = context;
  const accused = subjectsBefore(
    context.doc,
    actors.filter((a) => a.mention.start > (speaker?.mention.end ?? -1)),
    hit.start,
  );
  return { source: speaker ? [speaker.actor] : [], target: accused.map((a) => a.actor), named: 2 };
}

function objectJoinsParties(context: EventSentence, hit: TriggerHit, actors: ActorMention[]): Parties {
  const inside = inHit(hit, actors);
  const after = actors.filter((a) => a.mention.start >= hit.end);
  const source = unique(inside.filter((a) => !a.actor.startsWith("org:")).map((a) => a.actor));
  let target = unique(
    [...inside, ...after, ...subjectsBefore(context.doc, actors, hit.start)]
      .filter((a) => a.actor.startsWith("org:"))
      .map((a) => a.actor),
  ).slice(0, 1);
  // "the alliance added Albania as its newest member": the organisation the article is about
  if (!target.length) target = [articleOrganization(context.doc)].filter((o) => o !== null);
  return { source, target, named: 2 };
}

function mutualParties(doc: Doc, hit: TriggerHit, actors: ActorMention[]): Parties | null {
  const parties = unique(
    [...subjectsBefore(doc, actors, hit.start), ...objectsAfter(doc, actors, hit.end, ["between"])].map((a) => a.actor),
  ).filter((a) => !a.startsWith("org:"));
  if (parties.length < 2) return null;
  return { source: parties, target: parties, named: 2 };
}

/** "X invited Y to visit Z": Y visits Z (or X's country when no place is named). */
function objectVisitsParties(doc: Doc, hit: TriggerHit, actors: ActorMention[]): Parties {
  const inviter = subjectsBefore(doc, actors, hit.start);
  const source = unique(inHit(hit, actors).map((a) => a.actor));
  const place = objectsAfter(doc, actors, hit.end, ["to", "in"]);
  const target = unique((place.length ? place : inviter).map((a) => a.actor)).filter((t) => !source.includes(t));
  return { source, target, named: 2 };
}

function ownerParties(
  context: EventSentence,
  hit: TriggerHit,
  actors: ActorMention[],
  frame: "possessor_target" | "praise_subject",
): Parties {
  const { doc, speaker } = context;
  const owner =
    frame === "possessor_target"
      ? (inHit(hit, actors).find((a) => a.mention.possessive) ?? objectsAfter(doc, actors, hit.end)[0])
      : subjectsBefore(doc, actors, hit.start)[0];
  const voice =
    speaker && speaker !== owner
      ? speaker.actor
      : (doc.publisher ?? (owner ? otherOfPair(context, owner.actor) : undefined));
  return { source: voice ? [voice] : [], target: owner ? [owner.actor] : [], named: owner ? 1 : 0 };
}

function symmetricParties(
  context: EventSentence,
  hit: TriggerHit,
  actors: ActorMention[],
  frame: TriggerFrame,
): Parties | null {
  const { doc, sentence, pair } = context;
  // after the trigger, parties come with "with"/"between", or are states; "construction of the BRI" is content
  const after = objectsAfter(
    doc,
    actors.filter(
      (a) =>
        a.mention.start < hit.end ||
        ["with", "between"].includes(a.preposition) ||
        (!a.actor.startsWith("org:") && a.preposition === ""),
    ),
    hit.end,
    ["with", "between"],
  );
  const between = after.filter((a) => a.preposition === "between");
  const parties = between.length
    ? [...between, ...after.filter((a) => a.preposition === "between" || coordinatedWith(a, between))]
    : [...subjectsBefore(doc, actors, hit.start), ...after.filter((a) => !possessorOfLaterNoun(a))];
  let source = unique(parties.map((a) => a.actor));
  if (source.filter((s) => !s.startsWith("org:")).length >= 2) source = source.filter((s) => !s.startsWith("org:"));
  const named = source.length;
  const realPartners = after.filter(
    (a) => !(a.mention.possessive && ["pronoun", "publisher", "group"].includes(a.mention.via)),
  );
  // "talks between the United States and the Taliban": the other side is named, only not a state
  const namedPartner =
    (endsWithWith(context, hit) && !realPartners.length) ||
    (between.length > 0 &&
      /\bbetween\b/i.test(doc.text.slice(hit.start, between[0].mention.start)) &&
      source.length === 1);
  const partner = source.length === 1 ? otherOfPair(context, source[0]) : undefined;
  if (partner && !namedPartner) source.push(partner);
  // no party named at all: the article's pair, when the sentence speaks of two parties or in the passive
  const pairCue =
    /\b(?:two|both|bilateral|they|their|joint|jointly|delegations|sides|leaders|counterparts|were|was|been)\b/i.test(
      doc.text.slice(sentence.start, sentence.end),
    );
  if (source.length === 0 && pair.length === 2 && pairCue) source = [...pair];
  // "We ... held our first meeting" in a joint statement: "we" is every state that signs it
  if (jointVoiceIsSubject(context, hit, actors))
    source = unique([...(doc.jointVoice ?? []), ...source.filter((s) => !s.startsWith("org:"))]);
  if (source.length < 2 || named < frame.requireParties) return null;
  return { source: source.slice(0, 1), target: source.slice(1), named };
}

/** "talks with" where the partner named is no actor: the trigger phrase or the word after it is "with". */
function endsWithWith(context: EventSentence, hit: TriggerHit): boolean {
  const next = context.doc.text.slice(hit.end, hit.end + 6);
  return /\bwith\s*$/i.test(context.doc.text.slice(hit.start, hit.end)) || /^\s+with\b/i.test(next);
}

// Over 80 lines: the directed frame's word-order cases (openers, passives, relative clauses, the earlier event's parties), ported whole from the regex stage as the one fallback.
function directedParties(
  context: EventSentence,
  hit: TriggerHit,
  actors: ActorMention[],
  frame: TriggerFrame,
): Parties | null {
  const { doc, sentence, here, speaker, knowledge } = context;
  const kind = hit.kind;
  // "Saudi loan", "Chinese aid": a state opening the trigger phrase is its source
  // ...as is a demonym right before it ("the Russian attack", "Chinese aid")
  const opener =
    actors.find((a) => a.mention.start === hit.start) ??
    actors.find(
      (a) =>
        a.mention.via === "demonym" &&
        a.mention.end <= hit.start &&
        /^\s*$/.test(doc.text.slice(a.mention.end, hit.start)),
    );
  const agent = opener ?? agentAfter(doc, actors, hit.end);
  // "a region supported by inclusive institutions": a passive whose agent is no actor
  if (!agent && /^\s*by\b/i.test(doc.text.slice(hit.end, hit.end + 4))) return null;
  let subjects = agent ? [agent] : subjectsBefore(doc, actors, hit.start);
  // "protest against the US's use of force to attack ...": an infinitive far from the subject may have
  // another agent; hostile acts are not guessed across it
  if (!agent && HOSTILE.has(kind) && subjects.length && /\bto\s+$/.test(doc.text.slice(hit.start - 4, hit.start))) {
    if (hit.start - subjects[subjects.length - 1].mention.end > 50) subjects = [];
  }
  let source = unique(subjects.map((a) => a.actor));
  // "A sanctioned B ... for abuses": B, the object of the first act, is not the agent of the second
  const earlier = here.filter((e) => e.source.length && !SYMMETRIC_KINDS.has(e.kind)).pop();
  // ...unless a new clause starts between them ("X visited A, and his counterpart Y travelled to B")
  const objectOfEarlier =
    earlier &&
    !subjects.some((s) => s.mention.possessive) &&
    subjects.every((s) => s.mention.start > earlier.trigger.end) &&
    !subjects.some((s) =>
      /,\s*(?:and|while|but)\b|;|\b(?:if|when|because|after|before|unless|although|as|since|that)\b/.test(
        doc.text.slice(earlier.trigger.end, s.mention.start),
      ),
    );
  if (!agent && earlier && objectOfEarlier && source.length && source.every((s) => earlier.target.includes(s)))
    source = [...earlier.source];
  const kindOf = (a: ActorMention) => (a.actor.startsWith("org:") ? "organization" : "country");
  const candidates = actors.filter((a) => a !== agent && (!frame.organizationTarget || kindOf(a) === "organization"));
  const embedded = candidates.filter(
    (a) => a.mention.start > hit.start && a.mention.end <= hit.end && !source.includes(a.actor),
  );
  let objects = embedded.length ? embedded : objectsAfter(doc, candidates, hit.end, frame.targetPreps);
  // "the attack on Israel by Hamas": an attack whose named attacker is no state is no state's act
  if (kind === "use_force" && objects.length) {
    const last = objects[objects.length - 1].mention.end;
    if (/^\s+by\s/i.test(doc.text.slice(last, last + 5)) && !agentAfter(doc, candidates, last)) return null;
  }
  // "condemned the attack on Israel by Hamas": Israel is the victim; the target is the attacker, if a state
  if (kind === "criticize" && objects.length) {
    const lead = doc.text.slice(hit.end, objects[0].mention.start);
    if (knowledge.eventPatterns.victimObject.test(lead)) {
      const attacker = agentAfter(doc, candidates, objects[objects.length - 1].mention.end);
      if (!attacker) return null;
      objects = [attacker];
    }
  }
  const relative = /,\s*(?:which|whom)\s+[^,]{0,40}$/i.exec(doc.text.slice(sentence.start, hit.start));
  if (!objects.length && relative) {
    const antecedent = subjectsBefore(doc, candidates, sentence.start + relative.index);
    if (antecedent.length) objects = antecedent;
  }
  let target = unique(objects.map((a) => a.actor)).filter((t) => !source.includes(t));
  const named = (source.length ? 1 : 0) + (target.length ? 1 : 0);
  const partnerOfTarget = target.length === 1 ? otherOfPair(context, target[0]) : undefined;
  if (!source.length && partnerOfTarget && !NEEDS_NAMED_TARGET.has(kind)) source = [partnerOfTarget];
  if (!source.length && speaker && target.length) source = [speaker.actor];
  // "in solidarity with its neighbour": an object was named, only not an actor apart from the source
  if (!target.length && source.length && !objects.length) {
    const same = here.filter((e) => e.source.join() === source.join()).pop();
    if (same) target = same.target.filter((t) => !t.startsWith("org:") || kind === "join");
  }
  const partnerOfSource = source.length === 1 ? otherOfPair(context, source[0]) : undefined;
  if (
    !target.length &&
    !objects.length &&
    partnerOfSource &&
    !NEEDS_NAMED_TARGET.has(kind) &&
    !frame.organizationTarget
  )
    target = [partnerOfSource];
  return { source, target, named };
}

/** "We ... held our first meeting": the sentence opens with a joint statement's "we", and no other actor comes before the trigger. */
function jointVoiceIsSubject(context: EventSentence, hit: TriggerHit, actors: ActorMention[]): boolean {
  const { doc, sentence } = context;
  if (!doc.jointVoice?.length) return false;
  const from = voiceSubjectEnd(doc, sentence.start, hit.start);
  return (
    from >= 0 && !actors.some((a) => a.mention.start >= from && a.mention.end <= hit.start && a.mention.via !== "group")
  );
}

/** "reflecting our shared interests": a possessive pronoun after the trigger qualifies a later noun, not the event. */
function possessorOfLaterNoun(a: ActorMention): boolean {
  return a.mention.possessive && ["pronoun", "publisher", "group"].includes(a.mention.via);
}

function coordinatedWith(a: ActorMention, group: ActorMention[]): boolean {
  return group.some((g) => g.mention.end <= a.mention.start && a.mention.start - g.mention.end < 12);
}
