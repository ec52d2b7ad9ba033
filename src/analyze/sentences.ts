// Stage: sentences. Splits the body into sentences with offsets (parse/sentence-split: line breaks end
// sentences; a full stop does unless it closes an abbreviation or an initial), with dyad's own list of
// abbreviations, and tokenizes each sentence.

import { readKnowledgeFiles } from "../knowledge/knowledge-files.ts";
import { type SentenceRules, type SentenceSpan, splitSentences as splitWithRules } from "../parse/sentence-split.ts";
import { tokenize } from "../text/tokens.ts";
import type { Doc, Sentence } from "./doc.ts";

let rules: SentenceRules | null = null;

/** Sentences of text[from, to) by the abbreviations of knowledge/abbreviations.json. */
export function splitSentences(text: string, from: number, to: number): SentenceSpan[] {
  const { abbreviations } = readKnowledgeFiles();
  rules ??= {
    abbreviations: new Set(abbreviations.abbreviations),
    openers: new Set(abbreviations.sentence_openers_after_abbreviation),
  };
  return splitWithRules(text, from, to, rules);
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
