// An event's parties from the dependency tree: the dictionary entry's role slots (subject or "by" agent,
// object, the named preposition's object, possessor, speaker; conjuncts share the role) give phrase heads
// (src/analyze/dictionary/role-slots.ts), and each head's phrase (its compound and flat name parts,
// demonym modifiers, possessor, appositive and "of" phrase: "the President of Russia") is mapped to the
// Doc's actor mentions by character offsets.
import type { ParsedToken } from "../parse/index.ts";
import { phraseKey } from "../text/tokens.ts";
import { inSentence } from "./by-sentence.ts";
import { loadDictionaryIndex } from "./dictionary/index.ts";
import { passiveParticiple as isPassiveParticiple, slotHeads, slotTokens } from "./dictionary/role-slots.ts";
import { caseMarker, firstWord, lastWord, type SentenceTree, throughQuantities } from "./dictionary/sentence-tree.ts";
import type { TriggerFrame } from "./event-frames.ts";
import type { ActorMention } from "./event-roles.ts";
import { type EventSentence, otherOfPair } from "./event-sentence.ts";
import type { TriggerHit } from "./event-triggers.ts";

export interface TreeParties {
  source: string[];
  target: string[];
  /** Symmetric and mutual entries: every party, on both sides. */
  both: string[];
  /** A party slot holds a phrase that names no actor ("talks between the United States and the Taliban"). */
  partnerUnnamed: boolean;
  /** Every named party is a partner of one "with" phrase ("the move was coordinated with A, B and C"). */
  oneSide: boolean;
}

/** Relations inside one noun phrase that may carry its actor ("Chinese President Xi", "Egypt's minister"). */
const PHRASE_RELS = new Set(["compound", "flat", "flat:name", "amod", "nmod:poss", "appos", "det", "nummod"]);
/** Modifiers of a noun trigger that name its parties: "the China-Syria partnership", "Chinese aid". */
const TRIGGER_MODIFIER_RELS = new Set(["compound", "amod"]);
const MAX_DEPTH = 3;
const OF_MARKERS = new Set(["of", "between"]);
/** "with five countries, including Nepal and Bhutan", "states such as Qatar": the list names the phrase's actors. */
const INCLUDING_MARKERS = new Set(["including", "include", "such", "like", "notably", "especially"]);
const PLACE_MARKERS = new Set(["in", "from"]);

/** Officials whose phrase does not already name whom they serve ("NATO officials in Vilnius" serve NATO). */
function unnamedOfficials(tree: SentenceTree, head: number): boolean {
  if (!OFFICIAL_NOUNS.has(tree.tokens[head].lemma.toLowerCase())) return false;
  return !tree.children[head].some(
    (c) => /^(?:compound|amod|nmod:poss)$/.test(tree.tokens[c].deprel) && /^\p{Lu}/u.test(tree.tokens[c].text),
  );
}
/** People who act for a state, named by where they serve. */
const OFFICIAL_NOUNS = new Set(
  "official leader authority counterpart minister diplomat representative delegation envoy government".split(" "),
);
/** Nouns of a group of states whose "including" list names them ("a company including Chinese investors" is none). */
const STATE_GROUP_NOUNS = new Set(
  "country nation state government member neighbour neighbor partner ally economy power leader democracy regime capital".split(
    " ",
  ),
);
const NAME_RELS = new Set(["compound", "flat", "flat:name"]);
const BORDER_HEADS = new Set(["border", "frontier", "boundary"]);

