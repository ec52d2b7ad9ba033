// Factuality read on the parse: a negation attached to the trigger denies it; a modal on it (or on the
// verb whose complement it is) makes it intended or uncertain; a governing "plan / agree / urge ... to"
// puts it in the future, so does a headline's bare infinitive ("Qatar to quit OPEC"), a promising verb over a noun ("pledged $500 million in assistance") too; a
// trigger in the past tense, or a noun whose verb is, happened. The cue words are knowledge
// (event-patterns.json: tree_cues, intended_trigger_words, performative_cues).
import type { EventPatterns } from "../knowledge/event-patterns.ts";
import type { EventKind, Factuality } from "../record/record.ts";
import { OBJECT_RELS, type SentenceTree } from "./dictionary/sentence-tree.ts";

const COMPLEMENT_RELS = new Set(["xcomp", "ccomp"]);
const ARGUMENT_RELS = new Set(["obj", "obl", "nmod", "nsubj:pass"]);
const AMOUNT_TAGS = new Set(["NUM", "SYM"]);
const NOUN_TAGS = new Set(["NOUN", "PROPN"]);
const PAST_TAGS = new Set(["VBD", "VBN"]);
const MAX_CLIMB = 3;

/** The factuality the tree shows for the trigger token, or null when it shows none (read the cues). */
export function treeFactuality(
  tree: SentenceTree,
  trigger: number,
  kind: EventKind,
  patterns: EventPatterns,
): Factuality | null {
  // "agreed to elevate ... to a partnership": for some kinds the commitment is the act itself
  const performative = new Set((patterns.performative[kind] ?? []).map((cue) => cue.split(" ")[0]));
  const verb = verbOf(tree, trigger);
  // "expressed no concern", "signed no agreement", "no agreements were signed": a negation on the trigger or on its object
  const objects = tree.children[trigger].filter((c) => OBJECT_RELS.has(tree.tokens[c].deprel));
  if ([trigger, ...objects].some((t) => tree.children[t].some((c) => isNegation(tree, c, patterns)))) return "negated";
  if (isPrevented(tree, trigger, patterns.treeCues.preventingGovernors)) return "negated";
  if (isHeadlineInfinitive(tree, verb)) return "intended";
  if (underPromiseNoun(tree, trigger, patterns)) return "intended";
  if (isTopic(tree, trigger)) return "uncertain";
  const governed = governedFactuality(tree, verb, trigger, patterns, performative);
  if (governed) return governed;
  const outer = verb === trigger ? verbOverModifiedNoun(tree, trigger) : -1;
  const planned = outer >= 0 ? governedFactuality(tree, outer, trigger, patterns, performative) : null;
  if (planned === "intended" || planned === "uncertain") return planned;
  if (isOngoing(tree, verb) && patterns.defaultIntended.has(kind)) return "occurred";
  return PAST_TAGS.has(tree.tokens[verb].xpos) && tree.tokens[verb].deprel !== "amod" ? "occurred" : null;
}

/** What a modal on the verb, or a plan or a performative governing it, makes of the act; null when nothing. */
function governedFactuality(
  tree: SentenceTree,
  verb: number,
  trigger: number,
  patterns: EventPatterns,
  performative: Set<string>,
): Factuality | null {
  const cues = patterns.treeCues;
  let at = verb;
  for (let climb = 0; climb <= MAX_CLIMB; climb++) {
    for (const c of tree.children[at]) {
      if (tree.tokens[c].deprel !== "aux") continue;
      if (cues.intendedModals.has(tree.keys[c][0])) return "intended";
      if (cues.uncertainModals.has(tree.keys[c][0])) return "uncertain";
    }
    if (climb === 0 && at !== trigger && patterns.intendedTriggerWords.has(tree.tokens[at].text.toLowerCase()))
      return "intended";
    // "set a date for a meeting", "proposed talks": the noun of a planning verb is still to come
    if (climb === 0 && at !== trigger && cues.planningVerbs.has(tree.keys[at][0])) return "intended";
    // "are due to sign", read with "due to" as a preposition
    if (isDueTo(tree, at)) return "intended";
    const token = tree.tokens[at];
    // "the decision of Seoul to resume talks": an infinitive under a noun of intent climbs to that noun; "time to
    // prepare to meet X", read as a purpose clause, climbs to "prepare"
    const infinitive = (token.deprel === "acl" || token.deprel.startsWith("advcl")) && hasToMark(tree, at);
    if ((!COMPLEMENT_RELS.has(token.deprel) && !infinitive) || token.head < 0) return null;
    at = token.head;
    if (performative.has(tree.tokens[at].text.toLowerCase())) return "occurred";
    if (cues.intendedGovernors.has(tree.keys[at][0])) return "intended";
  }
  return null;
}

const PRESENT_TAGS = new Set(["VBZ", "VBP"]);

/** "Japan is working with Korea": a present progressive is going on (cooperation, unlike a visit, is not planned so). */
function isOngoing(tree: SentenceTree, verb: number): boolean {
  if (tree.tokens[verb].xpos !== "VBG") return false;
  return tree.children[verb].some(
    (c) => tree.tokens[c].deprel === "aux" && tree.keys[c][0] === "be" && PRESENT_TAGS.has(tree.tokens[c].xpos),
  );
}

/** "prevent Ukraine from joining NATO", "barred Russia from attending": the act kept from happening. */
function isPrevented(tree: SentenceTree, trigger: number, governors: Set<string>): boolean {
  const { head, deprel } = tree.tokens[trigger];
  if (head < 0 || !["advcl", "xcomp", "ccomp"].includes(deprel) || !governors.has(tree.keys[head][0])) return false;
  return tree.children[trigger].some((c) => tree.tokens[c].deprel === "mark" && tree.keys[c][0] === "from");
}

