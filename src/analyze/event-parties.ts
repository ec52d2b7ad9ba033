// Who did what to whom, in declared steps: the parse first (event-roles-tree.ts), then, for a side the tree
// leaves empty, the word-order fallback (event-roles-word-order.ts); last, what every kind requires of its
// parties (joining names an organisation, a visit a state; no party acts on itself).

import { backsNonState, withoutBackers } from "./backers.ts";
import { caseMarker } from "./dictionary/sentence-tree.ts";
import { triggerFrame } from "./event-frames.ts";
import { hostCapital, type TreeParties, treeParties } from "./event-roles-tree.ts";
import { type Parties, unique, wordOrderParties } from "./event-roles-word-order.ts";
import type { EventSentence } from "./event-sentence.ts";
import type { TriggerHit } from "./event-triggers.ts";

export type { Parties } from "./event-roles-word-order.ts";

export function resolveParties(sentence: EventSentence, hit: TriggerHit): Parties | null {
  if (backsNonState(hit)) return null;
  const plain = withoutBackers(hit, sentence.plain);
  const context =
    plain === sentence.plain ? sentence : { ...sentence, plain, withPlaces: withoutBackers(hit, sentence.withPlaces) };
  const frame = triggerFrame(hit);
  const tree = treeParties(context, hit, frame);
  // the partners of one "with" phrase are one side; the other is unnamed ("the move was coordinated with A and B")
  if (tree.oneSide) return null;
  let fallback: Parties | null | undefined;
  const wordOrder = () => {
    if (fallback === undefined) {
      const guess = wordOrderParties(context, hit, frame);
      fallback = guess && { ...guess, guessed: true };
    }
    return fallback;
  };
  // a looser (converted) entry counts only when the parse names its parties
  if (hit.entry.treeOnly) return kindRequirements(hit, treeOnlyParties(tree, frame.name), frame.name === "mutual");
  let parties: Parties | null;
  if (frame.name === "symmetric" || frame.name === "mutual") {
    const both = statesFirst(tree.both);
    // one party meeting in another state's capital met its host ("Peters held discussions in Jakarta")
    const host =
      hit.kind === "meet" && both.length === 1 && !tree.partnerUnnamed && !both[0].startsWith("org:")
        ? hostCapital(context, hit)
        : undefined;
    if (host && host !== both[0]) both.push(host);
    if (both.length >= 2 && both.length >= frame.requireParties)
      parties =
        frame.name === "mutual"
          ? { source: both, target: both, named: both.length }
          : { source: both.slice(0, 1), target: both.slice(1), named: both.length };
    else parties = wordOrder();
  } else {
    // a noun no phrase of the tree attaches a party to ("dealing with emerging threats") is nobody's act
    if (isNoun(hit) && tree.source.length === 0 && tree.target.length === 0) return null;
    // ...nor is a purpose clause with no party of its own ("working with X to determine where it will best be
    // deployed to support relief efforts": nobody supports the other)
    if (inPurposeClause(hit) && tree.source.length === 0 && tree.target.length === 0) return null;
    // "carrying oil in defiance of U.N. sanctions": sanctions named only as what an act defies stand in force
    // already, against no state the word order may guess
    if (isNoun(hit) && tree.target.length === 0 && defiedStanding(hit)) return null;
    // "sanctions on individuals who provide support to Russia": a relative clause's act is its antecedent's, and an
    // antecedent no state's name covers is no state the word order may guess
    if (relativeClauseOfNobody(hit) && tree.source.length === 0) return null;
    // "called on China to release the detained activists": a participle describing a noun names no doer of its
    // own, and the clause's subject did not do it
    if (describingParticiple(hit) && tree.source.length === 0) return null;
    // "Reza accused the U.S. and UK": a state the tree puts on the target side is never the guessed source
    const source = tree.source.length
      ? tree.source
      : (wordOrder()?.source ?? []).filter((s) => !tree.target.includes(s));
    const target = tree.target.length ? tree.target : (wordOrder()?.target ?? []);
    const named = (tree.source.length ? 1 : 0) + (tree.target.length ? 1 : 0);
    // the word order is read only for a side the tree left empty
    const guessed = tree.source.length === 0 || tree.target.length === 0;
    parties = { source, target, named: named === 2 ? 2 : Math.max(named, wordOrder()?.named ?? 0), guessed };
  }
  return parties && kindRequirements(hit, parties, frame.name === "mutual");
}

