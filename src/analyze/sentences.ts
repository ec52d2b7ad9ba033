// Stage: sentences. Splits the body into sentences with offsets (parse/sentence-split: line breaks end
// sentences; a full stop does unless it closes an abbreviation or an initial), with dyad's own list of
// abbreviations, and tokenizes each sentence.
import abbreviationData from "../../knowledge/abbreviations.json" with { type: "json" };
import { type SentenceRules, type SentenceSpan, splitSentences as splitWithRules } from "../parse/sentence-split.ts";
import { tokenize } from "../text/tokens.ts";
import type { Doc, Sentence } from "./doc.ts";

const RULES: SentenceRules = {
  abbreviations: new Set(abbreviationData.abbreviations),
  openers: new Set(abbreviationData.sentence_openers_after_abbreviation),
};

export function splitSentences(text: string, from: number, to: number): SentenceSpan[] {
  return splitWithRules(text, from, to, RULES);
}

/** Stage: fills doc.tokens and doc.sentences over the article body. */
export function sentencesStage(doc: Doc): void {
  const spans = splitSentences(doc.text, doc.article.bodyStart, doc.text.length);
  const sentences: Sentence[] = [];
  for (const [index, s] of spans.entries()) {
    const tokenStart = doc.tokens.length;
    // One push per token: spreading a million-token sentence into push() overflows the stack.
    for (const token of tokenize(doc.text, s.start, s.end)) doc.tokens.push(token);
    sentences.push({ ...s, index, tokenStart, tokenEnd: doc.tokens.length });
  }
  doc.sentences = sentences;
}
