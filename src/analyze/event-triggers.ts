// Event triggers of a sentence: the event dictionary (knowledge/event-dictionary/, dyad's entries and the
// reviewed CAMEO ones) matched over the sentence's parse. One hit per trigger token, the longest and most
// specific entry winning (src/analyze/dictionary/); here only what the matcher cannot see is dropped:
// words inside a name, and a hit that a larger one of another kind contains.
import type { DictionaryEntry } from "../knowledge/event-dictionary.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { ParsedToken } from "../parse/index.ts";
import type { EventKind } from "../record/record.ts";
import { inSentence } from "./by-sentence.ts";
import { type DictionaryMatch, loadDictionaryIndex, matchDictionary, slotTokens } from "./dictionary/index.ts";
import { conditionClauses, isConditionClause, type SentenceTree, sentenceTree } from "./dictionary/sentence-tree.ts";
import type { Doc, Sentence } from "./doc.ts";
import { sentenceParse } from "./sentence-parse.ts";

export interface TriggerHit {
  kind: EventKind;
  /** The entry's CAMEO code, else the kind's root code. */
  cameo: string;
  entry: DictionaryEntry;
  match: DictionaryMatch;
  /** The sentence's parse and tree the match was read from. */
  tokens: readonly ParsedToken[];
  tree: SentenceTree;
  /** The trigger phrase's span in doc.text. */
  start: number;
  end: number;
}

/**
 * Hostile kinds: their noun gives way when it is the argument of another kind's trigger ("condemned the
 * attack", "lifted sanctions"), and any noun gives way under their trigger ("suspended aid", "sanctioned
 * companies over their support for Russia").
 */
const HOSTILE = new Set<EventKind>([
  "sanction",
  "use_force",
  "threaten",
  "coerce",
  "criticize",
  "reject",
  "break_relations",
  "concede",
]);
const ARGUMENT_RELS = new Set(["obj", "nsubj:pass", "obl", "nmod", "xcomp"]);
/** Kinds whose complement clause is what they ask or threaten, not an event ("urged Serbia to normalize relations"). */
const CONTENT_OF = new Set<EventKind>(["demand", "threaten"]);
const COMPLEMENT_RELS = new Set(["xcomp", "ccomp"]);
const AMOUNT_TAGS = new Set(["NUM", "SYM"]);
const AGENT_MODIFIER_RELS = new Set(["amod", "compound", "nmod:poss"]);

export function findTriggers(doc: Doc, sentence: Sentence, knowledge: Knowledge): TriggerHit[] {
  const tokens = sentenceParse(doc, sentence, knowledge);
  if (tokens.length === 0) return [];
  const { index } = loadDictionaryIndex();
  const tree = sentenceTree(tokens, index.aliases);
  const names = inSentence(doc.mentions, sentence.index).filter((x) => x.kind !== "country" && x.via === "name");
  const hits: TriggerHit[] = [];
  for (const match of matchDictionary(tokens, index, undefined, tree)) {
    const kind = match.entry.kind;
    if (!kind) continue;
    const first = tokens[match.phrase[0]];
    const last = tokens[markerAfter(tree, match) ?? match.phrase[match.phrase.length - 1]];
    // a word inside a name ("Shanghai Cooperation Organisation") triggers nothing
    if (names.some((x) => x.start <= first.start && x.end >= last.end)) continue;
    const cameo = match.entry.cameo ?? knowledge.eventPatterns.kinds[kind].cameo;
    const hit = { kind, cameo, entry: match.entry, match, tokens, tree, start: first.start, end: last.end };
    hits.push(conditionalThreat(hit));
    for (const also of match.entry.also ?? []) {
      const entry = { ...match.entry, kind: also.kind, cameo: also.cameo, roles: also.roles, also: undefined };
      const second = { ...match, entry };
      hits.push({
        kind: also.kind,
        cameo: also.cameo,
        entry,
        match: second,
        tokens,
        tree,
        start: first.start,
        end: last.end,
      });
    }
  }
  return hits.filter((h) => !givesWay(h, hits));
}

const NEGATIONS = new Set(["not", "n't", "never"]);

/** Acts that a condition turns into a threat of them, with the CAMEO code of that threat. */
const THREAT_OF: Partial<Record<EventKind, string>> = {
  sanction: "1312",
  break_relations: "1313",
  coerce: "130",
  use_force: "138",
  mobilize: "138",
};

/**
 * "Russia would expel British media if Britain closed RT": a hostile act the speaker makes conditional on
 * another's act is a threat of it (occurred: the threat is made), aimed first at the condition's subject.
 */
