// Matches one parsed sentence against the lemma-indexed event dictionary. Each token starts at most a
// few trie walks (its lemma, then contiguous lemmas for phrases); the entries it pulls are checked on
// the tree: the object is the trigger's obj/nsubj:pass child, a prepositional phrase an obl/nmod child
// of the trigger or of its object with that case marker. Among one trigger's entries the higher-priority
// file, then the longest phrase, then the most specific wins. No regular expressions: the
// work is linear in the sentence's length. API for the events stage: matchDictionary(tokens, index).
import type { DictionaryEntry, TermAlternative } from "../../knowledge/event-dictionary.ts";
import type { ParsedToken } from "../../parse/index.ts";
import type { LemmaIndex, TrieNode } from "./lemma-index.ts";
import {
  CLAUSE_RELS,
  caseMarker,
  childrenWith,
  hasCaseMarker,
  hasKey,
  isConditionClause,
  isPrepPhrase,
  NOT_PARTICLE_RELS,
  prepHosts,
  REFINED_OBJECT_RELS,
  refinedObjects,
  type SentenceTree,
  sentenceTree,
  sharedPhrases,
  subjectChildren,
} from "./sentence-tree.ts";

export interface DictionaryMatch {
  entry: DictionaryEntry;
  /** Index of the trigger token: the phrase token whose head lies outside the phrase. */
  trigger: number;
  /** The phrase's tokens, in order. */
  phrase: number[];
  /** Every token the match used: phrase, object, prepositions and their objects, particle, subject. */
  tokens: number[];
  /** The object token that satisfied an object refinement, if any. */
  object?: number;
  /** The entry's specificity plus the modifiers of the object alternative that matched. */
  specificity: number;
}

const VERB_TAGS = new Set(["VERB"]);
const DIRECT_OBJECT = new Set(["obj"]);
const CONJUNCT = new Set(["conj"]);
const NOUN_TAGS = new Set(["NOUN", "PROPN"]);

/** Counts the entries checked, for tests and benches of the index. */
export interface MatchStats {
  tried: number;
}

/** Every trigger's best match, in token order; a trigger whose best entry has kind null gives none. */
export function matchDictionary(
  tokens: readonly ParsedToken[],
  index: LemmaIndex,
  stats?: MatchStats,
  tree: SentenceTree = sentenceTree(tokens, index.aliases),
): DictionaryMatch[] {
  const best = new Map<number, DictionaryMatch>();
  for (let i = 0; i < tokens.length; i++)
    for (const key of tree.keys[i]) walk(tree, index.roots.get(key), i, best, stats);
  return [...best.values()].filter((m) => m.entry.kind !== null).sort((a, b) => a.trigger - b.trigger);
}

