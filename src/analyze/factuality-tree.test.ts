// Factuality read on hand-made trees, for shapes of tree the parser gives only now and then.
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import type { ParsedToken } from "../parse/index.ts";
import { sentenceTree } from "./dictionary/sentence-tree.ts";
import { treeFactuality } from "./factuality-tree.ts";

/** words as "form/UPOS/XPOS/head/deprel" (head 1-based as in CoNLL-U, 0 the root) */
function tree(words: string) {
  let at = 0;
  const tokens: ParsedToken[] = words.split(" ").map((w) => {
    const [text, upos, xpos, head, deprel] = w.split("/");
    const token = {
      start: at,
      end: at + text.length,
      text,
      upos,
      xpos,
      lemma: text.toLowerCase(),
      head: Number(head) - 1,
      deprel,
    };
    at += text.length + 1;
    return token;
  });
  return sentenceTree(tokens);
}

describe("treeFactuality", () => {
  const patterns = loadKnowledge().eventPatterns;

  it.each([
    [
      // a headline's bare infinitive under a name: a plan
      "Peru/PROPN/NNP/0/root to/PART/TO/3/mark expel/VERB/VB/1/xcomp envoys/NOUN/NNS/3/obj",
      2,
      "break_relations",
      "intended",
    ],
    [
      // "to" read as the mark of a verb with a tense ("visit to Lima follows a visit"): no infinitive
      "The/DET/DT/2/det visit/NOUN/NN/0/root to/SCONJ/IN/5/mark Lima/PROPN/NNP/5/nsubj follows/VERB/VBZ/2/advcl a/DET/DT/7/det visit/NOUN/NN/5/obj ./PUNCT/./2/punct",
      6,
      "visit",
      null,
    ],
    [
      // a sentence with a full stop is no headline, whatever its verb was read as ("move to expel envoys marks")
      "Peru/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case move/NOUN/NN/0/root to/PART/TO/5/mark expel/VERB/VB/3/csubj envoys/NOUN/NNS/5/obj marks/NOUN/NNS/5/obj a/DET/DT/9/det low/NOUN/NN/7/nmod ./PUNCT/./3/punct",
      4,
      "break_relations",
      null,
    ],
    [
      // a meeting noun under the noun its verb takes: "hope to welcome him to the Heads of Government meeting"
      "I/PRON/PRP/2/nsubj hope/VERB/VBP/0/root to/PART/TO/4/mark welcome/VERB/VB/2/xcomp him/PRON/PRP/4/obj to/ADP/IN/8/case the/DET/DT/8/det Heads/PROPN/NNPS/4/obl of/ADP/IN/11/case Government/PROPN/NNP/11/compound meeting/NOUN/NN/8/nmod",
      10,
      "meet",
      "intended",
    ],
  ])("%s", (words, trigger, kind, expected) => {
    expect(treeFactuality(tree(words), trigger, kind as "visit", patterns)).toBe(expected);
  });
});
