// Factuality read on the parse. The trigger's own words first: a negation attached to it (or to its object, or
// to the verb that realises or takes it) denies it. Then its clause and the clauses above it, climbing
// complements, "to" infinitives and conjuncts that share their subject: a negation ("did not agree to meet"),
// a doubt ("reportedly", "if", "is said to", "reports that"), a modal, or a governing "plan / expect / agree /
// refuse to". A trigger in the past tense, or a noun whose verb is, happened; a kind that is a plan by default
// (cooperation) stays one unless the tree shows it happening. The words are knowledge (event-patterns.json:
// tree_cues, intended_trigger_words, performative_cues, default_intended).
import type { EventPatterns } from "../knowledge/event-patterns.ts";
import type { EventKind, Factuality } from "../record/record.ts";
import { OBJECT_RELS, type SentenceTree } from "./dictionary/sentence-tree.ts";
import { hasMark, nounFactuality, phraseHead, verbOverModifiedNoun } from "./factuality-nouns.ts";

const COMPLEMENT_RELS = new Set(["xcomp", "ccomp"]);
/** Relations through which a governor's negation reaches the act: control ("did not agree to meet"), a shared clause. */
const SHARING_RELS = new Set(["xcomp", "conj"]);
const ARGUMENT_RELS = new Set(["obj", "obl", "nmod", "nsubj:pass"]);
const AMOUNT_TAGS = new Set(["NUM", "SYM"]);
const PAST_TAGS = new Set(["VBD", "VBN"]);
const MAX_CLIMB = 3;

/** The factuality the tree shows for the trigger token, or null when it shows none (the act is reported as done). */
export function treeFactuality(
  tree: SentenceTree,
  trigger: number,
  kind: EventKind,
  patterns: EventPatterns,
): Factuality | null {
  const cues = patterns.treeCues;
  // "agreed to elevate ... to a partnership": for some kinds the commitment is the act itself
  const performative = new Set((patterns.performative[kind] ?? []).map((cue) => cue.split(" ")[0]));
  const verb = verbOf(tree, trigger, cues.realizingVerbs);
  // "expressed no concern", "signed no agreement", "no agreements were signed": a negation on the trigger or on its object
  const objects = tree.children[trigger].filter((c) => OBJECT_RELS.has(tree.tokens[c].deprel));
  if ([trigger, ...objects].some((t) => tree.children[t].some((c) => isNegation(tree, c, patterns)))) return "negated";
  // "left without signing", "talks without a ceasefire"
  if ([...cues.negatingMarks].some((mark) => hasMark(tree, trigger, mark))) return "negated";
  if (isPrevented(tree, trigger, cues.preventingGovernors)) return "negated";
  if (isHeadlineInfinitive(tree, verb)) return "intended";
  // a charge's content is alleged; but a violation the speaker charges is the accusation itself, said ("accused
  // Azerbaijan of violating the ceasefire" is Armenia's criticism, not a doubtful one)
  const charges = kind !== "criticize";
  const governed = (at: number) => governedFactuality(tree, at, at, patterns, performative, charges);
  const phrase = nounFactuality(tree, trigger, patterns, governed);
  if (phrase) return phrase;
  const clause = governedFactuality(tree, verb, trigger, patterns, performative, charges);
  if (clause) return clause;
  const outer = verb === trigger ? verbOverModifiedNoun(tree, trigger) : -1;
  const planned = outer >= 0 ? governedFactuality(tree, outer, trigger, patterns, performative, charges) : null;
  if (planned === "intended" || planned === "uncertain") return planned;
  const past = PAST_TAGS.has(tree.tokens[verb].xpos) && tree.tokens[verb].deprel !== "amod";
  if (patterns.defaultIntended.has(kind)) return past || happening(tree, trigger, verb, cues) ? "occurred" : "intended";
  if (past) return "occurred";
  return patterns.intendedTriggerWords.has(tree.tokens[trigger].text.toLowerCase()) ? "intended" : null;
}

/**
 * For a kind that is a plan by default: "Japan is working with Korea", "have cooperated", "already cooperate",
 * "holds joint exercises" show it going on or done.
 */
function happening(tree: SentenceTree, trigger: number, verb: number, cues: EventPatterns["treeCues"]): boolean {
  if (isOngoing(tree, verb) || PAST_TAGS.has(tree.tokens[trigger].xpos)) return true;
  if (verb !== trigger && cues.occurredVerbs.has(tree.keys[verb][0])) return true;
  return [trigger, verb].some((at) =>
    tree.children[at].some((c) => tree.tokens[c].deprel === "advmod" && cues.occurredAdverbs.has(tree.keys[c][0])),
  );
}

/**
 * What the verb's clause and the clauses above it make of the act: a negation reaching it, a doubt, a modal, a
 * plan or a performative governing it; null when nothing.
 */
