// For the dictionary's tests: the actors a slot's phrase heads name, found the plain way (the head's
// own words, its compound and flat parts, demonym modifiers, possessors, "of" phrases and conjuncts).
// The events stage resolves roles more fully; this only checks that the slots point at the parties.
import type { Knowledge } from "../../knowledge/knowledge.ts";
import type { ParsedToken } from "../../parse/index.ts";
import { phraseKey } from "../../text/tokens.ts";
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