export function treeParties(context: EventSentence, hit: TriggerHit, frame: TriggerFrame): TreeParties {
  // a place that is the object of an act stands for its country ("cut ties to Tehran", "arrived in Hangzhou")
  // troops sent "near the Polish border" are deployed against Poland
  const targetActors = hit.kind === "mobilize" ? [...context.withPlaces, ...context.borders] : context.withPlaces;
  const actorsOf = (heads: number[], actors: ActorMention[]) =>
    unique(heads.flatMap((h) => orDemonym(context, hit.tree, h, headActors(hit.tree, h, actors))));
  const slots = slotTokens(
    hit.tokens,
    hit.match,
    hit.tree,
    (h, side) => actorsOf([h], side === "target" ? targetActors : context.plain).length > 0,
  );
  const out = {
    source: actorsOf(slots.source, context.plain),
    target: actorsOf(slots.target, targetActors),
    both: actorsOf(slots.both, context.plain),
    partnerUnnamed: slots.both.some((h) => actorsOf([h], context.plain).length === 0),
    oneSide: false,
  };
  // a protest no state's name places is the state's where the crowd gathers ("burned French flags in Niamey");
  // armed men are no crowd ("militants stormed the consulate in Benghazi")
  if (out.source.length === 0 && hit.kind === "protest" && !crowdIsArmed(hit)) {
    const placed = slotTokens(hit.tokens, hit.match, hit.tree, (h) => actorsOf([h], targetActors).length > 0);
    out.source = actorsOf(placed.source, targetActors);
    // "Protesters in Dhaka burned Indian flags": the crowd's own "in" phrase places it
    if (out.source.length === 0) out.source = actorsOf(crowdPlaces(hit.tree, placed.source), targetActors);
  }
  const joiners = hit.kind === "join" ? [] : newMembers(context, hit.tree, slots.target);
  if (joiners.length) out.target = joiners;
  if (out.target.length === 0) out.target = anaphoricTarget(context, hit.tree, slots.target);
  if (out.target.length === 0) out.target = seizureOfPower(context, hit.tree, slots.target);
  if (out.source.length === 0) out.source = commandersOf(context, hit.tree, slots.source);
  const modifiers = triggerModifiers(hit, context.plain);
  if (frame.name === "symmetric") {
    const named = slots.both.filter((h) => actorsOf([h], context.plain).length > 0);
    out.oneSide =
      modifiers.length === 0 &&
      out.both.length > 1 &&
      named.length > 0 &&
      named.every((h) => inWithPhrase(hit.tree, h));
    out.both = withClauseSubject(context, hit, slots.both, unique([...out.both, ...modifiers]));
    if (out.both.length === 0) out.both = clauseGroup(context, hit);
  } else if (out.source.length === 0 && (modifiers.length === 1 || coordinatedModifiers(hit))) out.source = modifiers;
  if (out.target.length === 0) out.target = invadedOfPair(context, hit, out.source);
  if (out.source.length === 0 && out.target.length === 0) passiveParticiple(context, hit, out);
  if (out.target.length === 0 && hit.kind === "visit") out.target = visitHere(context, hit.tree, hit.match.trigger);
  // a speaker slot the tree cannot reach ("Pompeo said of the deal that this is a remarkable achievement"):
  // the sentence's speaker, found by its attribution verb
  if (out.source.length === 0 && hit.entry.roles.source.includes("speaker") && context.speaker)
    out.source = [context.speaker.actor];
  return out;
}

/** The head of a "with" phrase, or a conjunct of one ("with Australia, Britain and Canada"). */
function inWithPhrase(tree: SentenceTree, head: number): boolean {
  let i = head;
  while (tree.tokens[i].deprel === "conj" && tree.tokens[i].head >= 0) i = tree.tokens[i].head;
  return caseMarker(tree, i) === "with";
}

