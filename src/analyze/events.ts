// Stage: events. Each trigger of the pattern dictionary proposes an event; its parties come from the
// sentence's actors (event-roles.ts), falling back on the pair the article is about; its date is the
// date nearest to it in the sentence, else the article's date. Refiners then drop and merge.

import { startsAtWord, type Trigger } from "../knowledge/event-patterns.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { SYMMETRIC_KINDS } from "../record/record.ts";
import type { Token } from "../text/tokens.ts";
import { articleOrganization } from "./article-organization.ts";
import { inSentence } from "./by-sentence.ts";
import { focusPair } from "./coreference.ts";
import type { DateMention, Doc, EventCandidate, Sentence } from "./doc.ts";
import { eventLocation } from "./event-location.ts";
import { refineEvents } from "./event-refiners/index.ts";
import { type ActorMention, actorMentions, agentAfter, objectsAfter, subjectsBefore } from "./event-roles.ts";
import { factualityOf } from "./factuality.ts";
import { voiceSubjectEnd } from "./joint-voice.ts";

const HOSTILE = new Set(["use_force", "threaten", "sanction", "criticize", "break_relations"]);

/** Kinds that accuse or coerce are never guessed from the article's pair: their target must be named. */
const NEEDS_NAMED_TARGET = new Set([
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

interface TriggerHit {
  trigger: Trigger;
  start: number;
  end: number;
}

function findTriggers(doc: Doc, sentence: Sentence, knowledge: Knowledge): TriggerHit[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const hits: TriggerHit[] = [];
  for (const trigger of knowledge.eventPatterns.triggers) {
    trigger.regex.lastIndex = 0;
    for (let m = trigger.regex.exec(text); m; m = trigger.regex.exec(text)) {
      if (!startsAtWord(text, m.index)) {
        trigger.regex.lastIndex = m.index + 1;
        continue;
      }
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      // a word inside a name ("Shanghai Cooperation Organisation") triggers nothing
      if (
        inSentence(doc.mentions, sentence.index).some(
          (x) => x.kind !== "country" && x.via === "name" && x.start <= start && x.end >= end,
        )
      )
        continue;
      // "at an emergency meeting of the Security Council": a venue, not a meeting of the parties
      if (
        trigger.kind === "meet" &&
        /^meeting|^summit|^session/i.test(m[0]) &&
        /\bat (?:an? |the )?(?:[\p{L}-]+ ){0,2}$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))
      )
        continue;
      // "condemned the sanctions", "lifted sanctions": not an act of sanctioning by the subject
      if (
        trigger.kind === "sanction" &&
        /^sanctions?$/i.test(m[0]) &&
        knowledge.eventPatterns.sanctionNot.test(text.slice(Math.max(0, m.index - 40), m.index))
      )
        continue;
      // one hit per kind and place: the longest pattern wins
      const same = hits.find((h) => h.trigger.kind === trigger.kind && start < h.end && end > h.start);
      const contains = same && ((start <= same.start && end >= same.end) || (same.start <= start && same.end >= end));
      if (same && contains) {
        // the longer reading wins; of two readings of the same words, the one with a frame
        const longer = end - start > same.end - same.start;
        const framed = end - start === same.end - same.start && trigger.frame && !same.trigger.frame;
        if (longer || framed) Object.assign(same, { trigger, start, end });
        continue;
      }
      hits.push({ trigger, start, end });
    }
  }
  // a hit inside a longer hit of another kind gives way: "supports 'terrorist groups'" is an accusation
  const inside = (a: TriggerHit, b: TriggerHit) =>
    a !== b && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start;
  const nests = (outer: string, inner: string) => inner === "support" && (outer === "aid" || outer === "join");
  return hits
    .filter(
      (h) =>
        !hits.some((o) => o.trigger.kind !== h.trigger.kind && inside(h, o) && !nests(o.trigger.kind, h.trigger.kind)),
    )
    .sort((a, b) => a.start - b.start);
}

const MAX_DATE_GAP = 90;

function dateGap(d: DateMention, h: TriggerHit): number {
  // a date after its trigger ("visited Ankara in April") reads more naturally than one before it
  return d.start >= h.end ? d.start - h.end : h.start >= d.end ? h.start - d.end + 15 : 0;
}

/**
 * Dates of a sentence go to triggers closest pair first, one date per trigger; a trigger left without one
 * shares the nearest date of a trigger of another kind ("relations were restored in July, when Abiy visited").
 */
