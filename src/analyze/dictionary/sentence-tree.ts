// One sentence's dependency tree as child lists, built once per sentence (linear), so that every
// refinement and role look-up reads a token's children instead of scanning the sentence.
import type { ParsedToken } from "../../parse/index.ts";

export interface SentenceTree {
  tokens: readonly ParsedToken[];
  children: number[][];
  /** Lower-case lemma of each token (and its lower-case form where the lemma differs). */
  keys: string[][];
}

/**
 * The tree and each token's keys: its lower-case lemma, its lower-case form, the lemma an irregular
 * form stands for, and the regular stems of an inflected verb or noun ("rioted": riot, riote), for
 * words the lemmatizer does not know. Only keys the dictionary holds start anything.
 */
export function sentenceTree(tokens: readonly ParsedToken[], aliases?: ReadonlyMap<string, string>): SentenceTree {
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((t, i) => {
    if (t.head >= 0 && t.head < tokens.length && t.head !== i) children[t.head].push(i);
  });
  const keys = tokens.map((t) => {
    const form = t.text.toLowerCase();
    const out = [(t.lemma || t.text).toLowerCase(), form];
    const alias = aliases?.get(form);
    if (alias) out.push(alias);
    if (t.upos === "VERB" || t.upos === "NOUN") out.push(...regularStems(form));
    return [...new Set(out)];
  });
  return { tokens, children, keys };
}

/** Stems of a regular inflection: -s, -es, -ies, -ed, -ied, -ing, with a doubled consonant undone. */
export function regularStems(form: string): string[] {
  const out: string[] = [];
  const ending = (suffix: string) => form.length > suffix.length + 2 && form.endsWith(suffix);
  if (ending("ies") || ending("ied")) out.push(`${form.slice(0, -3)}y`);
  for (const suffix of ["ing", "ed"])
    if (ending(suffix)) {
      const base = form.slice(0, -suffix.length);
      out.push(base, `${base}e`);
      if (/([bdgklmnprt])\1$/.test(base)) out.push(base.slice(0, -1));
    }
  if (ending("es")) out.push(form.slice(0, -2));
  if (ending("s") && !form.endsWith("ss")) out.push(form.slice(0, -1));
  return out;
}

/** The token's lemma, form or stem equals `word` (dictionaries written with surface plurals still match). */
export function hasKey(tree: SentenceTree, i: number, word: string): boolean {
  return tree.keys[i].includes(word);
}

/** A party in the object slot: the object, or the subject of a passive. */
export const OBJECT_RELS = new Set(["obj", "nsubj:pass"]);
/** An object refinement also reads an open complement: "became a member", "vowed to retaliate". */
export const REFINED_OBJECT_RELS = new Set(["obj", "nsubj:pass", "xcomp"]);
export const CLAUSE_RELS = new Set(["xcomp", "ccomp"]);
const IOBJ = new Set(["iobj"]);
const PARTICIPLE_RELS = new Set(["amod", "acl"]);
const PASSIVE_AUX = new Set(["aux:pass"]);
const RAISED_SUBJECT_RELS = new Set(["nsubj", "nsubj:pass"]);

/**
 * The words an object refinement may read: the trigger's objects, and for a past participle modifying a
 * noun that noun ("the established relations", "diplomats expelled last week").
 */
export function refinedObjects(tree: SentenceTree, trigger: number): number[] {
  const out = throughQuantities(tree, childrenWith(tree, trigger, REFINED_OBJECT_RELS));
  const t = tree.tokens[trigger];
  if (t.xpos === "VBN" && t.head >= 0 && PARTICIPLE_RELS.has(t.deprel)) out.push(t.head);
  // "agreements are expected (due) to be signed": a passive complement's object is the subject its governor raised
  const complement = t.deprel === "xcomp" || (t.deprel === "advcl" && tree.tokens[t.head]?.upos === "ADJ");
  if (out.length === 0 && complement && childrenWith(tree, trigger, PASSIVE_AUX).length > 0)
    out.push(...childrenWith(tree, t.head, RAISED_SUBJECT_RELS));
  // "to discuss and sign deals": a conjoined verb without an object shares the one after it
  if (out.length === 0 && t.upos === "VERB" && t.deprel === "conj" && t.head >= 0)
    out.push(...childrenWith(tree, t.head, OBJECT_RELS).filter((o) => o > trigger));
  // "asked 34 French diplomats to leave": a lone indirect object the parser gave is the verb's object
  if (t.upos === "VERB" && childrenWith(tree, trigger, OBJECT_RELS).length === 0)
    out.push(...throughQuantities(tree, childrenWith(tree, trigger, IOBJ)));
  if (out.length === 0 && t.upos === "VERB") {
    const lost = lostObject(tree, trigger);
    if (lost !== undefined) out.push(lost);
  }
  return out;
}

/** Markers of a condition clause: "will retaliate if Britain imposes sanctions". */
export const CONDITION_MARKERS = new Set(["if", "unless"]);

