// A sentence's dependency parse, for the stages that read structure (events). The one place that asks
// the parser: until the pipeline has its own parse stage, it parses the sentence on first use and keeps
// the tokens on the Doc's side (sentence-local heads, offsets into doc.text).
import { type ParsedToken, parseTokens, tokenize } from "../parse/index.ts";
import type { Doc, Sentence } from "./doc.ts";

const parses = new WeakMap<Doc, Map<number, ParsedToken[]>>();

export function sentenceParse(doc: Doc, sentence: Sentence): ParsedToken[] {
  let byIndex = parses.get(doc);
  if (!byIndex) {
    byIndex = new Map();
    parses.set(doc, byIndex);
  }
  let tokens = byIndex.get(sentence.index);
  if (!tokens) {
    tokens = parseTokens(tokenize(doc.text, sentence.start, sentence.end));
    byIndex.set(sentence.index, tokens);
  }
  return tokens;
}
