// For the dictionary's tests (and the CAMEO converter's generated examples): the actors a slot's phrase heads name, found the plain way (the head's
// own words, its compound and flat parts, demonym modifiers, possessors, "of" phrases and conjuncts).
// The events stage resolves roles more fully; this only checks that the slots point at the parties.
import type { DictionaryBlock, DictionaryExample } from "../../knowledge/event-dictionary-schema.ts";
import type { Knowledge } from "../../knowledge/knowledge.ts";
import { type ParsedToken, parse } from "../../parse/index.ts";
import { type ArticleRecord, SYMMETRIC_KINDS } from "../../record/record.ts";
import { phraseKey } from "../../text/tokens.ts";
import type { LemmaIndex } from "./lemma-index.ts";
import { type DictionaryMatch, matchDictionary } from "./match-dictionary.ts";
import { slotTokens } from "./role-slots.ts";
import { caseMarker, type SentenceTree, sentenceTree } from "./sentence-tree.ts";

const NAME_PARTS = new Set(["compound", "flat", "flat:name", "det"]);
const MODIFIERS = new Set(["amod", "nmod:poss", "compound", "conj"]);
const OF_BETWEEN = new Set(["of", "between"]);

export function slotActors(
  tokens: readonly ParsedToken[],
  heads: readonly number[],
  knowledge: Knowledge,
): Set<string> {
  const tree = sentenceTree(tokens);
  const out = new Set<string>();
  for (const h of heads) collect(tree, h, knowledge, out, 0);
  return out;
}

function collect(tree: SentenceTree, h: number, knowledge: Knowledge, out: Set<string>, depth: number): void {
  if (depth > 3) return;
  const id = nameAt(tree, h, knowledge);
  if (id) out.add(id);
  for (const c of tree.children[h]) {
    const rel = tree.tokens[c].deprel;
    if (MODIFIERS.has(rel) || (rel === "nmod" && OF_BETWEEN.has(caseMarker(tree, c) ?? "")))
      collect(tree, c, knowledge, out, depth + 1);
  }
}

/** The country or organisation that the head's name span (with its compound/flat parts) names. */
function nameAt(tree: SentenceTree, h: number, knowledge: Knowledge): string | undefined {
  const isPart = (c: number) =>
    NAME_PARTS.has(tree.tokens[c].deprel) || (tree.tokens[c].deprel === "amod" && /^\p{Lu}/u.test(tree.tokens[c].text));
  const parts = [h, ...tree.children[h].filter(isPart)].sort((a, b) => a - b);
  for (let from = 0; from < parts.length; from++) {
    const text = parts
      .slice(from)
      .map((i) => tree.tokens[i].text)
      .join(" ");
    const found = knowledge.phrases
      .get(phraseKey(text))
      ?.find((c) => c.type === "country" || c.type === "organization");
    if (found) return found.id;
  }
  return undefined;
}

/**
 * Whether an example sentence gives what it says: for kind null, no match from the block; otherwise
 * a match of the kind from the block (or from an entry that outranks it on the block's own trigger
 * word), whose slots hold the source and the target. Returns the problem, or null when it holds.
 */
export function exampleProblem(
  block: DictionaryBlock,
  example: DictionaryExample,
  index: LemmaIndex,
  knowledge: Knowledge,
): string | null {
  const tokens = parse(example.text).flatMap((s) => s.tokens);
  const matches = matchDictionary(tokens, index);
  const ownWords = new Set(block.lemmas.map((l) => l.split(" ")[0]));
  const own = (m: DictionaryMatch) =>
    m.entry.blockId === block.id || sentenceTree(tokens).keys[m.phrase[0]].some((k) => ownWords.has(k));
  if (example.kind === null) {
    const found = matches.filter((m) => m.entry.blockId === block.id);
    return found.length === 0 ? null : `block ${block.id} gives ${found.map((m) => m.entry.kind).join(", ")}`;
  }
  const candidates = matches.filter((m) => m.entry.kind === example.kind && own(m));
  if (candidates.length === 0)
    return `no ${example.kind} from block ${block.id} (got ${matches.map((m) => m.entry.id).join(", ") || "nothing"})`;
  if (!example.source || !example.target) return null;
  const problems = candidates.map((m) => rolesProblem(tokens, m, example, knowledge));
  return problems.includes(null) ? null : (problems[0] ?? null);
}

function rolesProblem(
  tokens: readonly ParsedToken[],
  match: DictionaryMatch,
  example: DictionaryExample,
  knowledge: Knowledge,
): string | null {
  const slots = slotTokens(tokens, match);
  const { source: want, target: wantTarget } = example;
  if (!want || !wantTarget || !example.kind) return null;
  if (slots.both.length > 0) {
    const parties = slotActors(tokens, slots.both, knowledge);
    return parties.has(want) && parties.has(wantTarget) ? null : `parties ${[...parties].join(", ") || "none"}`;
  }
  const source = slotActors(tokens, slots.source, knowledge);
  const target = slotActors(tokens, slots.target, knowledge);
  if (!source.has(want)) return `source ${[...source].join(", ") || "none"}, not ${want}`;
  if (!target.has(wantTarget)) return `target ${[...target].join(", ") || "none"}, not ${wantTarget}`;
  if (!SYMMETRIC_KINDS.has(example.kind) && source.has(wantTarget)) return `the target ${wantTarget} is also a source`;
  return null;
}

/**
 * Whether an analysed example gives what it says: an event of its kind from its source to its target (both
 * among the parties, for a symmetric kind); for kind null, no event of a kind its block codes.
 */
export function recordProblem(
  block: DictionaryBlock,
  example: DictionaryExample,
  record: ArticleRecord,
): string | null {
  const got = record.events.map((e) => `${e.kind} ${e.source.join(",")}>${e.target.join(",")}`).join("; ") || "nothing";
  if (example.kind === null) {
    const kinds = new Set([block.kind, ...block.patterns.map((p) => p.kind)]);
    return record.events.some((e) => kinds.has(e.kind)) ? `gives ${got}` : null;
  }
  const { kind, source, target } = example;
  const fits = record.events.some((e) => {
    if (e.kind !== kind || !source || !target) return false;
    if (!SYMMETRIC_KINDS.has(kind)) return e.source.includes(source) && e.target.includes(target);
    const parties = [...e.source, ...e.target];
    return parties.includes(source) && parties.includes(target);
  });
  return fits ? null : `no ${kind} ${source}>${target} (got ${got})`;
}
