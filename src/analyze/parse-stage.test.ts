import { describe, expect, it } from "vitest";
import { readArticle } from "../ingest/read-article.ts";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import type { Doc } from "./doc.ts";
import { sentenceParse } from "./parse-stage.ts";
import { analyzeDoc } from "./pipeline.ts";

function analyze(body: string): Doc {
  const article = readArticle(
    "parse.txt",
    new TextEncoder().encode(`---\npublished: 2024-03-14\n---\nTalks\n\n${body}\n`),
  );
  return analyzeDoc(article, loadKnowledge());
}

/** The token of `doc` with this text (the first one), with its parse fields. */
function token(doc: Doc, text: string) {
  const found = doc.tokens.find((t) => t.text === text);
  if (!found) throw new Error(`no token ${text}`);
  return found;
}

describe("parse stage", () => {
  const doc = analyze("Kenya recalled its envoy from Chile on Monday. Mr. Ruto didn't meet Peru's minister.");

  it("gives every sentence its UD words, exact slices of the text, heads inside the sentence", () => {
    for (const sentence of doc.sentences) {
      const words = sentenceParse(doc, sentence.index);
      expect(words.length).toBeGreaterThan(0);
      expect(words.filter((w) => w.head === -1)).toHaveLength(1);
      for (const w of words) {
        expect(doc.text.slice(w.start, w.end)).toBe(w.text);
        expect(w.start).toBeGreaterThanOrEqual(sentence.start);
        expect(w.end).toBeLessThanOrEqual(sentence.end);
        expect(w.head).toBeGreaterThanOrEqual(-1);
        expect(w.head).toBeLessThan(words.length);
      }
    }
    const words = sentenceParse(doc, 1).map((w) => w.text);
    expect(words).toEqual(["Kenya", "recalled", "its", "envoy", "from", "Chile", "on", "Monday", "."]);
    expect(sentenceParse(doc, 2).map((w) => w.text)).toContain("n't");
    expect(sentenceParse(doc, 99)).toEqual([]);
  });

  it.each([
    // [token, upos, lemma, head token, relation]
    ["recalled", "VERB", "recall", null, "root"],
    ["Kenya", "PROPN", "Kenya", "recalled", "nsubj"],
    ["envoy", "NOUN", "envoy", "recalled", "obj"],
    ["Chile", "PROPN", "Chile", "recalled", "obl"],
    ["meet", "VERB", "meet", null, "root"],
    ["didn", "AUX", "do", "meet", "aux"],
    ["minister", "NOUN", "minister", "meet", "obj"],
  ])("%s is %s, lemma %s, attached to %s as %s", (text, upos, lemma, head, deprel) => {
    const t = token(doc, text);
    expect([t.upos, t.lemma, t.deprel]).toEqual([upos, lemma, deprel]);
    expect(t.head === -1 ? null : doc.tokens[t.head ?? -2]?.text).toBe(head);
  });

  it("aligns dyad's tokens with UD words by offsets: later pieces of one word go with its first", () => {
    const mr = doc.tokens.findIndex((t) => t.text === "Mr");
    expect(doc.tokens[mr + 1]).toMatchObject({ text: ".", head: mr, deprel: "goeswith", lemma: "Mr." });
    const didn = doc.tokens.findIndex((t) => t.text === "didn");
    expect(doc.tokens.slice(didn + 1, didn + 3).map((t) => [t.text, t.head, t.deprel])).toEqual([
      ["'", didn, "goeswith"],
      ["t", didn, "goeswith"],
    ]);
    const peru = doc.tokens.findIndex((t) => t.text === "Peru");
    expect(doc.tokens[peru + 1]).toMatchObject({ text: "'", upos: "PART", head: peru, deprel: "case" });
    expect(doc.tokens[peru + 2]).toMatchObject({ text: "s", head: peru + 1, deprel: "goeswith" });
  });

  it("gives every token of every sentence its tags, lemma, head and relation", () => {
    for (const sentence of doc.sentences)
      for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
        const t = doc.tokens[k];
        expect([t.upos, t.xpos, t.lemma, t.deprel].every((v) => typeof v === "string" && v.length > 0)).toBe(true);
        expect(
          t.head === -1 || (t.head !== undefined && t.head >= sentence.tokenStart && t.head < sentence.tokenEnd),
        ).toBe(true);
      }
  });

  it("leaves a sentence unparsed when none of its words can start a dictionary trigger", () => {
    const mixed = analyze("He is 67 years old. Kenya recalled its envoy from Chile.");
    expect(mixed.sentences.map((s) => sentenceParse(mixed, s.index).length > 0)).toEqual([true, false, true]);
    const unparsed = mixed.sentences[1];
    expect(mixed.tokens.slice(unparsed.tokenStart, unparsed.tokenEnd).map((t) => t.upos)).toEqual(
      Array(unparsed.tokenEnd - unparsed.tokenStart).fill(undefined),
    );
  });
});