function governedFactuality(
  tree: SentenceTree,
  verb: number,
  trigger: number,
  patterns: EventPatterns,
  performative: Set<string>,
  charges: boolean,
): Factuality | null {
  const cues = patterns.treeCues;
  let at = verb;
  let via = "";
  for (let climb = 0, step = 0; climb <= MAX_CLIMB && step <= 2 * MAX_CLIMB; step++) {
    if (wishedByAnother(tree, at, cues.wishingGovernors)) return "uncertain";
    const own = clauseFactuality(tree, at, climb === 0 || SHARING_RELS.has(via), patterns);
    if (own === "negated" || own === "uncertain") return own;
    const token = tree.tokens[at];
    // "denied reports that Putin would meet Zelensky": what the report says would happen is in doubt (its "that"
    // is read as a mark or, as if the clause were relative, as a pronoun)
    if (isHearsay(tree, at, cues.hearsayNouns)) return "uncertain";
    if (own) return own;
    // "pledged $500 million in assistance", "set a date for a meeting", "proposed talks": the noun of a
    // promising or planning verb is still to come
    const nounsVerb = at === verb && at !== trigger;
    // "offered condolences", "extended congratulations": for some kinds the offer is the act itself
    if (nounsVerb && performative.has(tree.tokens[at].text.toLowerCase())) return "occurred";
    if (nounsVerb && patterns.intendedTriggerWords.has(tree.tokens[at].text.toLowerCase())) return "intended";
    if (nounsVerb && cues.planningVerbs.has(tree.keys[at][0])) return "intended";
    if (isPhrasalPlan(tree, at, cues.intendedPhrasalVerbs)) return "intended";
    // "are due to sign", read with "due to" as a preposition; "are to hold talks"
    if (isDueTo(tree, at) || isBeTo(tree, at)) return "intended";
    if (token.head < 0) return null;
    // "will continue and enhance its assistance": a conjunct without its own subject or auxiliary is the first's
    // clause; not a relative clause's, which only describes ("who was reportedly invited by Y, held talks")
    if (token.deprel === "conj" && !hasOwnClause(tree, at) && tree.tokens[token.head].deprel !== "acl:relcl") {
      via = "conj";
      at = token.head;
      continue;
    }
    // "the decision of Seoul to resume talks": an infinitive under a noun of intent climbs to that noun; "time to
    // prepare to meet X", read as a purpose clause, climbs to "prepare"
    const infinitive = (token.deprel === "acl" || token.deprel.startsWith("advcl")) && hasToMark(tree, at);
    // "accused Ukraine of attacking its border posts": the charge is alleged, not reported as done
    if (charges && isCharge(tree, at, cues.allegingGovernors)) return "uncertain";
    if (!COMPLEMENT_RELS.has(token.deprel) && !infinitive) return null;
    // a "to" infinitive is controlled like a complement ("did not agree to meet", read as a purpose clause)
    via = infinitive ? "xcomp" : token.deprel;
    at = token.head;
    climb++;
    const said = governorFactuality(tree, at, patterns, performative);
    if (!said) continue;
    // "did not agree to meet", "reportedly agreed to meet": the governor's own negation or doubt comes first
    const governor = clauseFactuality(tree, at, SHARING_RELS.has(via), patterns);
    return governor === "negated" || governor === "uncertain" ? governor : said;
  }
  return null;
}

/** An adverbial clause marked "of" or "for" under a verb of alleging. */
function isCharge(tree: SentenceTree, at: number, alleging: Set<string>): boolean {
  const { deprel, head } = tree.tokens[at];
  if (head < 0 || !deprel.startsWith("advcl") || !alleging.has(tree.keys[head][0])) return false;
  return tree.children[at].some((c) => tree.tokens[c].deprel === "mark" && CHARGE_MARKS.has(tree.keys[c][0]));
}

const CHARGE_MARKS = new Set(["of", "for"]);

/** What a governing verb or noun makes of the act under it ("refused to", "is said to", "plans to"); null when nothing. */
function governorFactuality(
  tree: SentenceTree,
  at: number,
  patterns: EventPatterns,
  performative: Set<string>,
): Factuality | null {
  const cues = patterns.treeCues;
  const lemma = tree.keys[at][0];
  if (performative.has(tree.tokens[at].text.toLowerCase())) return "occurred";
  if (cues.negatingGovernors.has(lemma)) return "negated";
  if (cues.uncertainGovernors.has(lemma) || (cues.hearsayGovernors.has(lemma) && isPassive(tree, at)))
    return "uncertain";
  return isGoingTo(tree, at) || cues.intendedGovernors.has(lemma) ? "intended" : null;
}

/**
 * What one clause's own words make of its act: a negation (where it reaches the act), a doubting adverb, a
 * condition, a modal, a purpose; null when nothing.
 */
