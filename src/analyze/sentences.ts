// Stage: sentences. Splits the body into sentences with offsets (parse/sentence-split: line breaks end
// sentences; a full stop does unless it closes an abbreviation or an initial), with dyad's own list of
// abbreviations, and tokenizes each sentence.

import type { Knowledge } from "../knowledge/knowledge.ts";
import { readKnowledgeFiles } from "../knowledge/knowledge-files.ts";
import type { AbbreviationsFile } from "../knowledge/schema.ts";
import { type SentenceRules, type SentenceSpan, splitSentences as splitWithRules } from "../parse/sentence-split.ts";
import { tokenize } from "../text/tokens.ts";
import type { Doc, Sentence } from "./doc.ts";

const rulesCache = new WeakMap<AbbreviationsFile, SentenceRules>();

/** Sentences of text[from, to) by the abbreviations of a knowledge folder (default knowledge/abbreviations.json). */
export function splitSentences(
  text: string,
  from: number,
  to: number,
  abbreviations: AbbreviationsFile = readKnowledgeFiles().abbreviations,
): SentenceSpan[] {
  let rules = rulesCache.get(abbreviations);
  if (!rules) {
    rules = {
      abbreviations: new Set(abbreviations.abbreviations),
      openers: new Set(abbreviations.sentence_openers_after_abbreviation),
    };
    rulesCache.set(abbreviations, rules);
  }
  return splitWithRules(text, from, to, rules);
}

/** Stage: fills doc.tokens and doc.sentences over the article body. */
export function sentencesStage(doc: Doc, knowledge: Knowledge): void {
  const spans = splitSentences(doc.text, doc.article.bodyStart, doc.text.length, knowledge.abbreviations);
  const sentences: Sentence[] = [];
  for (const [index, s] of spans.entries()) {
    const tokenStart = doc.tokens.length;
    // One push per token: spreading a million-token sentence into push() overflows the stack.
    for (const token of tokenize(doc.text, s.start, s.end)) doc.tokens.push(token);
    sentences.push({ ...s, index, tokenStart, tokenEnd: doc.tokens.length });
  }
  doc.sentences = sentences;
}