function assignDates(hits: TriggerHit[], dates: DateMention[]): Map<TriggerHit, DateMention> {
  const pairs: Array<[number, TriggerHit, DateMention]> = [];
  for (const h of hits)
    for (const d of dates) if (!d.durationStart && dateGap(d, h) <= MAX_DATE_GAP) pairs.push([dateGap(d, h), h, d]);
  pairs.sort((a, b) => a[0] - b[0]);
  const byHit = new Map<TriggerHit, DateMention>();
  const owner = new Map<DateMention, TriggerHit>();
  for (const [, h, d] of pairs) {
    if (byHit.has(h) || owner.has(d)) continue;
    byHit.set(h, d);
    owner.set(d, h);
  }
  for (const [, h, d] of pairs) {
    if (byHit.has(h)) continue;
    const taker = owner.get(d);
    const lo = Math.min(h.end, d.end);
    const hi = Math.max(h.start, d.start);
    const between = hits.some((o) => o !== h && o !== taker && o.start >= lo && o.end <= hi);
    if (taker && taker.trigger.kind !== h.trigger.kind && !between && d.end <= h.start) byHit.set(h, d);
  }
  return byHit;
}

function clauseBefore(doc: Doc, sentence: Sentence, at: number): string {
  const text = doc.text.slice(sentence.start, at);
  const cut = Math.max(text.lastIndexOf(";"), text.lastIndexOf(":"));
  return cut >= 0 ? text.slice(cut + 1) : text;
}

function unique(actors: string[]): string[] {
  return [...new Set(actors)];
}