function conditionalThreat(hit: TriggerHit): TriggerHit {
  const { tree } = hit;
  // "will not retaliate if ...", "would not impose sanctions if ...": a promise not to act is no threat
  const token = tree.tokens[hit.match.trigger];
  const hosts = [hit.match.trigger, ...(token.upos === "NOUN" && token.deprel === "obj" ? [token.head] : [])];
  // a cut or broken tree can leave an object with no head (-1): it has no children to look at
  const negated = hosts.some((h) =>
    (tree.children[h] ?? []).some((c) => tree.tokens[c].deprel === "advmod" && NEGATIONS.has(tree.keys[c][0])),
  );
  if (negated && hit.kind === "threaten" && hit.entry.factuality === "occurred") {
    const entry: DictionaryEntry = { ...hit.entry, factuality: "negated" };
    return { ...hit, entry, match: { ...hit.match, entry } };
  }
  const cameo = THREAT_OF[hit.kind];
  if (negated || !cameo || conditionClauses(tree, hit.match.trigger).length === 0) return hit;
  const roles = hit.entry.roles;
  const entry: DictionaryEntry = {
    ...hit.entry,
    kind: "threaten",
    cameo,
    factuality: "occurred",
    roles: { ...roles, target: ["condition_subj", ...roles.target] },
  };
  return { ...hit, kind: "threaten", cameo, entry, match: { ...hit.match, entry } };
}

/**
 * A hit inside a longer phrase of another kind gives way ("supports terrorism" is an accusation), as does a
 * hostile noun that is the argument of another kind's trigger ("condemned the attack", "lifted sanctions").
 */
function givesWay(hit: TriggerHit, hits: TriggerHit[]): boolean {
  const nests = (outer: EventKind) => hit.kind === "support" && (outer === "aid" || outer === "join");
  for (const other of hits) {
    if (other === hit || other.kind === hit.kind || nests(other.kind)) continue;
    const longer = other.end - other.start > hit.end - hit.start;
    if (longer && other.start <= hit.start && other.end >= hit.end) return true;
  }
  if (insideContentOf(hit, hits) || insideConditionOf(hit, hits)) return true;
  if (describesObjectOf(hit, hits)) return true;
  if (obligedByAnother(hit)) return true;
  const token = hit.tokens[hit.match.trigger];
  const governor = governingTrigger(hit, hits);
  if (!governor) return false;
  const noun = token.upos === "NOUN" || token.upos === "PROPN";
  if (!noun || !ARGUMENT_RELS.has(token.deprel)) return false;
  // "condemned the Russian attack on Ukraine", "mocked Modi about Indian aid to Afghanistan": an act with its own
  // agent is reported, not only judged; one rejected or blocked ("blocked the EU's aid package") did not happen
  if (!HOSTILE.has(governor.kind)) return HOSTILE.has(hit.kind) && !namesAgent(hit);
  const judged = HOSTILE.has(hit.kind) || governor.kind === "criticize";
  return !judged || !namesAgent(hit);
}

/**
 * "agreed to restore long-broken ties", "resumed the frozen relations": a participle that describes the object of
 * another kind's trigger tells the state of the relations that act changes, not a break of its own.
 */
function describesObjectOf(hit: TriggerHit, hits: TriggerHit[]): boolean {
  const t = hit.tokens[hit.match.trigger];
  if (hit.kind !== "break_relations" || t.xpos !== "VBN" || t.deprel !== "amod" || t.head < 0) return false;
  return hits.some((o) => o !== hit && o.kind !== hit.kind && o.match.object === t.head);
}

/** The noun names who acts: a possessor, a "by" phrase, or a capitalised modifier ("the Russian attack"). */
function namesAgent(hit: TriggerHit): boolean {
  const { tree } = hit;
  if (slotTokens(hit.tokens, hit.match, tree).source.length > 0) return true;
  return tree.children[hit.match.trigger].some(
    (c) => AGENT_MODIFIER_RELS.has(tree.tokens[c].deprel) && /^\p{Lu}/u.test(tree.tokens[c].text),
  );
}

/** The trigger of another kind that governs this one, directly or through an amount ("suspended $50 million in aid"). */
function governingTrigger(hit: TriggerHit, hits: TriggerHit[]): TriggerHit | undefined {
  const { tokens } = hit;
  const head = tokens[hit.match.trigger].head;
  if (head < 0) return undefined;
  const governs = (i: number) => hits.find((other) => other.kind !== hit.kind && other.match.trigger === i);
  const direct = governs(head);
  if (direct) return direct;
  // "lifted a slew of sanctions": the object a quantity noun hides is governed by the verb over it
  const through = hits.find((other) => other.kind !== hit.kind && other.match.object === hit.match.trigger);
  if (through) return through;
  const amount = AMOUNT_TAGS.has(tokens[head].upos) && ARGUMENT_RELS.has(tokens[hit.match.trigger].deprel);
  return amount && tokens[head].head >= 0 ? governs(tokens[head].head) : undefined;
}