/** The actors of a slot head's phrase: the head's own mention, else those of its modifiers. */
function headActors(tree: SentenceTree, head: number, actors: ActorMention[]): string[] {
  // several actors over one word are a group ("We" of a joint statement, "the two countries")
  const own = actorsOver(tree.tokens, [head], actors);
  // "Saudi Arabia, Egypt and several Arab nations": a list the parser read as appositions
  const appositions = tree.children[head].filter(
    (c) => tree.tokens[c].deprel === "appos" && !afterPlacePhrase(tree, head, c),
  );
  if (own.length) return unique([...own, ...actorsOver(tree.tokens, appositions, actors)]);
  // "condemned the killing of its citizens by US border agents": an act's "by" agent is whom the phrase names,
  // before its victims (an act noun: one the dictionary reads; "citizens by the United States" is a misparse)
  if (loadDictionaryIndex().index.roots.has(tree.keys[head][0]))
    for (const c of tree.children[head]) {
      if (tree.tokens[c].deprel !== "nmod" || caseMarker(tree, c) !== "by") continue;
      const agents = actorsOver(tree.tokens, phraseTokens(tree, c, 0, true), actors);
      if (agents.length) return agents;
    }
  // "their Gulf neighbor, Qatar": a possessor names the phrase's actor only when nothing else does ("Egypt's minister")
  const named = actorsOver(tree.tokens, phraseTokens(tree, head, 0, false), actors);
  if (named.length) return named;
  const owned = actorsOver(tree.tokens, phraseTokens(tree, head, 0, true), actors);
  return owned.length ? owned : titledPerson(tree, head, actors);
}

const MAX_TITLE_DEPTH = 8;

/**
 * "Assistant Secretary of State for African Affairs Molly Phee will travel": a capitalised title parsed as the
 * head, with the official's name inside one of its phrases; the person named in the title's own words.
 */
function titledPerson(tree: SentenceTree, head: number, actors: ActorMention[]): string[] {
  const t = tree.tokens[head];
  if (t.upos !== "PROPN" && t.upos !== "NOUN") return [];
  if (!/^\p{Lu}/u.test(t.text)) return [];

  const inside = (i: number) => {
    for (let at = i, step = 0; at >= 0 && step < MAX_TITLE_DEPTH; step++, at = tree.tokens[at].head)
      if (at === head) return true;
    return false;
  };
  const span = { start: tree.tokens[head].start, end: tree.tokens[head].end };
  for (
    let i = head + 1;
    i < tree.tokens.length && inside(i) && /^\p{Lu}|^(?:of|for|and)$/u.test(tree.tokens[i].text);
    i++
  )
    span.end = tree.tokens[i].end;

  const people = actors.filter(
    (a) => a.mention.kind === "person" && a.mention.start > span.start && a.mention.end <= span.end,
  );
  return unique(people.map((a) => a.actor));
}

/** Armed or political groups that act for no state whatever their demonym ("the Russian rebels", "Kurdish militants"). */
const ARMED_GROUPS = new Set(
  "rebel rebels militant militants insurgent insurgents separatist separatists guerrilla guerrillas fighters militia militias jihadists extremists gunmen opposition dissidents".split(
    " ",
  ),
);

/**
 * "Iranian protesters", "Yemeni demonstrators": a phrase no mention covers is still its demonym's state when
 * the head is a group of people acting for it (a demonym the mentions stage leaves to nouns of office).
 */
/**
 * The "in" phrases of the subject heads ("protesters in Dhaka", "students in Seoul"), or of the verb they are
 * the subject of ("students gathered in Seoul in protest").
 */
function crowdPlaces(tree: SentenceTree, heads: number[]): number[] {
  const inPhrases = (h: number, rel: string) =>
    tree.children[h].filter((c) => tree.tokens[c].deprel === rel && caseMarker(tree, c) === "in");
  const own = heads.flatMap((h) => inPhrases(h, "nmod"));
  if (own.length > 0) return own;
  return heads.flatMap((h) => {
    const t = tree.tokens[h];
    return t.deprel === "nsubj" && t.head >= 0 && tree.tokens[t.head].upos === "VERB" ? inPhrases(t.head, "obl") : [];
  });
}

function crowdIsArmed(hit: TriggerHit): boolean {
  return slotHeads(hit.tree, hit.match.trigger, "subj").some((h) => isArmedGroup(hit.tree, h));
}

function isArmedGroup(tree: SentenceTree, head: number): boolean {
  return ARMED_GROUPS.has(tree.tokens[head].text.toLowerCase());
}

