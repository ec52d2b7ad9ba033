// Stage: events. Each sentence's triggers come from the event dictionary matched over its parse
// (event-triggers.ts); their parties from the tree, with a word-order fallback (event-parties.ts); their
// dates from the sentence (event-dates.ts); their factuality from the parse (factuality-tree.ts). Refiners then
// add what is implied and merge repeats (event-refiners/).
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Factuality } from "../record/record.ts";
import { slotTokens } from "./dictionary/role-slots.ts";
import { subjectChildren } from "./dictionary/sentence-tree.ts";
import type { DateMention, Doc, EventCandidate, Sentence } from "./doc.ts";
import { assignDates, eventDatesOf, futureDate, paragraphDate } from "./event-dates.ts";
import { eventLocation } from "./event-location.ts";
import { resolveParties } from "./event-parties.ts";
import { refineEvents } from "./event-refiners/index.ts";
import { type EventSentence, eventSentence } from "./event-sentence.ts";
import { findTriggers, type TriggerHit } from "./event-triggers.ts";
import { treeFactuality } from "./factuality-tree.ts";
import { judgedActAgent } from "./judged-acts.ts";

export function eventsStage(doc: Doc, knowledge: Knowledge): void {
  for (const sentence of doc.sentences) {
    const hits = findTriggers(doc, sentence, knowledge);
    if (hits.length) sentenceEvents(doc, sentence, knowledge, hits);
  }
  refineEvents(doc, knowledge);
}

function sentenceEvents(doc: Doc, sentence: Sentence, knowledge: Knowledge, hits: TriggerHit[]): void {
  const context = eventSentence(doc, sentence, knowledge);
  const dates = eventDatesOf(doc, sentence, knowledge);
  const assigned = assignDates(
    hits,
    dates,
    (hit, date) => notInDescribingClause(hit, date) && nounDateFits(hits, hit, date),
  );
  const given = new Map<EventCandidate, TriggerHit>();
  const fromTree = new Set<TriggerHit>();
  for (const hit of hits) {
    if (reportsItsNoun(hits, hit, fromTree)) continue;
    const resolved = resolveParties(context, hit);
    const parties = resolved && judgedActAgent(context, hit, hits, resolved);
    if (!parties) {
      doc.partyless.push({
        kind: hit.kind,
        cameo: hit.cameo,
        entry: hit.entry.id,
        factuality: hit.entry.factuality ?? factualityAt(context, hit),
        date: assigned.get(hit)?.value ?? null,
        agent: hasAgent(hit),
        sentence: sentence.index,
        trigger: { start: hit.start, end: hit.end },
      });
      continue;
    }
    if (!parties.guessed) fromTree.add(hit);
    let factuality = hit.entry.factuality ?? factualityAt(context, hit);
    const date =
      assigned.get(hit) ??
      objectDate(hits, hit, assigned) ??
      siblingDate(hits, hit, assigned) ??
      (factuality === "intended" ? futureDate(dates, doc.referenceDate) : null) ??
      (dates.length === 0 ? paragraphDate(doc, sentence) : null);
    // "Xi is visiting Russia next week": a progressive dated after the article's own day has not happened yet
    if (factuality === "occurred" && date && progressive(hit) && isLater(date.value, doc.referenceDate))
      factuality = "intended";
    const event: EventCandidate = {
      kind: hit.kind,
      cameo: hit.cameo,
      source: parties.source,
      target: parties.target,
      date: date?.value ?? doc.referenceDate,
      dateExplicit: !!date,
      factuality,
      location: eventLocation(doc, sentence, hit),
      sentence: sentence.index,
      trigger: { start: hit.start, end: hit.end },
      evidence: { start: sentence.start, end: sentence.end },
      attributedTo: context.speaker ? context.speaker.mention.entityId : null,
      confidence: Math.min(0.95, 0.5 + parties.named * 0.15 + (date ? 0.1 : 0)),
    };
    const earlier = sameAct(given, hit, event);
    if (earlier) {
      // "held talks ... on Tuesday": the noun nearer the date dates the act its verb gave, even over a date the
      // verb took from further away ("Earlier in the day, X said Y would pay a visit to Minsk on June 19")
      const ownNoun = given.get(earlier)?.match.object === hit.match.trigger && assigned.has(hit);
      if (event.dateExplicit && (!earlier.dateExplicit || ownNoun))
        Object.assign(earlier, { date: event.date, dateExplicit: true });
      continue;
    }
    given.set(event, hit);
    doc.events.push(event);
    context.here.push(event);
  }
}

/**
 * The trigger's own subject, or its passive "by" agent: "the three countries signed", "was signed by them"; or
 * the noun a participle with an object hangs from ("the three countries signed a pact" parsed as a relative).
 */
function hasAgent(hit: TriggerHit): boolean {
  const { tree } = hit;
  const trigger = hit.match.trigger;
  const rels = tree.children[trigger].map((c) => tree.tokens[c].deprel);
  if (subjectChildren(tree, trigger).length > 0 || rels.includes("obl:agent")) return true;
  return tree.tokens[trigger].deprel === "acl" && rels.includes("obj");
}

/** A verb trigger in the "-ing" form ("is visiting"), which may speak of what is arranged to come. */
function progressive(hit: TriggerHit): boolean {
  const t = hit.tree.tokens[hit.match.trigger];
  return t.upos === "VERB" && t.xpos === "VBG";
}

/** A period that begins after the reference day ("2024-03-21", "2024-04" or "2025" after "2024-03-14"). */
function isLater(date: string, reference: string | null): boolean {
  if (!reference) return false;
  return date > reference && !reference.startsWith(date);
}