/** The trigger itself, or for a noun the verb it is the argument of (through an amount: "$5 million in aid"). */
function verbOf(tree: SentenceTree, trigger: number): number {
  let at = trigger;
  for (let step = 0; step < 2; step++) {
    const token = tree.tokens[at];
    if (token.upos === "VERB" || token.head < 0 || !ARGUMENT_RELS.has(token.deprel)) return at;
    const head = tree.tokens[token.head];
    if (head.upos === "VERB") return token.head;
    if (!AMOUNT_TAGS.has(head.upos)) return at;
    at = token.head;
  }
  return trigger;
}

const NOUN_PHRASE_RELS = new Set(["nmod", "compound", "nummod"]);

/** "a pledge of $5 million in aid to Tonga": the act is the content of a promise noun above it in its phrase. */
function underPromiseNoun(tree: SentenceTree, trigger: number, patterns: EventPatterns): boolean {
  let at = trigger;
  for (let step = 0; step < MAX_CLIMB; step++) {
    const token = tree.tokens[at];
    if (token.head < 0 || !NOUN_PHRASE_RELS.has(token.deprel)) return false;
    at = token.head;
    const head = tree.tokens[at];
    if (head.upos === "NOUN" && patterns.intendedTriggerWords.has(head.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * For a noun that modifies the noun a verb takes ("to welcome him to the Heads of Government meeting"), that
 * verb; else -1. Only a plan above it counts from there: the verb's own tense says nothing of the noun's act
 * ("reaffirmed the significance of cooperation" is no cooperation that took place).
 */
function verbOverModifiedNoun(tree: SentenceTree, trigger: number): number {
  const token = tree.tokens[trigger];
  if (token.deprel !== "nmod" || token.head < 0 || !NOUN_TAGS.has(tree.tokens[token.head].upos)) return -1;
  const noun = tree.tokens[token.head];
  return ARGUMENT_RELS.has(noun.deprel) && noun.head >= 0 && tree.tokens[noun.head].upos === "VERB" ? noun.head : -1;
}

/** Nouns whose "of" phrase names an act only talked about ("the subject of imposing sanctions"). */
const TOPIC_NOUNS = new Set(
  "subject topic issue question possibility prospect idea option notion talk debate".split(" "),
);

/** "put the subject of imposing sanctions on Turkey on the agenda": the act, or its gerund, is a topic. */
function isTopic(tree: SentenceTree, trigger: number): boolean {
  let at = trigger;
  // "of imposing sanctions": the gerund over the noun trigger carries the "of"
  const head = tree.tokens[at].head;
  if (head >= 0 && tree.tokens[at].deprel === "obj" && tree.tokens[head].xpos === "VBG") at = head;
  const token = tree.tokens[at];
  if (token.head < 0 || !/^(?:nmod|acl)/.test(token.deprel)) return false;
  const of = tree.children[at].some(
    (c) => ["case", "mark"].includes(tree.tokens[c].deprel) && tree.keys[c][0] === "of",
  );
  return of && TOPIC_NOUNS.has(tree.keys[token.head][0]);
}

function isNegation(tree: SentenceTree, c: number, patterns: EventPatterns): boolean {
  const rel = tree.tokens[c].deprel;
  return (rel === "advmod" || rel === "det") && patterns.treeCues.negations.has(tree.keys[c][0]);
}

const FINITE_XPOS = new Set(["VBZ", "VBD"]);

/**
 * "Qatar to quit OPEC in January": a "to" infinitive hanging from a name or noun that heads the whole
 * sentence (no finite verb) is a headline's future, not a report of what happened. A sentence that ends in a
 * full stop is no headline: its verb was read as a noun ("Russia's move to expel diplomats marks a low").
 */
function isHeadlineInfinitive(tree: SentenceTree, verb: number): boolean {
  const token = tree.tokens[verb];
  if (token.upos !== "VERB" || tree.tokens.at(-1)?.text === ".") return false;
  // "Iran's foreign minister to visit China on April 23" parsed with the verb as root and its subject before "to"
  if (token.head < 0) return hasToMark(tree, verb) && tree.children[verb].some((c) => c < verb && isSubject(tree, c));
  const head = tree.tokens[token.head];
  const nominalRoot = head.deprel === "root" && (head.upos === "PROPN" || head.upos === "NOUN");
  return nominalRoot && hasToMark(tree, verb);
}

function isSubject(tree: SentenceTree, i: number): boolean {
  return tree.tokens[i].deprel === "nsubj";
}

/** "Kenya and Uganda are due to sign": a "due" with a fixed "to" on the verb. */
function isDueTo(tree: SentenceTree, verb: number): boolean {
  return tree.children[verb].some(
    (c) =>
      tree.keys[c][0] === "due" &&
      c < verb &&
      tree.children[c].some((f) => tree.tokens[f].deprel === "fixed" && tree.keys[f][0] === "to"),
  );
}

/** A "to" that marks a verb with a tense ("follows", "signed") is a preposition read as a mark, not an infinitive. */
function hasToMark(tree: SentenceTree, verb: number): boolean {
  if (FINITE_XPOS.has(tree.tokens[verb].xpos)) return false;
  return tree.children[verb].some((c) => tree.tokens[c].deprel === "mark" && tree.keys[c][0] === "to");
}