/** Follows the trie from token `start` along contiguous tokens, trying the entries at each node. */
function walk(
  tree: SentenceTree,
  first: TrieNode | undefined,
  start: number,
  best: Map<number, DictionaryMatch>,
  stats: MatchStats | undefined,
): void {
  let node = first;
  let end = start;
  while (node) {
    const phrase = range(start, end);
    const trigger = phraseHead(tree, phrase);
    for (const entry of candidates(tree, node, trigger)) {
      if (stats) stats.tried += 1;
      const used = check(tree, entry, trigger, phrase);
      if (used)
        keepBetter(best, {
          entry,
          trigger,
          phrase,
          tokens: [...phrase, ...used.tokens],
          object: used.object,
          specificity: entry.specificity + used.modifiers,
        });
    }
    end += 1;
    if (end >= tree.tokens.length) return;
    const current: TrieNode = node;
    node = undefined;
    for (const key of tree.keys[end]) {
      node = current.next.get(key);
      if (node) break;
    }
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * The phrase token whose head is outside the phrase ("strike" in "air strike"); else the first. A noun phrase
 * the parser split ("in connection with rights abuses against ...", "rights" under "connection" and "abuses"
 * read as a verb) is headed by its last word, as English compounds are; a phrasal verb by its verb ("calls on").
 */
function phraseHead(tree: SentenceTree, phrase: number[]): number {
  if (phrase.length === 1) return phrase[0];
  const inside = new Set(phrase);
  const outside = phrase.filter((i) => !inside.has(tree.tokens[i].head));
  if (outside.length === 0) return phrase[0];
  const last = outside[outside.length - 1];
  const compound = NOMINAL_MODIFIERS.has(tree.tokens[phrase[0]].upos) && !PARTICLES.has(tree.tokens[last].upos);
  return compound ? last : outside[0];
}

/** The first word of a noun compound ("rights abuse", "air strike"), not of a phrasal verb ("walk out"). */
const NOMINAL_MODIFIERS = new Set(["NOUN", "PROPN", "ADJ"]);
/** A phrase's last word that is no compound's head ("calls on" tagged as a noun and a preposition). */
const PARTICLES = new Set(["ADP", "ADV", "PART"]);

/** Entries the trigger's own children can satisfy: plain ones, and those filed under a child's key. */
function candidates(tree: SentenceTree, node: TrieNode, trigger: number): DictionaryEntry[] {
  const out = [...node.plain];
  const add = (list: DictionaryEntry[] | undefined) => {
    if (list) for (const e of list) out.push(e);
  };
  const objects = new Set(refinedObjects(tree, trigger));
  for (const c of [...tree.children[trigger], ...objects]) {
    const rel = tree.tokens[c].deprel;
    if (objects.has(c) || REFINED_OBJECT_RELS.has(rel)) {
      for (const k of tree.keys[c]) add(node.byObject.get(k));
      for (const t of titleTokens(tree, c)) for (const k of tree.keys[t]) add(node.byObject.get(k));
      for (const g of tree.children[c]) if (isPrepPhrase(tree.tokens[g].deprel)) add(byCase(tree, node, g));
    } else if (isConditionClause(tree, c) || rel === "advcl") add(byCase(tree, node, c));
    else if (isPrepPhrase(rel)) {
      add(byCase(tree, node, c));
      for (const k of tree.keys[c]) add(node.byObject.get(k)); // a phrasal verb's object parsed as a phrase
      for (const g of tree.children[c]) if (isPrepPhrase(tree.tokens[g].deprel)) add(byCase(tree, node, g));
    }
  }
  for (const c of sharedPhrases(tree, trigger)) add(byCase(tree, node, c));
  for (const c of particleTokens(tree, trigger)) for (const k of tree.keys[c]) add(node.byParticle.get(k));
  for (const s of subjectChildren(tree, trigger)) for (const k of tree.keys[s]) add(node.bySubject.get(k));
  return out;
}

function byCase(tree: SentenceTree, node: TrieNode, phraseHeadToken: number): DictionaryEntry[] | undefined {
  const marker = caseMarker(tree, phraseHeadToken);
  return marker ? node.byCase.get(marker) : undefined;
}

/** Checks every refinement of `entry` on the tree; returns the tokens used, or null when one fails. */
function check(
  tree: SentenceTree,
  entry: DictionaryEntry,
  trigger: number,
  phrase: readonly number[] = [trigger],
): { tokens: number[]; object?: number; modifiers: number } | null {
  if (!posFits(tree, entry, trigger)) return null;
  const tokens: number[] = [];
  const objects = refinedObjects(tree, trigger);
  // "handed over a note" parsed with "over" as the note's preposition: the phrase's last word marks the object
  for (const p of phrase)
    if (p !== trigger && tree.tokens[p].deprel === "case" && tree.tokens[tree.tokens[p].head]?.head === trigger)
      objects.push(tree.tokens[p].head);
  // "shrugged off the sanctions" parsed as a phrase: the particle's phrase is the object
  if (entry.particle && entry.object) objects.push(...particlePhrases(tree, trigger, entry.particle));
  if (entry.clause !== undefined) {
    const clauses = governedClauses(tree, trigger, objects);
    if (entry.clause !== clauses.length > 0) return null;
    const heads = entry.clauseHead;
    if (heads && !clauses.some((c) => heads.some((alt) => termFits(tree, c, alt)))) return null;
  }
  let object: number | undefined;
  // a class's multi-word member ("high commissioner") must not lend its modifiers to the other members
  let modifiers = 0;
  if (entry.object) {
    for (const o of objects) {
      const fitting = entry.object.filter((alt) => termFits(tree, o, alt) || titleFits(tree, o, alt));
      if (fitting.length === 0) continue;
      object = o;
      modifiers = Math.max(...fitting.map((alt) => alt.with.length));
      break;
    }
    if (object === undefined) return null;
    tokens.push(object);
  }
  for (const prep of entry.preps) {
    const hosts = prepHosts(tree, trigger, object !== undefined ? [object] : objects);
    const found = findPrep(tree, hosts, prep.case, prep.object) ?? findShared(tree, trigger, prep.case, prep.object);
    if (found === undefined) return null;
    tokens.push(found);
  }
  if (entry.particle) {
    const alternatives = entry.particle;
    const p = particleTokens(tree, trigger).find((c) => alternatives.some((alt) => termFits(tree, c, alt)));
    if (p === undefined) return null;
    tokens.push(p);
  }
  if (entry.subject) {
    const alternatives = entry.subject;
    const s = subjectChildren(tree, trigger).find((c) => alternatives.some((alt) => termFits(tree, c, alt)));
    if (s === undefined) return null;
    tokens.push(s);
  }
  return { tokens, object, modifiers };
}

/**
 * Words that may be the trigger's particle or modifier: its children (not arguments or punctuation),
 * and the first case marker of its prepositional phrases ("walked out of the summit" parses "out" there).
 */
function particleTokens(tree: SentenceTree, trigger: number): number[] {
  const out: number[] = [];
  for (const c of tree.children[trigger]) {
    if (!NOT_PARTICLE_RELS.has(tree.tokens[c].deprel)) out.push(c);
    if (isPrepPhrase(tree.tokens[c].deprel)) {
      const marker = tree.children[c].find((g) => tree.tokens[g].deprel === "case");
      if (marker !== undefined && marker < c) out.push(marker);
    }
  }
  return out;
}

function particlePhrases(tree: SentenceTree, trigger: number, particle: TermAlternative[]): number[] {
  return tree.children[trigger].filter((c) => {
    if (!isPrepPhrase(tree.tokens[c].deprel)) return false;
    const marker = tree.children[c].find((g) => tree.tokens[g].deprel === "case");
    return marker !== undefined && particle.some((alt) => hasKey(tree, marker, alt.head));
  });
}

/** The trigger's xcomp/ccomp heads, or a to-infinitive on it or its object ("invited the president to visit", "a loan to build"). */
function governedClauses(tree: SentenceTree, trigger: number, objects: readonly number[]): number[] {
  const clauses = childrenWith(tree, trigger, CLAUSE_RELS);
  if (clauses.length > 0) return clauses;
  // "gave the ambassador 48 hours to leave": after two objects (or an object and its conjunct: "gave
  // diplomats 72 hours") the parser hangs the infinitive as an advcl
  const direct = childrenWith(tree, trigger, DIRECT_OBJECT);
  const second = direct.length > 1 || direct.some((o) => childrenWith(tree, o, CONJUNCT).length > 0);
  const infinitives = second ? toInfinitives(tree, trigger, "advcl") : [];
  if (infinitives.length > 0) return infinitives;
  return [trigger, ...objects].flatMap((o) =>
    tree.children[o].filter(
      (c) => tree.tokens[c].deprel === "acl" && tree.children[c].some((g) => tree.keys[g][0] === "to"),
    ),
  );
}

function posFits(tree: SentenceTree, entry: DictionaryEntry, trigger: number): boolean {
  if (entry.pos === "any") return true;
  const tags = entry.pos === "verb" ? VERB_TAGS : NOUN_TAGS;
  return tags.has(tree.tokens[trigger].upos);
}

/** The token's lemma is the alternative's head and every `with` lemma is one of its children. */
function termFits(tree: SentenceTree, i: number, alt: TermAlternative): boolean {
  if (!hasKey(tree, i, alt.head)) return false;
  return alt.with.every((w) =>
    tree.children[i].some((c) => hasKey(tree, c, w) || tree.children[c].some((g) => hasKey(tree, g, w))),
  );
}

/** A phrase the trigger shares with the conjunct it hangs from ("rights and Russia's war in Ukraine"). */
function findShared(
  tree: SentenceTree,
  trigger: number,
  marker: string,
  object: TermAlternative[] | undefined,
): number | undefined {
  return sharedPhrases(tree, trigger).find(
    (c) => hasCaseMarker(tree, c, marker) && (!object || object.some((alt) => termFits(tree, c, alt))),
  );
}

/**
 * "hosted Lao President Thongloun Sisoulith", "expelled Ambassador John Smith": a person's name names what its
 * title before it says (the title hangs from the name as a descriptive or compound modifier).
 */
function titleFits(tree: SentenceTree, i: number, alt: TermAlternative): boolean {
  return titleTokens(tree, i).some((t) => termFits(tree, t, alt));
}

/** The title words before a name: its own, or those of its parts ("Thongloun" as a compound of "Sisoulith"). */
function titleTokens(tree: SentenceTree, i: number): number[] {
  if (tree.tokens[i].upos !== "PROPN") return [];
  const parts = [i, ...tree.children[i].filter((c) => c < i && isNamePart(tree, c))];
  return parts.flatMap((n) => tree.children[n].filter((c) => c < n && TITLE_RELS.has(tree.tokens[c].deprel)));
}

function isNamePart(tree: SentenceTree, i: number): boolean {
  return tree.tokens[i].upos === "PROPN" && (tree.tokens[i].deprel === "compound" || tree.tokens[i].deprel === "flat");
}

const TITLE_RELS = new Set(["nmod:desc", "compound"]);

/** "as NATO's 31st ally" parsed with the ordinal as head: the noun under an adjective, number or ordinal head. */
function modifierHeadFits(tree: SentenceTree, i: number, alt: TermAlternative): boolean {
  const { upos, text } = tree.tokens[i];
  if (upos !== "ADJ" && upos !== "NUM" && !ORDINAL.test(text)) return false;
  return tree.children[i].some((c) => c > i && termFits(tree, c, alt));
}

/** "31st", "2nd": an ordinal in digits, which the tagger may read as a noun ("as NATO's 32nd Ally"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/** A prepositional phrase under one of `hosts` with case marker `marker` (and a fitting object). */
function findPrep(
  tree: SentenceTree,
  hosts: number[],
  marker: string,
  object: TermAlternative[] | undefined,
): number | undefined {
  for (const h of hosts)
    for (const c of tree.children[h]) {
      // "to ambassador level" read as an infinitive (acl with mark "to") is still a "to" phrase
      // "retaliate if Britain imposes sanctions": a condition clause is a phrase with its marker
      // "warned Ukraine against escalating": a clause with a preposition as its marker is a phrase too
      const rel = tree.tokens[c].deprel;
      const phrase = isPrepPhrase(rel) || rel === "acl" || rel === "advcl" || isConditionClause(tree, c);
      if (!phrase || caseMarker(tree, c) !== marker) continue;
      if (!object || object.some((alt) => termFits(tree, c, alt) || modifierHeadFits(tree, c, alt))) return c;
    }
  return undefined;
}

function keepBetter(best: Map<number, DictionaryMatch>, match: DictionaryMatch): void {
  const current = best.get(match.trigger);
  if (!current || better(match, current)) best.set(match.trigger, match);
}

/** The higher-priority file first (dyad's curated entries over the converted CAMEO ones), then the longer phrase, then the more specific entry. */
function better(a: DictionaryMatch, b: DictionaryMatch): boolean {
  if (a.entry.priority !== b.entry.priority) return a.entry.priority > b.entry.priority;
  if (a.phrase.length !== b.phrase.length) return a.phrase.length > b.phrase.length;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return a.entry.order < b.entry.order;
}

function toInfinitives(tree: SentenceTree, head: number, rel: string): number[] {
  return tree.children[head].filter(
    (c) => tree.tokens[c].deprel === rel && tree.children[c].some((g) => tree.keys[g][0] === "to" && g < c),
  );
}