function orDemonym(context: EventSentence, tree: SentenceTree, phraseHead: number, found: string[]): string[] {
  // "deported hundreds of Egyptian workers": the people a quantity counts
  const head = throughQuantities(tree, [phraseHead])[0];
  if (found.length || isArmedGroup(tree, head)) return found;
  for (const c of tree.children[head]) {
    if (tree.tokens[c].deprel !== "amod" || !/^\p{Lu}/u.test(tree.tokens[c].text)) continue;
    // "Latin American leaders": a demonym inside a longer capitalised name is not the state's
    const before = tree.tokens[c - 1];
    if (before && /^\p{Lu}/u.test(before.text) && (before.head === c || before.head === head)) continue;
    const state = context.knowledge.phrases
      .get(phraseKey(tree.tokens[c].text))
      ?.find((candidate) => candidate.type === "country" && candidate.via === "demonym");
    if (state) return [state.id];
  }
  return found;
}

function phraseTokens(tree: SentenceTree, head: number, depth: number, possessors: boolean, top = true): number[] {
  const out = [head];
  if (depth >= MAX_DEPTH) return out;
  for (const c of tree.children[head]) {
    const rel = tree.tokens[c].deprel;
    if (rel === "nmod:poss" && !possessors) continue;
    // "the President of Russia", "relations between Oman and Iran"
    const marker = caseMarker(tree, c) ?? "";
    const ofPhrase =
      rel === "nmod" &&
      (OF_MARKERS.has(marker) ||
        // "its border with Armenia": the border names the state across it
        (marker === "with" && BORDER_HEADS.has(tree.tokens[head].lemma.toLowerCase())) ||
        (c > head && INCLUDING_MARKERS.has(marker) && STATE_GROUP_NOUNS.has(tree.tokens[head].lemma.toLowerCase())) ||
        // "consulting with senior officials in Benin", "leaders from Chad and Niger": where the officials serve
        (c > head && PLACE_MARKERS.has(marker) && unnamedOfficials(tree, head)));
    // a conjunct of a word inside the phrase ("U.S. and UK accusations"), not of the slot's head (a party of its own)
    const conjunctOfPhrase = rel === "conj" && !top;
    if (rel === "appos" && afterPlacePhrase(tree, head, c)) continue;
    // a name's own parts add no depth ("Secretary of Foreign Affairs of the Philippines")
    const step = NAME_RELS.has(rel) ? 0 : 1;
    if (PHRASE_RELS.has(rel) || ofPhrase || conjunctOfPhrase)
      out.push(...phraseTokens(tree, c, depth + step, possessors, false));
  }
  const across = adjacentPhrase(tree, head);
  if (across !== undefined) out.push(...phraseTokens(tree, across, depth + 1, possessors, false));
  return out;
}

/**
 * A phrase the parser hung on the word above that starts right where the head's phrase ends and belongs to it:
 * "deployed units along its border with South Korea" ("with South Korea" on "units"), "consulting with senior
 * officials in Benin, Senegal and Togo" ("in Benin" on the verb).
 */
function adjacentPhrase(tree: SentenceTree, head: number): number | undefined {
  const { head: parent } = tree.tokens[head];
  if (parent < 0) return undefined;
  const lemma = tree.tokens[head].lemma.toLowerCase();
  const markers = BORDER_HEADS.has(lemma) ? WITH_MARKER : unnamedOfficials(tree, head) ? PLACE_MARKERS : undefined;
  if (!markers) return undefined;
  const next = lastWord(tree, head) + 1;
  return tree.children[parent].find(
    (c) =>
      c !== head &&
      /^(?:nmod|obl)/.test(tree.tokens[c].deprel) &&
      markers.has(caseMarker(tree, c) ?? "") &&
      firstWord(tree, c) === next,
  );
}

const WITH_MARKER = new Set(["with"]);

/**
 * "del Rosario, Secretary of Foreign Affairs, in Beijing, the People's Republic of China": an appositive right
 * after a prepositional phrase of the same head renames that phrase's object (the parser hung it on the person).
 */