function treeOnlyParties(tree: TreeParties, frame: string): Parties {
  if (frame !== "symmetric" && frame !== "mutual") return { source: tree.source, target: tree.target, named: 2 };
  const both = statesFirst(tree.both);
  if (frame === "mutual") return { source: both, target: both, named: both.length };
  return { source: both.slice(0, 1), target: both.slice(1), named: both.length };
}

/** A noun trigger ("threats", "sanctions"), not a phrasal verb the tagger read as a noun ("calls on"). */
function isNoun(hit: TriggerHit): boolean {
  const { phrase } = hit.match;
  const upos = hit.tokens[hit.match.trigger].upos;
  const phrasalVerb = phrase.length > 1 && hit.tokens[phrase[1]].upos === "ADP";
  return (upos === "NOUN" || upos === "PROPN") && !phrasalVerb;
}

/** A "to" infinitive hanging from a verb as an adverbial clause ("deployed to support relief efforts"). */
function inPurposeClause(hit: TriggerHit): boolean {
  const { tree } = hit;
  const t = tree.tokens[hit.match.trigger];
  return (
    t.upos === "VERB" &&
    t.deprel.startsWith("advcl") &&
    tree.children[hit.match.trigger].some((c) => tree.tokens[c].deprel === "mark" && tree.keys[c][0] === "to")
  );
}

/** Nouns of an act against rules in force ("in defiance of sanctions", "in violation of the embargo"). */
const DEFYING = new Set(["defiance", "violation", "breach", "evasion", "circumvention", "contravention"]);

/** The noun is what a defying noun ("defiance of", "violation of") or "despite" governs. */
function defiedStanding(hit: TriggerHit): boolean {
  const { tree } = hit;
  const t = tree.tokens[hit.match.trigger];
  if (t.head < 0) return false;
  const marker = caseMarker(tree, hit.match.trigger);
  if (marker === "despite") return true;
  return marker === "of" && DEFYING.has(tree.keys[t.head][0]);
}

/** The trigger's clause (its own, or its governing verb's for an object noun) is a relative clause on "who/which/that". */
function relativeClauseOfNobody(hit: TriggerHit): boolean {
  const { tree } = hit;
  const t = tree.tokens[hit.match.trigger];
  const clause = (t.upos === "NOUN" || t.upos === "PROPN") && t.deprel === "obj" ? t.head : hit.match.trigger;
  if (clause < 0 || tree.tokens[clause].deprel !== "acl:relcl") return false;
  return tree.children[clause].some((c) => tree.tokens[c].deprel === "nsubj" && RELATIVE_PRONOUNS.has(tree.keys[c][0]));
}

const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);

/**
 * A past participle modifying a noun ("the detained activists", "the expelled diplomats"); one whose doer is
 * written into it ("the UN-backed government") names that doer (backers.ts).
 */
function describingParticiple(hit: TriggerHit): boolean {
  const at = hit.match.trigger;
  const t = hit.tokens[at];
  return t.deprel === "amod" && t.xpos === "VBN" && hit.tokens[at - 1]?.text !== "-";
}

/** With two or more states among the parties, organisations named beside them are venues, not parties. */
function statesFirst(parties: string[]): string[] {
  const states = parties.filter((p) => !p.startsWith("org:"));
  return states.length >= 2 ? states : parties;
}

function kindRequirements(hit: TriggerHit, parties: Parties, mutual: boolean): Parties | null {
  let { source, target } = parties;
  // "We [eleven states] welcomed the role of the Philippines": a group acting on its own member is no dyad
  if (!mutual && source.length > 2 && target.some((t) => source.includes(t))) return null;
  if (hit.kind === "join" || hit.entry.targetKind === "organization")
    target = target.filter((t) => t.startsWith("org:"));
  if (hit.entry.targetKind === "state") target = target.filter((t) => !t.startsWith("org:"));
  if (hit.kind === "visit") target = target.filter((t) => !t.startsWith("org:"));
  // no party acts on itself: "Latvia would downgrade ties with Moscow in solidarity with its neighbour"
  if (!mutual) target = target.filter((t) => !source.includes(t));
  if (!mutual) source = source.filter((s) => !target.includes(s));
  if (!source.length || !target.length) return null;
  return { source: unique(source), target: unique(target), named: parties.named, guessed: parties.guessed };
}
