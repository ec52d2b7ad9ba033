// Factuality a trigger noun takes from its own phrase: the noun of a promise or an agreement above it, a
// topic noun, a modifier ("upcoming", "unconfirmed"), and a clause under it that puts it in the future
// ("which will take place", "to be held", "scheduled for May"). The verb readings are factuality-tree.ts's.
import type { EventPatterns } from "../knowledge/event-patterns.ts";
import type { Factuality } from "../record/record.ts";
import type { SentenceTree } from "./dictionary/sentence-tree.ts";

const NOUN_PHRASE_RELS = new Set(["nmod", "compound", "nummod"]);
const MODIFIER_RELS = new Set(["amod", "advmod"]);
const MAX_CLIMB = 3;

/** What the trigger noun's own phrase says of it; null when nothing. */
export function nounFactuality(
  tree: SentenceTree,
  trigger: number,
  patterns: EventPatterns,
  governed: (verb: number) => Factuality | null,
): Factuality | null {
  const cues = patterns.treeCues;
  if (underPlanNoun(tree, trigger, patterns)) return "intended";
  if (isTopic(tree, trigger)) return "uncertain";
  if (aheadOf(tree, trigger, cues.intendedHeads)) return "intended";
  const head = phraseHead(tree, trigger);
  for (const c of head === trigger ? tree.children[trigger] : [...tree.children[trigger], ...tree.children[head]]) {
    const rel = tree.tokens[c].deprel;
    const lemma = tree.keys[c][0];
    // "the upcoming visit", "unconfirmed talks"
    if (MODIFIER_RELS.has(rel) && cues.uncertainAdverbs.has(lemma)) return "uncertain";
    if (MODIFIER_RELS.has(rel) && cues.intendedModifiers.has(lemma)) return "intended";
    if (tree.tokens[c].upos !== "VERB") continue;
    // "the Strategic Dialogue, which will take place", "a meeting that is expected to be held": the verb that
    // realises the noun tells its future
    if (rel === "acl:relcl") {
      const realizing = realizingVerb(tree, c, cues.realizingVerbs);
      const said = realizing >= 0 ? governed(realizing) : null;
      if (said === "intended") return said;
    }
    // "talks to be held in May", "the summit scheduled for June"
    if (rel === "acl" && cues.realizingVerbs.has(lemma) && hasMark(tree, c, "to")) return "intended";
    if (rel === "acl" && (cues.planningVerbs.has(lemma) || cues.intendedGovernors.has(lemma))) return "intended";
  }
  return null;
}

/**
 * "hold summit meetings", "the next UK-India Strategic Dialogue" (read as a name with the act in apposition): a
 * noun that names the act with another noun stands where that noun stands.
 */
export function phraseHead(tree: SentenceTree, trigger: number): number {
  const { head, deprel } = tree.tokens[trigger];
  if (head < 0 || (deprel !== "compound" && deprel !== "appos")) return trigger;
  return NOUN_TAGS.has(tree.tokens[head].upos) ? head : trigger;
}

/** The clause's verb when it realises its antecedent ("which will take place"), or its complement that does; else -1. */
function realizingVerb(tree: SentenceTree, verb: number, realizing: Set<string>): number {
  if (realizing.has(tree.keys[verb][0])) return verb;
  const complement = tree.children[verb].find(
    (c) => tree.tokens[c].deprel === "xcomp" && realizing.has(tree.keys[c][0]),
  );
  return complement ?? -1;
}

/**
 * "a pledge of $5 million in aid to Tonga", "an agreement on a Saudi loan": the act is the content of a
 * promise above it in its phrase, or of a noun whose preposition declares a plan (intended_noun_phrases).
 */
function underPlanNoun(tree: SentenceTree, trigger: number, patterns: EventPatterns): boolean {
  let at = trigger;
  for (let step = 0; step < MAX_CLIMB; step++) {
    const token = tree.tokens[at];
    if (token.head < 0 || !NOUN_PHRASE_RELS.has(token.deprel)) return false;
    const preposition = tree.children[at].find((c) => tree.tokens[c].deprel === "case");
    const from = at;
    at = token.head;
    const head = tree.tokens[at];
    if (head.upos !== "NOUN") continue;
    if (patterns.intendedTriggerWords.has(head.text.toLowerCase())) return true;
    const phrase = preposition === undefined ? "" : `${tree.keys[at][0]} ${tree.keys[preposition][0]}`;
    if (from === trigger && patterns.treeCues.intendedNounPhrases.has(phrase)) return true;
  }
  return false;
}

/**
 * "The announcements come ahead of a meeting in China this weekend": the noun in the phrase of a word of what is
 * to come; not when the clause that word belongs to is in the past ("arrived ahead of the summit").
 */
function aheadOf(tree: SentenceTree, trigger: number, heads: Set<string>): boolean {
  const token = tree.tokens[trigger];
  if (token.head < 0 || !PHRASE_RELS.has(token.deprel)) return false;
  const word = token.head;
  if (!heads.has(tree.keys[word][0]) && !heads.has(hyphened(tree, word))) return false;
  // the clause the word belongs to: its verb, or the predicate of a copula ("were calm on the eve of")
  let clause = tree.tokens[word].head;
  for (let step = 0; clause >= 0 && step < MAX_CLIMB && !CLAUSE_HEADS.has(tree.tokens[clause].upos); step++)
    clause = tree.tokens[clause].head;
  if (clause < 0) return true;
  const past = (i: number) => tree.tokens[i].xpos === "VBD" || tree.tokens[i].xpos === "VBN";
  const auxiliaries = tree.children[clause].filter((c) => /^(?:aux|cop)/.test(tree.tokens[c].deprel));
  return !past(clause) && !auxiliaries.some(past);
}

const CLAUSE_HEADS = new Set(["VERB", "ADJ"]);

/** "run-up" parsed as "up" with "run" as its compound across the hyphen. */
function hyphened(tree: SentenceTree, word: number): string {
  const first = tree.children[word].find((c) => c === word - 2 && tree.tokens[word - 1].text === "-");
  return first === undefined ? "" : `${tree.keys[first][0]}-${tree.keys[word][0]}`;
}

const PHRASE_RELS = new Set(["obl", "nmod"]);
const NOUN_TAGS = new Set(["NOUN", "PROPN"]);
const ARGUMENT_RELS = new Set(["obj", "obl", "nmod", "nsubj:pass"]);

/**
 * For a noun that modifies the noun a verb takes ("to welcome him to the Heads of Government meeting"), that
 * verb; else -1. Only a plan above it counts from there: the verb's own tense says nothing of the noun's act
 * ("reaffirmed the significance of cooperation" is no cooperation that took place).
 */
export function verbOverModifiedNoun(tree: SentenceTree, trigger: number): number {
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
export function isTopic(tree: SentenceTree, trigger: number): boolean {
  let at = trigger;
  // "of imposing sanctions": the gerund over the noun trigger carries the "of"
  const head = tree.tokens[at].head;
  if (head >= 0 && tree.tokens[at].deprel === "obj" && tree.tokens[head].xpos === "VBG") at = head;
  const token = tree.tokens[at];
  if (token.head < 0 || !/^(?:nmod|acl)/.test(token.deprel)) return false;
  return hasMark(tree, at, "of") && TOPIC_NOUNS.has(tree.keys[token.head][0]);
}

/** A "case" or "mark" child with this lemma. */
export function hasMark(tree: SentenceTree, at: number, lemma: string): boolean {
  return tree.children[at].some((c) => ["case", "mark"].includes(tree.tokens[c].deprel) && tree.keys[c][0] === lemma);
}