function afterPlacePhrase(tree: SentenceTree, head: number, appos: number): boolean {
  const before = tree.children[head].filter((c) => c < appos && !["punct", "det"].includes(tree.tokens[c].deprel));
  const previous = before[before.length - 1];
  return previous !== undefined && /^(?:nmod|obl)/.test(tree.tokens[previous].deprel) && !!caseMarker(tree, previous);
}

function actorsOver(tokens: readonly ParsedToken[], indexes: number[], actors: ActorMention[]): string[] {
  const out: string[] = [];
  for (const a of actors)
    if (indexes.some((i) => a.mention.start < tokens[i].end && a.mention.end > tokens[i].start)) out.push(a.actor);
  return unique(out);
}

function triggerModifiers(hit: TriggerHit, actors: ActorMention[]): string[] {
  const token = hit.tokens[hit.match.trigger];
  if (token.upos !== "NOUN" && token.upos !== "PROPN") return [];
  const { tree } = hit;
  const trigger = hit.match.trigger;
  // "the Japan-China ministers' meeting": a name before the noun without a preposition modifies it, also when
  // the parser made it the noun's subject (a noun has one only as a predicate, with a copula)
  const copula = tree.children[trigger].some((c) => tree.tokens[c].deprel === "cop");
  const prenominal = (c: number) =>
    c < trigger &&
    (tree.tokens[c].deprel === "nmod" || (tree.tokens[c].deprel === "nsubj" && !copula)) &&
    !caseMarker(tree, c);
  const modifiers = tree.children[trigger].filter(
    (c) => (TRIGGER_MODIFIER_RELS.has(tree.tokens[c].deprel) || prenominal(c)) && !hit.match.phrase.includes(c),
  );
  // "Japan-China" read as a name with a flat part: both words
  const parts = [...modifiers];
  for (let k = 0; k < parts.length; k++)
    // ..."U.S. and UK accusations": a modifier's conjuncts modify it too
    parts.push(
      ...tree.children[parts[k]].filter(
        (g) => NAME_RELS.has(tree.tokens[g].deprel) || tree.tokens[g].deprel === "conj",
      ),
    );
  return actorsOver(hit.tokens, parts, actors);
}

/** "U.S. and UK accusations": the noun's one modifier with its conjuncts (not "the China-Syria partnership"). */
function coordinatedModifiers(hit: TriggerHit): boolean {
  const { tree } = hit;
  const modifiers = tree.children[hit.match.trigger].filter((c) => TRIGGER_MODIFIER_RELS.has(tree.tokens[c].deprel));
  return modifiers.length === 1 && tree.children[modifiers[0]].some((c) => tree.tokens[c].deprel === "conj");
}

/**
 * "Britain expelled two Russian diplomats accused of spying": a participle modifying a noun has that noun
 * as its object, and the subject of the verb that governs the noun as its agent.
 */
function passiveParticiple(context: EventSentence, hit: TriggerHit, out: TreeParties): void {
  const { tree } = hit;
  if (!isPassiveParticiple(tree, hit.match.trigger)) return;
  const noun = tree.tokens[hit.match.trigger].head;
  const governor = tree.tokens[noun].head;
  if (governor < 0) return;
  const subjects = tree.children[governor].filter((c) => tree.tokens[c].deprel === "nsubj");
  out.target = headActors(tree, noun, context.plain);
  out.source = unique(subjects.flatMap((s) => headActors(tree, s, context.plain)));
}

/**
 * "OSAKA - Xi is here for a state visit": a visit placed "here" (on the trigger or the word it hangs from)
 * is to the state of the dateline's place.
 */
function visitHere(context: EventSentence, tree: SentenceTree, trigger: number): string[] {
  const country = context.doc.datelinePlace?.country;
  if (!country) return [];
  const head = tree.tokens[trigger].head;
  const near = [trigger, ...(head >= 0 ? [head] : [])];
  const here = near.some((i) => tree.keys[i][0] === "here" || tree.children[i].some((c) => tree.keys[c][0] === "here"));
  return here ? [country] : [];
}