/** An adverbial clause that states a condition, matched as a phrase with its marker ("if", "unless"). */
export function isConditionClause(tree: SentenceTree, i: number): boolean {
  const { deprel, upos } = tree.tokens[i];
  // a clause (parsed as advcl, or as ccomp) with its own verb or subject: not "if only symbolically"
  if (!deprel.startsWith("advcl") && deprel !== "ccomp") return false;
  if (!CONDITION_MARKERS.has(caseMarker(tree, i) ?? "")) return false;
  // "if Pakistan attacks" with the verb tagged as a noun: a clause all the same
  if (["VERB", "AUX", "NOUN"].includes(upos)) return true;
  return tree.children[i].some((c) => tree.tokens[c].deprel.startsWith("nsubj"));
}

/**
 * The condition clauses of a trigger: on the trigger itself, or for a noun that is its verb's argument on
 * that verb ("vowed extensive sanctions if there was no response").
 */
export function conditionClauses(tree: SentenceTree, trigger: number): number[] {
  const t = tree.tokens[trigger];
  const hosts = [trigger];
  if ((t.upos === "NOUN" || t.upos === "PROPN") && t.head >= 0 && REFINED_OBJECT_RELS.has(t.deprel)) hosts.push(t.head);
  const own = hosts.flatMap((h) => tree.children[h].filter((c) => isConditionClause(tree, c)));
  // "Britain would attack Argentina if Buenos Aires invaded, the minister said": the parser hangs the
  // condition on the verb of saying, after the reported clause and before that verb
  if (own.length > 0 || t.deprel !== "ccomp" || t.head < trigger) return own;
  return tree.children[t.head].filter((c) => c > trigger && c < t.head && isConditionClause(tree, c));
}

/** Nouns that count or contain what their "of" phrase names: "a slew of sanctions", "a shipment of aid". */
const QUANTITY_NOUNS = new Set(
  "slew series raft range number host set package round tranche batch wave shipment consignment ton tonne lot couple dozen handful variety array string flurry spate bundle amount volume load cargo hundred thousand million group".split(
    " ",
  ),
);

/**
 * Objects with each quantity noun looked through to what it counts ("lifted a slew of sanctions": sanctions,
 * "a shipment of 25,000 tons of aid": aid); a quantity noun without an "of" phrase stays itself.
 */
export function throughQuantities(tree: SentenceTree, objects: number[]): number[] {
  return objects.map((o) => {
    let at = o;
    for (let step = 0; step < 3 && QUANTITY_NOUNS.has(tree.keys[at][0]); step++) {
      const of = tree.children[at].find((c) => c > at && caseMarker(tree, c) === "of");
      if (of === undefined) break;
      // "a slew of long-standing sanctions" parsed with "standing" as the phrase head: the noun it governs
      const noun =
        tree.tokens[of].upos === "NOUN" || tree.tokens[of].upos === "PROPN"
          ? of
          : tree.children[of].find((c) => tree.tokens[c].upos === "NOUN" && c > of);
      if (noun === undefined) break;
      at = noun;
    }
    return at;
  });
}

/** Relations whose subtree is another clause: a lost object is never looked for in it. */
const OTHER_CLAUSE_RELS = new Set(["conj", "ccomp", "advcl", "parataxis", "csubj", "acl:relcl", "nsubj", "xcomp"]);

/**
 * "plan to sign a new trade deal later this year" parsed with "deal" under "later": a verb the parser left
 * without an object takes the first bare noun after it in its own clause, within a few steps down.
 */
function lostObject(tree: SentenceTree, trigger: number): number | undefined {
  let best: number | undefined;
  const visit = (i: number, depth: number) => {
    for (const c of tree.children[i]) {
      const rel = tree.tokens[c].deprel;
      if (OTHER_CLAUSE_RELS.has(rel) || c < trigger) continue;
      const bare = tree.tokens[c].upos === "NOUN" && caseMarker(tree, c) === undefined;
      if (bare && (best === undefined || c < best)) best = c;
      if (depth < 3) visit(c, depth + 1);
    }
  };
  visit(trigger, 1);
  return best;
}
/** Children that never refine a trigger as its particle or modifier. */
export const NOT_PARTICLE_RELS = new Set(["punct", "nsubj", "nsubj:pass", "obj", "iobj", "cc", "conj", "case", "mark"]);

export function isPrepPhrase(deprel: string): boolean {
  return (
    deprel === "obl" ||
    deprel.startsWith("obl:") ||
    deprel === "nmod" ||
    (deprel.startsWith("nmod:") && deprel !== "nmod:poss")
  );
}

