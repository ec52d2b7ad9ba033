import { describe, expect, it } from "vitest";
import { type ParsedToken, parse, parseTokens, reparseAs, tokenize } from "./index.ts";

// Sentences written for these tests; the model is the one kept in knowledge/models/.
const only = (text: string): ParsedToken[] => {
  const sentences = parse(text);
  expect(sentences).toHaveLength(1);
  return sentences[0].tokens;
};
const find = (tokens: ParsedToken[], word: string) => {
  const index = tokens.findIndex((t) => t.text === word);
  expect(index, word).toBeGreaterThanOrEqual(0);
  return index;
};
const arc = (tokens: ParsedToken[], word: string) => {
  const t = tokens[find(tokens, word)];
  return [t.head < 0 ? "ROOT" : tokens[t.head].text, t.deprel];
};

describe("parse", () => {
  it("gives tokens that are exact slices of the text, with absolute offsets", () => {
    const text = "Headline here\nThe envoys didn't meet. Oman's king left!";
    const sentences = parse(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Headline here",
      "The envoys didn't meet.",
      "Oman's king left!",
    ]);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences[1].tokens.map((t) => t.text)).toEqual(["The", "envoys", "did", "n't", "meet", "."]);
  });

  it("gives each sentence exactly one root and heads inside the sentence", () => {
    for (const s of parse("Kenya and Peru signed a trade deal in Lima on Friday. Talks with Chile stalled."))
      expect(s.tokens.filter((t) => t.head === -1)).toHaveLength(1);
  });

  it("tags and lemmatizes", () => {
    const tokens = only("The ministers were meeting their Chinese counterparts.");
    expect(tokens.map((t) => t.upos)).toEqual(["DET", "NOUN", "AUX", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"]);
    expect(tokens.map((t) => t.lemma)).toEqual([
      "the",
      "minister",
      "be",
      "meet",
      "their",
      "Chinese",
      "counterpart",
      ".",
    ]);
  });

  it("finds the agent of a passive", () => {
    const tokens = only("The minister was invited by Norway.");
    expect(arc(tokens, "minister")).toEqual(["invited", "nsubj:pass"]);
    expect(arc(tokens, "Norway")).toEqual(["invited", "obl:agent"]);
  });

  it("finds reported speech and intentions", () => {
    const said = only("Iran said it would visit Syria.");
    expect(arc(said, "visit")).toEqual(["said", "ccomp"]);
    expect(arc(said, "it")).toEqual(["visit", "nsubj"]);
    const agreed = only("Turkey agreed to buy Russian missiles.");
    expect(arc(agreed, "buy")).toEqual(["agreed", "xcomp"]);
    expect(arc(agreed, "missiles")).toEqual(["buy", "obj"]);
  });

  it.each([
    ["Saudi Arabia, Egypt and Bahrain severed ties with Qatar on Monday.", "Arabia", "severed", ["Egypt", "Bahrain"]],
    ["South Korea, Japan and Mongolia signed a fishing pact on Friday.", "Korea", "signed", ["Japan", "Mongolia"]],
    ["The United States, Canada and Norway condemned the raid.", "States", "condemned", ["Canada", "Norway"]],
  ])("reads the list of subjects in %s as one subject and its conjuncts", (text, subject, verb, conjuncts) => {
    const tokens = only(text);
    expect(arc(tokens, subject)).toEqual([verb, "nsubj"]);
    for (const c of conjuncts) expect(arc(tokens, c)).toEqual([subject, "conj"]);
    expect(tokens.filter((t) => t.deprel.startsWith("nsubj"))).toHaveLength(1);
  });

  it("parses a given token list (as CoNLL-U or the analyzer give it)", () => {
    const text = "Chile recalled its ambassador.";
    const tokens = parseTokens(tokenize(text));
    expect(tokens.map((t) => [t.text, t.deprel])).toEqual([
      ["Chile", "nsubj"],
      ["recalled", "root"],
      ["its", "nmod:poss"],
      ["ambassador", "obj"],
      [".", "punct"],
    ]);
  });

  it.each([
    // the tagger reads "Summit" and "Held" as other tags once lower-cased: a new tree
    ["The Annual Summit Was Held In Tokyo.", true],
    // every word keeps its tag in lower case: the tree before stands, the lemmas are made again ("doha"; a
    // name the treebanks write before a lower-case word, as "Oslo", would get its capital back)
    ["The talks ended in Doha, said the Spokesman.", false],
  ])("reads %s again in lower case as parseTokens would", (text, retagged) => {
    const before = only(text);
    const forms = before.map((t, i) => (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) ? t.text.toLowerCase() : t.text));
    const fresh = parseTokens(before.map((t, i) => ({ start: t.start, end: t.end, text: forms[i] })));
    const again = reparseAs(forms, before);
    expect(again).toEqual(fresh.map((t, i) => ({ ...t, text: before[i].text })));
    expect(again.some((t, i) => t.upos !== before[i].upos)).toBe(retagged);
    expect(again.map((t) => t.lemma)).not.toEqual(before.map((t) => t.lemma));
  });
});