function clauseFactuality(tree: SentenceTree, at: number, negationReaches: boolean, patterns: EventPatterns) {
  const cues = patterns.treeCues;
  let said: Factuality | null = null;
  for (const c of tree.children[at]) {
    const rel = tree.tokens[c].deprel;
    const lemma = tree.keys[c][0];
    if (negationReaches && isNegation(tree, c, patterns)) return "negated";
    if (said === "uncertain") continue;
    if (rel === "advmod" && cues.uncertainAdverbs.has(lemma)) said = "uncertain";
    else if (rel === "mark" && cues.conditionalMarks.has(lemma)) said = "uncertain";
    else if (rel === "aux" && cues.uncertainModals.has(lemma)) said = "uncertain";
    else if (rel === "aux" && cues.intendedModals.has(lemma)) said = "intended";
    else if (rel === "mark" && cues.purposeMarks.has(lemma)) said = "intended";
  }
  return said;
}

/**
 * "Germany hopes that Russia will withdraw", "wants Iran to stop enriching": a clause under a verb of wishing
 * whose actor is not the wisher (a named subject of its own, or the wishing verb's object) is only wished for.
 * "hopes that it will sign", "wants to join" are the wisher's own intent.
 */
function wishedByAnother(tree: SentenceTree, clause: number, wishing: Set<string>): boolean {
  const { head, deprel } = tree.tokens[clause];
  if (head < 0 || !COMPLEMENT_RELS.has(deprel) || !wishing.has(tree.keys[head][0])) return false;
  const subject = tree.children[clause].find((c) => /^nsubj/.test(tree.tokens[c].deprel));
  if (subject !== undefined) return tree.tokens[subject].upos !== "PRON";
  return deprel === "xcomp" && tree.children[head].some((c) => OBJECT_RELS.has(tree.tokens[c].deprel));
}

/** A "that" clause under a noun of hearsay ("reports that", "rumours that"). */
function isHearsay(tree: SentenceTree, verb: number, nouns: Set<string>): boolean {
  const { head, deprel } = tree.tokens[verb];
  if (head < 0 || !/^(?:acl|ccomp)/.test(deprel) || !nouns.has(tree.keys[head][0])) return false;
  return tree.children[verb].some((c) => c < verb && tree.keys[c][0] === "that");
}

/** A conjunct verb with its own subject or auxiliary ("and is currently working with Y") is a clause of its own. */
function hasOwnClause(tree: SentenceTree, verb: number): boolean {
  return tree.children[verb].some((c) => /^(?:aux|nsubj)/.test(tree.tokens[c].deprel));
}

function isPassive(tree: SentenceTree, verb: number): boolean {
  return tree.children[verb].some((c) => /^(?:aux:pass|nsubj:pass)$/.test(tree.tokens[c].deprel));
}

/** "looked forward to": a verb with the particle that makes it a plan (intended_phrasal_verbs). */
function isPhrasalPlan(tree: SentenceTree, verb: number, phrasal: Set<string>): boolean {
  return tree.children[verb].some(
    (c) =>
      /^(?:advmod|compound:prt)$/.test(tree.tokens[c].deprel) &&
      phrasal.has(`${tree.keys[verb][0]} ${tree.keys[c][0]}`),
  );
}

/** "is going to sign": "go" in the progressive over an infinitive. */
function isGoingTo(tree: SentenceTree, verb: number): boolean {
  return tree.keys[verb][0] === "go" && tree.tokens[verb].xpos === "VBG";
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

/**
 * The trigger itself, or for a noun the verb it is the argument of (through an amount: "$5 million in aid"),
 * or the verb that realises it as its subject ("the meeting did not take place").
 */
function verbOf(tree: SentenceTree, trigger: number, realizing: Set<string>): number {
  let at = phraseHead(tree, trigger);
  const { head, deprel } = tree.tokens[at];
  if (deprel === "nsubj" && head >= 0 && realizing.has(tree.keys[head][0])) return head;
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

const NEGATION_RELS = new Set(["advmod", "det", "cc", "cc:preconj"]);

/** "not", "no", "never", "nor": but "not only ... but also" adds, it does not deny. */
function isNegation(tree: SentenceTree, c: number, patterns: EventPatterns): boolean {
  if (!NEGATION_RELS.has(tree.tokens[c].deprel) || !patterns.treeCues.negations.has(tree.keys[c][0])) return false;
  return tree.keys[c + 1]?.[0] !== "only";
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

/**
 * "Peru and Chile are to hold talks": a "to" infinitive with "be" as its copula or auxiliary; not the predicate
 * of a noun ("the main goal is to restore Syria's integrity", an outer subject), which states an aim now held.
 */
function isBeTo(tree: SentenceTree, verb: number): boolean {
  if (!hasToMark(tree, verb) || tree.children[verb].some((c) => tree.tokens[c].deprel === "nsubj:outer")) return false;
  return tree.children[verb].some(
    (c) => /^(?:cop|aux)$/.test(tree.tokens[c].deprel) && tree.keys[c][0] === "be" && c < verb,
  );
}

/** A "to" that marks a verb with a tense ("follows", "signed") is a preposition read as a mark, not an infinitive. */
function hasToMark(tree: SentenceTree, verb: number): boolean {
  if (FINITE_XPOS.has(tree.tokens[verb].xpos)) return false;
  return tree.children[verb].some((c) => tree.tokens[c].deprel === "mark" && tree.keys[c][0] === "to");
}