/** Relations a noun climbs to reach the verb of its clause ("reaffirmed the significance of the cooperation"). */
const CLIMB_RELS = new Set(["obj", "obl", "nmod", "xcomp", "nsubj:pass"]);

/**
 * "The three leaders reaffirmed the significance of the trilateral cooperation", "India and Australia recognise
 * the importance of global cooperation": a joint noun that names no party of its own is the joint act of its
 * clause's subject, when that subject names two parties or more.
 */
function clauseGroup(context: EventSentence, hit: TriggerHit): string[] {
  const group = clauseSubjects(context, hit);
  return group.length >= 2 ? group : [];
}

/** The actors of the subject of the verb a noun trigger climbs to (none for a verb trigger). */
function clauseSubjects(context: EventSentence, hit: TriggerHit): string[] {
  const { tree } = hit;
  const token = tree.tokens[hit.match.trigger];
  if (token.upos !== "NOUN" && token.upos !== "PROPN") return [];
  let i = hit.match.trigger;
  for (let step = 0; step < 3 && CLIMB_RELS.has(tree.tokens[i].deprel) && tree.tokens[i].head >= 0; step++) {
    i = tree.tokens[i].head;
    if (tree.tokens[i].upos !== "VERB") continue;
    const subjects = tree.children[i].filter((c) => tree.tokens[c].deprel === "nsubj");
    const heads = subjects.flatMap((s) => [s, ...tree.children[s].filter((c) => tree.tokens[c].deprel === "conj")]);
    return unique(heads.flatMap((h) => headActors(tree, h, context.plain)));
  }
  return [];
}

/**
 * "Russia sent paratroopers near the border for joint drills with Belarus": a joint noun whose one named party is
 * its "with" partner is the act of its clause's subject with that partner.
 */
function withClauseSubject(context: EventSentence, hit: TriggerHit, slots: number[], both: string[]): string[] {
  const named = slots.filter((h) => headActors(hit.tree, h, context.plain).length > 0);
  if (both.length !== 1 || named.length === 0 || !named.every((h) => inWithPhrase(hit.tree, h))) return both;
  const subjects = clauseSubjects(context, hit).filter((a) => !both.includes(a));
  return subjects.length ? [...subjects, ...both] : both;
}

const MEMBER_NOUNS = new Set(["member", "ally"]);
const NEW_WORDS = new Set(["new", "newest", "latest"]);

/**
 * "NATO welcomed the alliance's newest members": the new members are the states whose joining the article has
 * just reported (the last join event up to this sentence).
 */
function newMembers(context: EventSentence, tree: SentenceTree, heads: number[]): string[] {
  const named = heads.some(
    (h) =>
      MEMBER_NOUNS.has(tree.keys[h][0]) &&
      tree.children[h].some((c) => tree.tokens[c].deprel === "amod" && NEW_WORDS.has(tree.keys[c][0])),
  );
  if (!named) return [];
  const joins = context.doc.events.filter((e) => e.kind === "join" && e.sentence <= context.sentence.index);
  return joins.length ? joins[joins.length - 1].source : [];
}

/** Verbs whose object carries out the act they command ("instructed the Secretary of State to launch a review"). */
const COMMAND_VERBS = new Set(["instruct", "order", "direct", "task", "command", "authorize", "authorise", "charge"]);

/**
 * "The President instructed the Secretary of State to launch a review": an official the text names by a bare
 * title acts for whoever commanded the act (the commander's state), when the title names no state itself.
 */
function commandersOf(context: EventSentence, tree: SentenceTree, heads: number[]): string[] {
  for (const h of heads) {
    const { deprel, head: verb } = tree.tokens[h];
    if (deprel !== "obj" || verb < 0 || !COMMAND_VERBS.has(tree.keys[verb][0])) continue;
    const commanders = slotHeads(tree, verb, "subj");
    const actors = unique(commanders.flatMap((c) => headActors(tree, c, context.plain)));
    if (actors.length) return actors;
  }
  return [];
}