/** The case marker of a prepositional phrase head ("with" for "with Germany"), or undefined. */
export function caseMarker(tree: SentenceTree, i: number): string | undefined {
  // the marker nearest the noun: "of" in "out of the summit"
  let marker: string | undefined;
  for (const c of tree.children[i]) {
    const rel = tree.tokens[c].deprel;
    if ((rel === "case" || rel === "mark") && c < i) marker = tree.keys[c][0];
  }
  if (marker) return marker;
  if (tree.tokens[i].deprel === "obl:agent") return "by";
  return undefined;
}

/**
 * Whether phrase i is introduced by marker: a one-word marker is the nearest ("of" in "out of Moldova"); a
 * marker of two words ("out of", "because of") is the phrase's markers in order.
 */
export function hasCaseMarker(tree: SentenceTree, i: number, marker: string): boolean {
  if (!marker.includes(" ")) return caseMarker(tree, i) === marker;
  const words = tree.children[i]
    .filter((c) => c < i && (tree.tokens[c].deprel === "case" || tree.tokens[c].deprel === "mark"))
    .map((c) => tree.keys[c][0]);
  return words.join(" ") === marker;
}

export function childrenWith(tree: SentenceTree, i: number, rels: ReadonlySet<string>): number[] {
  return tree.children[i].filter((c) => rels.has(tree.tokens[c].deprel));
}

export function isPassive(tree: SentenceTree, i: number): boolean {
  return tree.children[i].some((c) => {
    const rel = tree.tokens[c].deprel;
    return rel === "nsubj:pass" || rel === "aux:pass";
  });
}

/**
 * Where a trigger's prepositional phrases may hang: the trigger, its objects, and its own prepositional
 * phrases (the parser often attaches "to NATO" in "the accession of Sweden to NATO" to "Sweden").
 */
export function prepHosts(tree: SentenceTree, trigger: number, objects: readonly number[]): number[] {
  const hosts = [trigger, ...objects];
  for (const c of tree.children[trigger]) if (isPrepPhrase(tree.tokens[c].deprel)) hosts.push(c);
  return hosts;
}

/**
 * Prepositional phrases a conjoined noun shares with the conjunct it hangs from, when they follow it:
 * "human rights and Russia's war in Ukraine" parsed with "in Ukraine" under "rights".
 */
export function sharedPhrases(tree: SentenceTree, trigger: number): number[] {
  const t = tree.tokens[trigger];
  if (t.head < 0 || (t.upos !== "NOUN" && t.upos !== "PROPN")) return [];
  if (t.deprel === "conj")
    return tree.children[t.head].filter((c) => c > trigger && isPrepPhrase(tree.tokens[c].deprel));
  // "will travel to Seoul for talks with his counterpart", parsed with "with his counterpart" under "travel": a
  // phrase of the noun's verb that starts right where the noun's phrase ends may be the noun's own
  if (!NOUN_PHRASE_RELS.has(t.deprel)) return [];
  const next = lastWord(tree, trigger) + 1;
  return tree.children[t.head].filter((c) => isPrepPhrase(tree.tokens[c].deprel) && firstWord(tree, c) === next);
}

const NOUN_PHRASE_RELS = new Set(["obl", "obj"]);

export function firstWord(tree: SentenceTree, i: number): number {
  let first = i;
  for (const c of tree.children[i]) if (c < first) first = Math.min(first, firstWord(tree, c));
  return first;
}

export function lastWord(tree: SentenceTree, i: number): number {
  let last = i;
  for (const c of tree.children[i]) if (c > last) last = Math.max(last, lastWord(tree, c));
  return last;
}

/**
 * The trigger's nsubj children, or, for an xcomp or conjoined verb without one, its head's; so too for a purpose
 * infinitive ("marched to the embassy to protest") and a noun in an "in" phrase under a verb ("rallied in
 * protest"), whose act is the main verb's subject's.
 */
export function subjectChildren(tree: SentenceTree, trigger: number, depth = 0): number[] {
  const own = tree.children[trigger].filter((c) => tree.tokens[c].deprel === "nsubj");
  const t = tree.tokens[trigger];
  if (own.length > 0 || t.head < 0) return own;
  const purpose = purposeOrMannerOf(tree, trigger);
  if (t.deprel !== "xcomp" && t.deprel !== "conj" && !purpose) return own;
  // "turned up at a rally and marched ... to protest": the purpose of a conjoined verb, whose subject is the first's
  if (purpose && depth < 2) return subjectChildren(tree, t.head, depth + 1);
  return tree.children[t.head].filter((c) => tree.tokens[c].deprel === "nsubj");
}

/** "marched ... to protest", "rallied in protest": an infinitive of purpose or an "in" noun under a verb. */
export function purposeOrMannerOf(tree: SentenceTree, i: number): boolean {
  const t = tree.tokens[i];
  if (t.head < 0 || tree.tokens[t.head].upos !== "VERB") return false;
  if (t.deprel.startsWith("advcl") && t.upos === "VERB") return caseMarker(tree, i) === "to";
  return t.deprel === "obl" && t.upos === "NOUN" && caseMarker(tree, i) === "in";
}