/** The trigger lies in the complement clause of a demand or threat ("asked Israel to halt its operation"). */
function insideContentOf(hit: TriggerHit, hits: TriggerHit[]): boolean {
  const { tokens } = hit;
  let at = hit.match.trigger;
  // "warned Finland of the consequences of joining NATO", "warned Sweden against joining NATO": a gerund inside
  // what is warned of is warned of too
  const gerund = tokens[at].xpos === "VBG" && /^(?:acl|advcl)/.test(tokens[at].deprel);
  for (let step = 0; step < 4 && tokens[at].head >= 0; step++) {
    const head = tokens[at].head;
    const rel = tokens[at].deprel;
    // a threat inside a warning ("warned it would impose sanctions if Moldova joined NATO") is the threat itself
    const contains = (o: TriggerHit) => o !== hit && CONTENT_OF.has(o.kind) && o.match.trigger === head;
    const content =
      COMPLEMENT_RELS.has(rel) ||
      toInfinitiveClause(hit.tree, at) ||
      (gerund && (step === 0 ? rel.startsWith("advcl") : ARGUMENT_RELS.has(rel)));
    if (content && hits.some((o) => contains(o) && !(o.kind === "threaten" && hit.kind === "threaten"))) return true;
    // the complement's own arguments belong to it; a purpose or time clause ("so we can welcome") does not
    if (!COMPLEMENT_RELS.has(rel) && !ARGUMENT_RELS.has(rel) && !(gerund && step === 0)) return false;
    at = head;
  }
  return false;
}

/**
 * "called on China to release the activists": the parser often hangs the "to" clause after the addressee as an
 * adverbial clause; under a demand or a threat it is still what is asked.
 */
function toInfinitiveClause(tree: SentenceTree, at: number): boolean {
  if (!tree.tokens[at].deprel.startsWith("advcl")) return false;
  return tree.children[at].some((c) => tree.tokens[c].deprel === "mark" && tree.keys[c][0] === "to");
}

/** Modals of obligation: the act is required of its subject, not done or planned by it. */
const OBLIGATION_MODALS = new Set(["must", "should", "ought"]);

/**
 * "Russia said Ukraine should withdraw its forces", "China insists that India must withdraw": an act another
 * subject says someone must do is that speaker's demand (obligation-demands), not the obliged party's act.
 */
function obligedByAnother(hit: TriggerHit): boolean {
  const { tree } = hit;
  const verb = hit.match.trigger;
  if (tree.tokens[verb].deprel !== "ccomp" || tree.tokens[verb].head < 0) return false;
  if (!tree.children[verb].some((c) => tree.tokens[c].deprel === "aux" && OBLIGATION_MODALS.has(tree.keys[c][0])))
    return false;
  const own = tree.children[verb].find((c) => tree.tokens[c].deprel.startsWith("nsubj"));
  const speaker = tree.children[tree.tokens[verb].head].find((c) => tree.tokens[c].deprel.startsWith("nsubj"));
  // "the leaders agreed that they should deepen cooperation": the speakers oblige themselves
  return own !== undefined && speaker !== undefined && !["PRON"].includes(tree.tokens[own].upos);
}

/** The trigger lies in the condition of a threat ("will retaliate if Britain imposes sanctions"): no act yet. */
function insideConditionOf(hit: TriggerHit, hits: TriggerHit[]): boolean {
  const { tree } = hit;
  const threats = hits.filter((o) => o !== hit && o.kind === "threaten");
  if (threats.length === 0) return false;
  let at = hit.match.trigger;
  for (let step = 0; step < 4 && tree.tokens[at].head >= 0; step++) {
    if (isConditionClause(tree, at)) {
      const host = tree.tokens[at].head;
      return threats.some((o) => conditionClauses(tree, o.match.trigger).includes(at) || o.match.trigger === host);
    }
    at = tree.tokens[at].head;
  }
  return false;
}

/**
 * The case marker right after the trigger phrase of a prepositional phrase the match used: "war in" of "war in
 * Ukraine", "talks with": the trigger span says the words that made the event (the place reader reads it).
 */
function markerAfter(tree: SentenceTree, match: DictionaryMatch): number | undefined {
  const next = match.phrase[match.phrase.length - 1] + 1;
  if (next >= tree.tokens.length || tree.tokens[next].deprel !== "case") return undefined;
  return match.tokens.includes(tree.tokens[next].head) ? next : undefined;
}