// Over 80 lines: the regex-trigger loop with its role frames, kept until the dictionary matcher and roles from the tree replace it (issues 8 and 9).
export function eventsStage(doc: Doc, knowledge: Knowledge): void {
  const pair = focusPair(doc);
  const other = (actor: string) =>
    pair.length === 2 && pair.includes(actor) ? pair.find((p) => p !== actor) : undefined;
  for (const sentence of doc.sentences) {
    const hits = findTriggers(doc, sentence, knowledge);
    if (!hits.length) continue;
    const sentenceDates = inSentence(doc.dates, sentence.index).filter(
      (d) => !knowledge.eventPatterns.dateBound.test(doc.text.slice(Math.max(sentence.start, d.start - 12), d.start)),
    );
    const assigned = assignDates(hits, sentenceDates);
    // this sentence's events so far: later triggers borrow parties from them
    const here: EventCandidate[] = [];
    const pushEvent = (event: EventCandidate) => {
      doc.events.push(event);
      here.push(event);
    };
    const plain = actorMentions(doc, sentence, false);
    const withPlaces = actorMentions(doc, sentence, true);
    const speaker = speakerOf(doc, sentence, plain, knowledge.personCues.attributionVerbs);
    for (const hit of hits) {
      const { trigger } = hit;
      const kind = trigger.kind;
      const actors = trigger.places_as_target ? withPlaces : plain;
      let source: string[] = [];
      let target: string[] = [];
      let named = 0;
      const inHit = actors.filter((a) => a.mention.start >= hit.start && a.mention.end <= hit.end);
      if (trigger.frame === "reported") {
        if (speaker) source = [speaker.actor];
        const accused = subjectsBefore(
          doc,
          actors.filter((a) => a.mention.start > (speaker?.mention.end ?? -1)),
          hit.start,
        );
        target = accused.map((a) => a.actor);
        named = 2;
      } else if (trigger.frame === "object_joins") {
        source = unique(inHit.filter((a) => !a.actor.startsWith("org:")).map((a) => a.actor));
        target = unique(
          [...inHit, ...actors.filter((a) => a.mention.start >= hit.end), ...subjectsBefore(doc, actors, hit.start)]
            .filter((a) => a.actor.startsWith("org:"))
            .map((a) => a.actor),
        ).slice(0, 1);
        // "the alliance added Albania as its newest member": the organisation the article is about
        if (!target.length && kind === "join") target = [articleOrganization(doc)].filter((o) => o !== null);
        named = 2;
      } else if (passiveAccusation(doc, hit)) {
        // "two Russian diplomats accused of spying": the accused are named before, the accuser is the subject
        const before = actors.filter((a) => a.mention.end <= hit.start);
        const accused = before[before.length - 1];
        const accuser = before.find((a) => a.preposition === "" && a.actor !== accused?.actor);
        if (!accused || !accuser) continue;
        source = [accuser.actor];
        target = [accused.actor];
        named = 2;
      } else if (trigger.frame === "mutual") {
        const parties = unique(
          [...subjectsBefore(doc, actors, hit.start), ...objectsAfter(doc, actors, hit.end, ["between"])].map(
            (a) => a.actor,
          ),
        ).filter((a) => !a.startsWith("org:"));
        if (parties.length < 2) continue;
        source = parties;
        target = parties;
        named = 2;
      } else if (trigger.frame === "object_visits") {
        // "X invited Y to visit Z": Y visits Z (or X's country when no place is named)
        const inviter = subjectsBefore(doc, actors, hit.start);
        source = unique(inHit.filter((a) => a.mention.start > hit.start).map((a) => a.actor));
        const place = objectsAfter(doc, actors, hit.end, ["to", "in"]);
        target = unique((place.length ? place : inviter).map((a) => a.actor)).filter((t) => !source.includes(t));
        named = 2;
      } else if (trigger.frame === "possessor_target" || trigger.frame === "praise_subject") {
        const owner =
          trigger.frame === "possessor_target"
            ? (inHit.find((a) => a.mention.possessive) ?? objectsAfter(doc, actors, hit.end)[0])
            : subjectsBefore(doc, actors, hit.start)[0];
        if (owner) target = [owner.actor];
        const voice =
          speaker && speaker !== owner ? speaker.actor : (doc.publisher ?? (owner ? other(owner.actor) : undefined));
        if (voice) source = [voice];
        named = owner ? 1 : 0;
      } else if (SYMMETRIC_KINDS.has(kind)) {
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
        source = unique(parties.map((a) => a.actor));
        if (source.filter((s) => !s.startsWith("org:")).length >= 2)
          source = source.filter((s) => !s.startsWith("org:"));
        named = source.length;
        const realPartners = after.filter(
          (a) => !(a.mention.possessive && ["pronoun", "publisher", "group"].includes(a.mention.via)),
        );
        // "talks between the United States and the Taliban": the other side is named, only not a state
        const namedPartner =
          (/\bwith\s*$/i.test(doc.text.slice(hit.start, hit.end)) && !realPartners.length) ||
          (between.length > 0 &&
            /\bbetween\b/i.test(doc.text.slice(hit.start, between[0].mention.start)) &&
            source.length === 1);
        if (source.length === 1 && other(source[0]) && !namedPartner) source.push(other(source[0]) as string);
        // no party named at all: the article's pair, when the sentence speaks of two parties or in the passive
        const pairCue =
          /\b(?:two|both|bilateral|they|their|joint|jointly|delegations|sides|leaders|counterparts|were|was|been)\b/i.test(
            doc.text.slice(sentence.start, sentence.end),
          );
        if (source.length === 0 && pair.length === 2 && pairCue) source = [...pair];
        // "We ... held our first meeting" in a joint statement: "we" is every state that signs it
        if (jointVoiceIsSubject(doc, sentence, hit, actors))
          source = unique([...(doc.jointVoice ?? []), ...source.filter((s) => !s.startsWith("org:"))]);
        if (source.length < 2 || (trigger.require_parties && named < trigger.require_parties)) continue;
        target = source.slice(1);
        source = source.slice(0, 1);
      } else {
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
        if (!agent && /^\s*by\b/i.test(doc.text.slice(hit.end, hit.end + 4))) continue;
        let subjects = agent ? [agent] : subjectsBefore(doc, actors, hit.start);
        // "protest against the US's use of force to attack ...": an infinitive far from the subject may have
        // another agent; hostile acts are not guessed across it
        if (
          !agent &&
          HOSTILE.has(kind) &&
          subjects.length &&
          /\bto\s+$/.test(doc.text.slice(hit.start - 4, hit.start))
        ) {
          if (hit.start - subjects[subjects.length - 1].mention.end > 50) subjects = [];
        }
        source = unique(subjects.map((a) => a.actor));
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
        const preferred = trigger.target_preps;
        const kindOf = (a: ActorMention) => (a.actor.startsWith("org:") ? "organization" : "country");
        const candidates = actors.filter(
          (a) => a !== agent && (!trigger.target_kinds || trigger.target_kinds.includes(kindOf(a))),
        );
        const embedded = candidates.filter(
          (a) => a.mention.start > hit.start && a.mention.end <= hit.end && !source.includes(a.actor),
        );
        let objects = embedded.length ? embedded : objectsAfter(doc, candidates, hit.end, preferred);
        // "the attack on Israel by Hamas": an attack whose named attacker is no state is no state's act
        if (kind === "use_force" && objects.length) {
          const last = objects[objects.length - 1].mention.end;
          if (/^\s+by\s/i.test(doc.text.slice(last, last + 5)) && !agentAfter(doc, candidates, last)) continue;
        }
        // "condemned the attack on Israel by Hamas": Israel is the victim; the target is the attacker, if a state
        if (kind === "criticize" && objects.length) {
          const lead = doc.text.slice(hit.end, objects[0].mention.start);
          if (knowledge.eventPatterns.victimObject.test(lead)) {
            const attacker = agentAfter(doc, candidates, objects[objects.length - 1].mention.end);
            objects = attacker ? [attacker] : [];
            if (!attacker) continue;
          }
        }
        const relative = /,\s*(?:which|whom)\s+[^,]{0,40}$/i.exec(doc.text.slice(sentence.start, hit.start));
        if (!objects.length && relative) {
          const antecedent = subjectsBefore(doc, candidates, sentence.start + relative.index);
          if (antecedent.length) objects = antecedent;
        }
        target = unique(objects.map((a) => a.actor)).filter((t) => !source.includes(t));
        named = (source.length ? 1 : 0) + (target.length ? 1 : 0);
        if (!source.length && target.length === 1 && other(target[0]) && !NEEDS_NAMED_TARGET.has(kind))
          source = [other(target[0]) as string];
        if (!source.length && speaker && target.length) source = [speaker.actor];
        // "in solidarity with its neighbour": an object was named, only not an actor apart from the source
        if (!target.length && source.length && !objects.length) {
          const earlier = here.filter((e) => e.source.join() === source.join()).pop();
          if (earlier) target = earlier.target.filter((t) => !t.startsWith("org:") || kind === "join");
        }
        if (
          !target.length &&
          !objects.length &&
          source.length === 1 &&
          other(source[0]) &&
          !NEEDS_NAMED_TARGET.has(kind) &&
          !trigger.target_kinds
        )
          target = [other(source[0]) as string];
        if (kind === "join") target = target.filter((t) => t.startsWith("org:"));
        if (kind === "visit") target = target.filter((t) => !t.startsWith("org:"));
      }
      if (trigger.frame !== "mutual") source = source.filter((s) => !target.includes(s) || SYMMETRIC_KINDS.has(kind));
      if (!source.length || !target.length) continue;
      const before = clauseBefore(doc, sentence, hit.start);
      const after = doc.text.slice(hit.end, Math.min(sentence.end, hit.end + 60));
      const factuality = factualityOf(kind, before, doc.text.slice(hit.start, hit.end), knowledge.eventPatterns, after);
      const date =
        assigned.get(hit) ??
        (factuality === "intended" ? futureDate(sentenceDates, doc.referenceDate) : null) ??
        (sentenceDates.length === 0 ? paragraphDate(doc, sentence) : null);
      pushEvent({
        kind,
        cameo: trigger.cameo,
        source,
        target,
        date: date?.value ?? doc.referenceDate,
        dateExplicit: !!date,
        factuality,
        location: eventLocation(doc, sentence, hit),
        sentence: sentence.index,
        trigger: { start: hit.start, end: hit.end },
        evidence: { start: sentence.start, end: sentence.end },
        attributedTo: speaker ? speaker.mention.entityId : null,
        confidence: Math.min(0.95, 0.5 + named * 0.15 + (date ? 0.1 : 0)),
      });
    }
  }
  refineEvents(doc, knowledge);
}