/** Nouns that, with "the" or "this", stand for the act just reported ("welcomed the move"). */
const ACT_NOUNS = new Set(["move", "decision", "step", "announcement", "measure", "initiative"]);

/**
 * "Sudan agreed to normalise relations with Israel. The United States welcomed the decision.": a target that
 * is the act just reported is whoever did it, the source of the last event of the sentence before.
 */
function anaphoricTarget(context: EventSentence, tree: SentenceTree, heads: number[]): string[] {
  const anaphor = heads.some(
    (h) =>
      ACT_NOUNS.has(tree.keys[h][0]) &&
      tree.children[h].length === 1 &&
      ["the", "this", "that"].includes(tree.keys[tree.children[h][0]][0]),
  );
  if (!anaphor) return [];
  const previous = context.doc.events.filter((e) => e.sentence === context.sentence.index - 1);
  return previous.length ? previous[previous.length - 1].source : [];
}

/** Nouns of a war waged on another state, which names its invader and leaves the invaded to the story. */
const INVASION_NOUNS = new Set(["invasion", "occupation", "aggression"]);

/**
 * "people released over the course of the Russian invasion", in an article about Russia and Ukraine: an invasion
 * with no "of" phrase falls on the other state of the article's pair.
 */
function invadedOfPair(context: EventSentence, hit: TriggerHit, source: string[]): string[] {
  if (source.length !== 1 || !INVASION_NOUNS.has(hit.tree.keys[hit.match.trigger][0])) return [];
  const other = otherOfPair(context, source[0]);
  return other ? [other] : [];
}

/** Nouns of a seizure of power, which happens in a state and falls on it. */
const COUP_NOUNS = new Set(["coup", "takeover", "putsch", "junta", "overthrow", "ouster"]);

/**
 * "Soldiers seized power in Niger. The African Union condemned the military takeover.": a coup is the state
 * it happens in, named by its own "in" phrase, else by the one state the sentence before names.
 */
function seizureOfPower(context: EventSentence, tree: SentenceTree, heads: number[]): string[] {
  const coup = heads.find((h) => COUP_NOUNS.has(tree.keys[h][0]));
  if (coup === undefined) return [];
  const places = tree.children[coup].filter((c) => caseMarker(tree, c) === "in");
  const named = unique(places.flatMap((p) => headActors(tree, p, context.withPlaces)));
  if (named.length) return named;
  const before = inSentence(context.doc.mentions, context.sentence.index - 1).filter(
    (m) => m.kind === "country" && m.actor,
  );
  const states = unique(before.map((m) => m.actor as string));
  return states.length === 1 ? states : [];
}

function unique(actors: string[]): string[] {
  return [...new Set(actors)];
}

/**
 * "Foreign Minister Peters held discussions in Jakarta": a meeting placed ("in") in a state's capital, the
 * capital named as such in the knowledge base; the host state it stands for, or undefined.
 */
export function hostCapital(context: EventSentence, hit: TriggerHit): string | undefined {
  const { tree } = hit;
  const trigger = hit.match.trigger;
  // "in" on the trigger or its object; not on a party ("our Ambassador in Moscow")
  const hosts = [trigger, ...tree.children[trigger].filter((c) => tree.tokens[c].deprel === "obj")];
  const phrases = hosts.flatMap((h) => tree.children[h].filter((c) => caseMarker(tree, c) === "in"));
  for (const head of phrases.filter((c) => /^(?:obl|nmod)/.test(tree.tokens[c].deprel))) {
    const words = [head, ...tree.children[head].filter((c) => NAME_RELS.has(tree.tokens[c].deprel))].sort(
      (a, b) => a - b,
    );
    const text = words.map((i) => tree.tokens[i].text).join(" ");
    const capital = context.knowledge.phrases
      .get(phraseKey(text))
      ?.find((candidate) => candidate.type === "country" && candidate.via === "capital" && !candidate.ambiguous);
    if (capital) return capital.id;
  }
  return undefined;
}
