// The tokens that fill a match's role slots, read from the tree: subj is the subject (the "by" agent
// in the passive, the controller for an xcomp, the first conjunct's subject for a conjoined verb, the
// antecedent of a relative pronoun; for a noun its possessor, "by" phrase or light verb's subject),
// obj the object (the passive subject), prep:X a phrase with case marker X under the trigger, its
// object, or a light verb. Each slot gives phrase heads plus their conjuncts; the events stage
// resolves heads to actors. API: slotTokens(tokens, match) -> { source, target, both }.
import type { Slot } from "../../knowledge/event-dictionary-schema.ts";
import type { ParsedToken } from "../../parse/index.ts";
import type { DictionaryMatch } from "./match-dictionary.ts";
import {
  caseMarker,
  childrenWith,
  conditionClauses,
  hasCaseMarker,
  isPassive,
  isPrepPhrase,
  OBJECT_RELS,
  prepHosts,
  purposeOrMannerOf,
  REFINED_OBJECT_RELS,
  type SentenceTree,
  sentenceTree,
  sharedPhrases,
  throughQuantities,
} from "./sentence-tree.ts";

export interface SlotTokens {
  source: number[];
  target: number[];
  /** Symmetric entries: every party found, on both sides. */
  both: number[];
}

const RELATIVE = new Set(["who", "which", "that"]);
/** Verbs whose "to" clause is their subject's purpose, whoever their object is. */
const SUMMONING = new Set(["summon", "convoke"]);
/** Prepositions of a phrase that places the act in time by another act ("before his meeting with X"). */
const TIME_MARKERS = new Set(["before", "after", "during", "following", "since", "until", "ahead"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
const LIGHT_VERB_RELS = new Set(["obj", "nsubj:pass", "xcomp"]);
/** Verbs whose object noun names the act ("held talks", "paid a visit", "expressed support"). */
const LIGHT_VERBS = new Set(
  "hold have make pay give express voice offer announce launch conduct carry sign reach lodge issue take deliver extend send convey raise impose order begin start continue resume stage mount file repeat reiterate renew level".split(
    " ",
  ),
);

/**
 * `names`, where the caller can tell, says whether a head's phrase names a party: a source or target slot that
 * fills but names none gives way to the next slot that does ("attacked militant leaders in Doha": the object
 * names no state, the "in" phrase does); with none named, the first slot that fills.
 */
export function slotTokens(
  tokens: readonly ParsedToken[],
  match: DictionaryMatch,
  tree = sentenceTree(tokens),
  names?: (head: number, side: "source" | "target") => boolean,
): SlotTokens {
  const roles = match.entry.roles;
  // a word of the trigger phrase is never its own party ("rights" in "human rights abuses")
  const rawHeads = (slot: Slot) =>
    unique(slotHeads(tree, match.trigger, slot).filter((t) => !match.phrase.includes(t)));
  const first = (slots: readonly Slot[], side: "source" | "target") => {
    let filled: number[] = [];
    for (const slot of slots) {
      const heads = withConjuncts(tree, firstNamingPhrase(slot, rawHeads(slot), side, names));
      if (heads.length === 0) continue;
      if (!names || heads.some((h) => names(h, side))) return heads;
      if (filled.length === 0) filled = heads;
    }
    return filled;
  };
  const every = (slots: readonly Slot[]) => {
    const out: number[] = [];
    for (const slot of slots)
      for (const t of slotHeads(tree, match.trigger, slot))
        if (!out.includes(t) && !match.phrase.includes(t)) out.push(t);
    return withConjuncts(tree, out);
  };
  return {
    source: first(roles.source, "source"),
    target: first(roles.target, "target"),
    both: every(roles.both ?? []),
  };
}

/**
 * "took aim at Russia at the United Nations", "sanctions on Iran on Monday": of two phrases with the same
 * preposition, the first that names a party is the role; a later one places the act (its conjuncts still share
 * the role: "on Iran and on Syria").
 */
function firstNamingPhrase(
  slot: Slot,
  heads: number[],
  side: "source" | "target",
  names?: (head: number, side: "source" | "target") => boolean,
): number[] {
  if (!names || heads.length < 2 || !slot.startsWith("prep:")) return heads;
  const named = [...heads].sort((a, b) => a - b).find((h) => names(h, side));
  return named === undefined ? heads : [named];
}

function unique(heads: number[]): number[] {
  return [...new Set(heads)];
}

export function slotHeads(tree: SentenceTree, trigger: number, slot: Slot): number[] {
  if (slot === "subj") return subjectOf(tree, trigger, 0);
  if (slot === "obj") return objectOf(tree, trigger);
  if (slot === "iobj") return childrenWith(tree, trigger, new Set(["iobj"]));
  if (slot === "poss") return possessors(tree, trigger);
  if (slot === "speaker") return speakerOf(tree, trigger);
  if (slot === "clause_subj") return clauseSubjects(tree, trigger);
  if (slot === "act_target") return actTargets(tree, trigger);
  if (slot === "governor_subj") return governorSubjects(tree, trigger);
  if (slot === "host") return hostSubjects(tree, trigger);
  if (slot === "thanker") return thankers(tree, trigger);
  if (slot === "trip_subj") {
    const predicate = tripPredicate(tree, trigger);
    return predicate === undefined ? [] : subjectOf(tree, predicate, 1);
  }
  if (slot === "trip_place") return tripPlaces(tree, trigger);
  if (slot === "condition_subj") return conditionClauses(tree, trigger).flatMap((c) => conditionSubjects(tree, c));
  if (slot === "condition") return conditionParties(tree, trigger);
  return prepObjects(tree, trigger, slot.slice("prep:".length));
}

const ACT_MARKERS = ["with", "on", "against", "to"];

/**
 * "will stop oil production if it cannot resolve its dispute with the World Bank": whom the condition names,
 * its subject, its object and their with/on/against/to phrases.
 */
function conditionParties(tree: SentenceTree, trigger: number): number[] {
  return conditionClauses(tree, trigger).flatMap((c) => [
    ...childrenWith(tree, c, new Set(["nsubj", "nsubj:pass"])),
    ...objectOf(tree, c),
    ...ACT_MARKERS.flatMap((marker) => prepObjects(tree, c, marker)),
  ]);
}

/** The subject of a condition clause; in "if Pakistan attacks" read as a noun, the name before the noun. */
function conditionSubjects(tree: SentenceTree, clause: number): number[] {
  const subjects = childrenWith(tree, clause, new Set(["nsubj", "nsubj:pass"]));
  if (subjects.length > 0 || tree.tokens[clause].upos !== "NOUN") return subjects;
  return childrenWith(tree, clause, new Set(["compound"])).filter((c) => tree.tokens[c].upos === "PROPN");
}

/** "Riyadh received the visiting Egyptian president": for a participle before a noun, the subject of the verb whose object that noun is. */
function hostSubjects(tree: SentenceTree, trigger: number): number[] {
  const t = tree.tokens[trigger];
  if (t.deprel !== "amod" || t.xpos !== "VBG" || t.head < 0) return [];
  return governorSubjects(tree, t.head);
}

/**
 * "expressed his gratitude for the assistance from Japan", "is grateful for the aid": for a noun in the "for"
 * phrase of another word, who does that word (its agent, or its verb's subject): the one who thanks.
 */
function thankers(tree: SentenceTree, trigger: number): number[] {
  const t = tree.tokens[trigger];
  if (!NOMINAL.has(t.upos) || t.head < 0 || caseMarker(tree, trigger) !== "for") return [];
  const h = tree.tokens[t.head];
  return NOMINAL.has(h.upos) ? nounAgent(tree, t.head, 1) : subjectOf(tree, t.head, 1);
}

/** "Russia received an ultimatum from Britain": the subject of the verb whose object the noun trigger is. */
function governorSubjects(tree: SentenceTree, trigger: number): number[] {
  const t = tree.tokens[trigger];
  if (!NOMINAL.has(t.upos) || t.head < 0 || !OBJECT_RELS.has(t.deprel)) return [];
  return subjectOf(tree, t.head, 1);
}

/** For a noun in an "on" phrase ("is in the Maldives on a three-day visit"), the word it hangs from. */
function tripPredicate(tree: SentenceTree, trigger: number): number | undefined {
  const t = tree.tokens[trigger];
  if (!NOMINAL.has(t.upos) || t.head < 0 || !/^(?:obl|nmod)/.test(t.deprel) || caseMarker(tree, trigger) !== "on")
    return undefined;
  return t.head;
}

/**
 * The place of that predicate: the predicate itself when it is a copula's "in" phrase ("is in the Maldives"),
 * else its own "in" or "to" phrases ("arrived in Hanoi on a visit").
 */
function tripPlaces(tree: SentenceTree, trigger: number): number[] {
  const at = tripPredicate(tree, trigger);
  if (at === undefined) return [];
  if (TRIP_MARKERS.has(caseMarker(tree, at) ?? "")) return [at];
  return tree.children[at].filter(
    (c) => c !== trigger && /^(?:obl|nmod)/.test(tree.tokens[c].deprel) && TRIP_MARKERS.has(caseMarker(tree, c) ?? ""),
  );
}

const TRIP_MARKERS = new Set(["in", "to"]);

/**
 * "demanded that Russia withdraw": the subject of the trigger's complement clause; for a noun its "that"
 * clause too ("her accusations that Russia poisoned him", "Poland's demand that Germany pay").
 */
function clauseSubjects(tree: SentenceTree, trigger: number): number[] {
  const noun = NOMINAL.has(tree.tokens[trigger].upos);
  const clauses = tree.children[trigger].filter((c) => {
    const rel = tree.tokens[c].deprel;
    if (rel === "ccomp") return true;
    if (!noun || !["acl", "appos"].includes(rel)) return false;
    return tree.children[c].some((m) => tree.keys[m][0] === "that" && m < c);
  });
  return clauses.flatMap((c) =>
    childrenWith(tree, c, new Set(["nsubj", "nsubj:pass"])).filter((s) => !RELATIVE.has(tree.keys[s][0])),
  );
}

/** "a threat to end its treaty with Eritrea", "threatened to attack Ukraine": whom the infinitive's act falls on. */
function actTargets(tree: SentenceTree, trigger: number): number[] {
  const infinitives = tree.children[trigger].filter(
    (c) =>
      ["xcomp", "acl", "advcl"].includes(tree.tokens[c].deprel) &&
      tree.children[c].some((m) => tree.tokens[m].deprel === "mark" && tree.keys[m][0] === "to"),
  );
  return infinitives.flatMap((c) => {
    const objects = objectOf(tree, c);
    return [
      ...objects,
      ...ACT_MARKERS.flatMap((marker) => prepObjects(tree, c, marker)),
      ...describedBy(tree, objects),
    ];
  });
}

/**
 * "to terminate the agreement that ended the war with Eritrea": an object named only by the relative clause
 * that describes it falls on whom that clause's act falls on (its object's with/on/against/to phrases).
 */
function describedBy(tree: SentenceTree, objects: number[]): number[] {
  const clauses = objects.flatMap((o) => childrenWith(tree, o, new Set(["acl:relcl", "acl"])));
  return clauses.flatMap((c) => [
    ...ACT_MARKERS.flatMap((marker) => prepObjects(tree, c, marker)),
    ...objectOf(tree, c).filter((o) => !objects.includes(o)),
  ]);
}

function subjectOf(tree: SentenceTree, i: number, depth: number): number[] {
  if (depth > 4) return [];
  const t = tree.tokens[i];
  const joined = joinedIn(tree, i);
  if (joined.length > 0) return joined;
  if (t.upos === "NOUN" || t.upos === "PROPN") return nounAgent(tree, i, depth);
  if (isPassive(tree, i) || agentParticiple(tree, i)) return prepObjects(tree, i, "by");
  const all = childrenWith(tree, i, new Set(["nsubj"]));
  // "Sudan, which he accuses": beside another subject, the relative pronoun is the object
  const subjects = all.length > 1 ? all.filter((s) => !RELATIVE.has(tree.keys[s][0])) : all;
  if (subjects.length > 0) {
    const s = subjects[0];
    // "the country that attacked": the relative pronoun stands for the noun the clause modifies
    if (RELATIVE.has(tree.keys[s][0]) && t.deprel.startsWith("acl") && t.head >= 0) return [t.head];
    // "backed Maduro, who has vowed to cut ties": a relative clause the parser hung on the main verb
    // still stands for the name before its comma, not for the main clause's subject
    const antecedent = commaAntecedent(tree, s);
    if (antecedent !== undefined) return [antecedent];
    return subjects;
  }
  if (t.head < 0) return lostSubject(tree, i);
  // "Somalia's bid to join the EAC", "Togo's proposal to hold talks": the noun's own agent does the act
  if (t.deprel === "acl" && tree.children[i].some((c) => tree.tokens[c].deprel === "mark" && tree.keys[c][0] === "to"))
    return nounAgent(tree, t.head, depth + 1);
  // "welcoming The Gambia re-joining the Commonwealth": a present participle modifying a noun has it as subject
  // ...or the noun right before it, when the parser hung both on a noun before ("concerns about Chad sealing")
  if (t.deprel === "acl" && t.xpos === "VBG") {
    const before = i - 1;
    const noun = before > t.head && tree.tokens[before].head === t.head && NOMINAL.has(tree.tokens[before].upos);
    return [noun ? before : t.head];
  }
  // "the visiting Egyptian president": a present participle before a noun has it as subject
  if (t.deprel === "amod" && t.xpos === "VBG" && NOMINAL.has(tree.tokens[t.head].upos)) return [t.head];
  // "welcoming The Gambia re-joining the Commonwealth": a gerund right after its head's object has it as subject
  if (t.deprel.startsWith("advcl") && t.xpos === "VBG") {
    const object = objectOf(tree, t.head).find((o) => o === i - 1 || tree.children[o].includes(i - 1));
    if (object !== undefined) return [object];
    // "praised Kiribati for cutting ties", "accused Ukraine of attacking": the gerund of a reason or charge
    // right after the object is the object's act
    const reason = tree.children[i].find((c) => c === i - 1 && REASON_MARKS.has(tree.keys[c][0]));
    if (reason !== undefined) {
      const named = objectOf(tree, t.head).find((o) => lastOf(tree, o) === reason - 1);
      if (named !== undefined) return [named];
    }
  }
  // "summoned the envoy to lodge a protest": the purpose is the summoner's, not the summoned envoy's
  if (t.deprel === "xcomp" && SUMMONING.has(tree.keys[t.head][0])) return subjectOf(tree, t.head, depth + 1);
  if (t.deprel === "xcomp") {
    const controller = objectOf(tree, t.head);
    return controller.length > 0 ? controller : subjectOf(tree, t.head, depth + 1);
  }
  if (t.deprel === "conj" || t.deprel.startsWith("advcl") || t.deprel === "ccomp")
    return subjectOf(tree, t.head, depth + 1);
  return [];
}

const REASON_MARKS = new Set(["for", "of"]);

/**
 * "Britain joined the United States in imposing sanctions", "Canada joined Australia in condemning the attack":
 * the act of an "in" phrase or clause under "join" is done by whoever joined and whom they joined.
 */
function joinedIn(tree: SentenceTree, i: number): number[] {
  const t = tree.tokens[i];
  if (t.head < 0 || tree.keys[t.head][0] !== "join") return [];
  const marker = tree.children[i].find(
    (c) => ["case", "mark"].includes(tree.tokens[c].deprel) && tree.keys[c][0] === "in",
  );
  if (marker === undefined) return [];
  const subjects = subjectOf(tree, t.head, 1);
  return subjects.length > 0 ? [...subjects, ...childrenWith(tree, t.head, OBJECT_RELS)] : [];
}

/**
 * "On Monday, for approximately 15 minutes, Mr. Abe, Prime Minister of Japan, held a meeting": a main verb
 * without a subject whose opening phrase ends, right before it, in an appositive the parser hung on that
 * phrase ("minutes"): the appositive is the subject.
 */
function lostSubject(tree: SentenceTree, verb: number): number[] {
  if (tree.tokens[verb].upos !== "VERB") return [];
  const openers = tree.children[verb].filter((c) => c < verb && /^(?:obl|advcl)/.test(tree.tokens[c].deprel));
  // the opening phrase and the phrases under it ("commencing at 4 p.m. for 15 minutes, Mr. Abe, ...")
  for (let k = 0; k < openers.length && k < 12; k++) {
    for (const c of tree.children[openers[k]]) {
      if (tree.tokens[c].deprel === "appos" && NOMINAL.has(tree.tokens[c].upos)) {
        const between = tree.tokens.slice(lastOf(tree, c) + 1, verb);
        if (between.every((b) => b.upos === "PUNCT")) return [c];
      } else if (/^(?:obl|nmod)/.test(tree.tokens[c].deprel)) openers.push(c);
    }
  }
  return [];
}

/** The last token of a word's subtree. */
function lastOf(tree: SentenceTree, i: number): number {
  let last = i;
  for (const c of tree.children[i]) last = Math.max(last, lastOf(tree, c));
  return last;
}

/** Whoever says the clause that holds the trigger: the subject of the nearest governing verb above it. */
function speakerOf(tree: SentenceTree, trigger: number): number[] {
  let i = trigger;
  for (let depth = 0; depth < 6 && tree.tokens[i].head >= 0; depth++) {
    const rel = tree.tokens[i].deprel;
    i = tree.tokens[i].head;
    if (rel === "ccomp" || rel === "parataxis" || rel.startsWith("advcl") || rel === "xcomp") {
      const subjects = subjectOf(tree, i, 0);
      if (subjects.length > 0) return subjects;
    }
  }
  return [];
}

/** A noun trigger's agent: "France's condemnation", "a visit by Japan", "France held talks". */
/**
 * The noun's possessor; "announced their withdrawal from ECOWAS": a possessive pronoun on a light verb's object
 * stands for that verb's subject, as in nounAgent.
 */
function possessors(tree: SentenceTree, noun: number): number[] {
  const poss = childrenWith(tree, noun, new Set(["nmod:poss"]));
  const t = tree.tokens[noun];
  if (poss.length === 0 || tree.tokens[poss[0]].upos !== "PRON" || t.head < 0) return poss;
  if (!LIGHT_VERB_RELS.has(t.deprel) || !isLightVerb(tree, t.head, noun)) return poss;
  const subjects = subjectOf(tree, t.head, 1);
  return subjects.length > 0 ? subjects : poss;
}

function nounAgent(tree: SentenceTree, i: number, depth: number): number[] {
  const t = tree.tokens[i];
  const light = t.head >= 0 && LIGHT_VERB_RELS.has(t.deprel) && isLightVerb(tree, t.head, i);
  const poss = childrenWith(tree, i, new Set(["nmod:poss", "nsubj"]));
  // "Spain expressed its support": a possessive pronoun stands for the light verb's subject
  if (poss.length > 0 && !(light && tree.tokens[poss[0]].upos === "PRON")) return poss;
  const by = prepObjects(tree, i, "by");
  if (by.length > 0) return by;
  // ...for the trigger noun's own act only: a clause under "a Gibraltar-led operation to ..." may be another's
  const led = depth === 0 ? ledBy(tree, i) : [];
  if (led.length > 0) return led;
  if (light) return subjectOf(tree, t.head, depth + 1);
  // "rallied in protest", "expelled two diplomats in retaliation": the verb's subject does the act
  if (poss.length === 0 && purposeOrMannerOf(tree, i)) return subjectOf(tree, t.head, depth + 1);
  // "Indonesia is the largest country ... and an influential leader": a conjoined predicate shares the subject
  if (poss.length === 0 && t.deprel === "conj" && t.head >= 0) return childrenWith(tree, t.head, new Set(["nsubj"]));
  return poss;
}

/** "the US-led airstrikes", "a Saudi-led offensive": the name before "-led" leads the act. */
function ledBy(tree: SentenceTree, noun: number): number[] {
  const led = tree.children[noun].find((c) => tree.tokens[c].deprel === "amod" && tree.keys[c][0] === "lead");
  if (led === undefined) return [];
  return tree.children[led].filter((c) => c < led && tree.tokens[c].upos === "PROPN");
}

/**
 * "deepen cooperation", "increased its aid": a verb that makes the act grow is done by those who do the act,
 * unless the noun names its own parties with "between" ("promote dialogue between Israel and the Palestinians").
 */
const GROWTH_VERBS = new Set(
  "deepen enhance expand strengthen increase boost intensify broaden develop advance elevate upgrade further improve accelerate bolster reinforce consolidate".split(
    " ",
  ),
);

/**
 * "held talks", "expressed support": the verb's subject does the noun's act. A host takes part in the
 * summit it hosts with others ("hosted a summit with Jordan"), not in talks it hosts between others.
 */
function isLightVerb(tree: SentenceTree, verb: number, noun: number): boolean {
  const key = tree.keys[verb][0];
  if (LIGHT_VERBS.has(key)) return true;
  if (GROWTH_VERBS.has(key)) return !tree.children[noun].some((c) => caseMarker(tree, c) === "between");
  return key === "host" && !tree.children[noun].some((c) => caseMarker(tree, c) === "between");
}

/** "diplomats accused of spying": a past participle modifying a noun ("guards detained a boat", with an object, is active). */
export function passiveParticiple(tree: SentenceTree, i: number): boolean {
  const t = tree.tokens[i];
  return t.deprel === "acl" && t.xpos === "VBN" && t.head >= 0 && childrenWith(tree, i, OBJECT_RELS).length === 0;
}

/**
 * "the regime, backed by Russia and Iran", "a deal signed by both": a participle with a "by" agent is a passive
 * whose object is the noun it modifies ("his counterpart travelled to Cairo", misread as a participle, has none).
 */
function agentParticiple(tree: SentenceTree, i: number): boolean {
  return passiveParticiple(tree, i) && tree.children[i].some((c) => caseMarker(tree, c) === "by");
}

/** "U.S. citizens detained in Russia": a participle placed "in" or "at" somewhere is a passive too. */
function placedParticiple(tree: SentenceTree, i: number): boolean {
  return passiveParticiple(tree, i) && tree.children[i].some((c) => ["in", "at"].includes(caseMarker(tree, c) ?? ""));
}

function objectOf(tree: SentenceTree, i: number): number[] {
  if (isPassive(tree, i)) return throughQuantities(tree, childrenWith(tree, i, new Set(["nsubj:pass"])));
  if (agentParticiple(tree, i) || placedParticiple(tree, i)) return [tree.tokens[i].head];
  const objects = throughQuantities(tree, childrenWith(tree, i, OBJECT_RELS));
  // "Sudan, which he accuses" (the pronoun read as a second subject, or as the object): the antecedent
  const t = tree.tokens[i];
  const subjects = childrenWith(tree, i, new Set(["nsubj"]));
  const relative = [...objects, ...(subjects.length > 1 ? subjects : [])].find((c) => RELATIVE.has(tree.keys[c][0]));
  if (relative !== undefined && t.deprel.startsWith("acl") && t.head >= 0)
    return [t.head, ...objects.filter((o) => o !== relative)];
  return objects;
}

const PARTY_MARKERS = new Set(["for", "with", "against", "by", "from"]);

/** Phrases with case marker `marker` under the trigger, its objects, or (for a noun) its light verb. */
function prepObjects(tree: SentenceTree, trigger: number, marker: string): number[] {
  const objects = childrenWith(tree, trigger, REFINED_OBJECT_RELS);
  // "a shipment of fuel from Romania": the phrases of a quantity noun and of what it counts
  const counted = throughQuantities(tree, objects).filter((o) => !objects.includes(o));
  const hosts = prepHosts(tree, trigger, [...objects, ...counted]);
  const t = tree.tokens[trigger];
  const noun = t.upos === "NOUN" || t.upos === "PROPN";
  if (noun && t.head >= 0 && LIGHT_VERB_RELS.has(t.deprel) && isLightVerb(tree, t.head, trigger)) hosts.push(t.head);
  const out: number[] = [];
  for (const h of hosts) {
    // "held just before his meeting with Rosario": a time phrase names another act, with partners of its own
    if (tree.tokens[h].head === trigger && TIME_MARKERS.has(caseMarker(tree, h) ?? "")) continue;
    for (const c of tree.children[h])
      if (isPrepPhrase(tree.tokens[c].deprel) && hasCaseMarker(tree, c, marker) && !out.includes(c)) out.push(c);
  }
  if (out.length === 0) out.push(...sharedPhrases(tree, trigger).filter((c) => hasCaseMarker(tree, c, marker)));
  // "gathered in protest at the decision" parsed with "at the decision" on the verb: the phrase right after the noun
  if (out.length === 0 && noun && purposeOrMannerOf(tree, trigger)) {
    const next = tree.children[t.head].find((c) => c > trigger && isPrepPhrase(tree.tokens[c].deprel));
    if (next !== undefined && hasCaseMarker(tree, next, marker)) out.push(next);
  }
  // "reserves the right to a response against India": the phrase of the object's own phrase; not of a phrase that
  // names a party of its own ("support for Russia's position on the crisis": "on" is the position's)
  if (out.length === 0 && !noun)
    for (const o of childrenWith(tree, trigger, OBJECT_RELS))
      for (const p of tree.children[o])
        if (isPrepPhrase(tree.tokens[p].deprel) && !PARTY_MARKERS.has(caseMarker(tree, p) ?? ""))
          out.push(
            ...tree.children[p].filter((c) => isPrepPhrase(tree.tokens[c].deprel) && hasCaseMarker(tree, c, marker)),
          );
  return out;
}

/** Adds the conjuncts of each head ("France and Germany"), following conj chains. */
function withConjuncts(tree: SentenceTree, heads: number[]): number[] {
  const out = [...heads];
  for (let k = 0; k < out.length; k++)
    for (const c of tree.children[out[k]]) if (tree.tokens[c].deprel === "conj" && !out.includes(c)) out.push(c);
  return out;
}

/** The name or noun right before ", who" / ", which", for a relative pronoun outside any acl clause. */
function commaAntecedent(tree: SentenceTree, pronoun: number): number | undefined {
  if (!RELATIVE.has(tree.keys[pronoun][0]) || tree.keys[pronoun][0] === "that" || pronoun < 2) return undefined;
  if (tree.tokens[pronoun - 1].text !== ",") return undefined;
  const before = pronoun - 2;
  const t = tree.tokens[before];
  return t.upos === "NOUN" || t.upos === "PROPN" ? before : undefined;
}