const DESCRIBING_CLAUSES = new Set(["acl", "acl:relcl"]);

/**
 * "rejected the allegations made during a November 18 meeting": a date inside a clause that describes another
 * noun under the trigger dates that noun's act (the allegations), not the trigger's.
 */
function notInDescribingClause(hit: TriggerHit, date: DateMention): boolean {
  const { tokens } = hit.tree;
  let at = tokens.findIndex((t) => t.start >= date.start && t.end <= date.end);
  if (at < 0) return true;
  for (let step = 0; step < 8 && at >= 0 && at !== hit.match.trigger; step++) {
    const t = tokens[at];
    if (DESCRIBING_CLAUSES.has(t.deprel) && t.head !== hit.match.trigger && below(hit, t.head)) return false;
    at = t.head;
  }
  return true;
}

/**
 * "condemned the 2014 invasion of Iraq": a year before a noun dates what the noun names: the trigger that is that
 * noun, else one whose object it is when no trigger of its own stands there ("signed the 2015 agreement").
 */
function nounDateFits(hits: TriggerHit[], hit: TriggerHit, date: DateMention): boolean {
  const { tokens } = hit.tree;
  const inside = (i: number) => i >= 0 && tokens[i].start >= date.start && tokens[i].end <= date.end;
  // the date phrase's own head: its token whose head lies outside it ("year" of "next year")
  const at = tokens.findIndex((t, i) => inside(i) && !inside(t.head));
  if (at < 0) return true;
  const noun = tokens[at].head;
  if (noun <= at || tokens[noun].upos !== "NOUN" || !PRENOMINAL_DATE_RELS.has(tokens[at].deprel)) return true;
  if (noun === hit.match.trigger) return true;
  return hit.match.object === noun && !hits.some((o) => o.match.trigger === noun);
}

const PRENOMINAL_DATE_RELS = new Set(["compound", "nummod", "amod", "nmod:poss", "nmod"]);

/** Whether a token lies in the trigger's subtree. */
function below(hit: TriggerHit, token: number): boolean {
  const { tokens } = hit.tree;
  for (let at = token, step = 0; at >= 0 && step < 12; step++, at = tokens[at].head)
    if (at === hit.match.trigger) return true;
  return false;
}

// "elevate the partnership concluded in 2009 to ...": a clause under a trigger is an act of its own, with its own date
const OWN_CLAUSE_RELS = new Set(["advcl", "acl", "acl:relcl", "parataxis"]);

/**
 * "China provided humanitarian aid to Syria on Tuesday": a noun that is the object of a trigger which gave
 * the same event (kind, parties, factuality) names the same act, and is not given twice: the earlier event.
 */
function sameAct(
  given: Map<EventCandidate, TriggerHit>,
  hit: TriggerHit,
  event: EventCandidate,
): EventCandidate | undefined {
  const key = (e: EventCandidate) => [e.kind, e.source.join(), e.target.join(), e.factuality].join("|");
  const { head, deprel } = hit.tokens[hit.match.trigger];
  if (OWN_CLAUSE_RELS.has(deprel)) return undefined;
  for (const [earlier, earlierHit] of given)
    if (earlierHit.match.trigger === head && key(earlier) === key(event)) return earlier;
  return undefined;
}

/**
 * "the Japan-China ministers' meeting had been held before his meeting with X": a verb whose own slots are
 * empty and whose object is a noun of its kind that the tree gave its parties reports the noun's act; by word
 * order alone it would add whoever the sentence names next.
 */
function reportsItsNoun(hits: TriggerHit[], hit: TriggerHit, fromTree: Set<TriggerHit>): boolean {
  const noun = hits.some(
    (o) =>
      fromTree.has(o) &&
      o.kind === hit.kind &&
      o.tokens === hit.tokens &&
      o.tokens[o.match.trigger].head === hit.match.trigger,
  );
  if (!noun) return false;
  const slots = slotTokens(hit.tokens, hit.match, hit.tree);
  return slots.source.length === 0 && slots.target.length === 0 && slots.both.length === 0;
}

/**
 * "held talks with Uganda on Tuesday": the date a noun of the same kind under the trigger took; "broke with
 * Taiwan and established relations with China in June": the date of the verb conjoined after it.
 */
function objectDate<T>(hits: TriggerHit[], hit: TriggerHit, assigned: Map<TriggerHit, T>): T | undefined {
  const related = (o: TriggerHit) => {
    const t = o.tokens[o.match.trigger];
    if (t.head !== hit.match.trigger || OWN_CLAUSE_RELS.has(t.deprel)) return false;
    return o.kind === hit.kind || (t.deprel === "conj" && o.match.trigger > hit.match.trigger);
  };
  const object = hits.find((o) => o !== hit && o.tokens === hit.tokens && assigned.has(o) && related(o));
  return object && assigned.get(object);
}

/** "hosted Uganda for a summit on Friday": the second event of one trigger takes the date its first took. */
function siblingDate<T>(hits: TriggerHit[], hit: TriggerHit, assigned: Map<TriggerHit, T>): T | undefined {
  for (const o of hits) {
    if (o === hit || o.start !== hit.start || o.end !== hit.end) continue;
    const date = assigned.get(o) ?? objectDate(hits, o, assigned);
    if (date) return date;
  }
  return undefined;
}

/** What the parse shows of the act; when it shows nothing, the act is reported as done. */
function factualityAt(context: EventSentence, hit: TriggerHit): Factuality {
  return treeFactuality(hit.tree, hit.match.trigger, hit.kind, context.knowledge.eventPatterns) ?? "occurred";
}