/** A plan's date: the one date of its sentence that lies after the article's date ("next year"). */
function futureDate(dates: DateMention[], reference: string | null): DateMention | null {
  if (!reference) return null;
  return dates.find((d) => !d.durationStart && d.value.slice(0, 4) > reference.slice(0, 4)) ?? null;
}

/** "On Sunday, Chavez said ... He accused ...": a sentence without a date continues its paragraph's last date. */
function paragraphDate(doc: Doc, sentence: Sentence): DateMention | null {
  const previous = doc.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return null;
  return (
    inSentence(doc.dates, previous.index)
      .filter((d) => !d.durationStart && d.value.length === 10)
      .pop() ?? null
  );
}

/** "diplomats accused of spying": a participle after a noun, not a verb with a subject. */
function passiveAccusation(doc: Doc, hit: TriggerHit): boolean {
  if (hit.trigger.kind !== "criticize" || !/^accused$/i.test(doc.text.slice(hit.start, hit.end))) return false;
  if (!/^\s+of\b/.test(doc.text.slice(hit.end, hit.end + 5))) return false;
  const previous = /(\p{L}+)\s*$/u.exec(doc.text.slice(Math.max(0, hit.start - 30), hit.start))?.[1] ?? "";
  return (
    /^\p{Ll}/u.test(previous) &&
    !/^(?:has|have|had|was|were|is|are|been|be|being|who|which|that|and|also|he|she|they|it|we|publicly|openly|repeatedly)$/.test(
      previous,
    )
  );
}

/** "We ... held our first meeting": the sentence opens with a joint statement's "we", and no other actor comes before the trigger. */
function jointVoiceIsSubject(doc: Doc, sentence: Sentence, hit: TriggerHit, actors: ActorMention[]): boolean {
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
