// A sentence's dependency parse, for the stages that read structure (events). The one place that asks
// the parser: until the pipeline has its own parse stage, it parses the sentence on first use and keeps
// the tokens on the Doc's side (sentence-local heads, offsets into doc.text).
import { type ParsedToken, parseTokens, type TextToken, tokenize } from "../parse/index.ts";
import { inSentence } from "./by-sentence.ts";
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
    const words = tokenize(doc.text, sentence.start, sentence.end);
    tokens = parseTokens(commonWordsInLowerCase(doc, sentence, words)).map((t, i) => ({ ...t, text: words[i].text }));
    byIndex.set(sentence.index, tokens);
  }
  return tokens;
}

/**
 * "The 9th Japan-China-ROK Summit was held", "Saudi King Signs Energy Deal With China": a capitalised word
 * that names nothing the mentions found is parsed as the common word it is, so that title case does not
 * turn nouns and verbs into proper names. The tokens keep their offsets; only the parser sees lower case.
 */
function commonWordsInLowerCase(doc: Doc, sentence: Sentence, words: TextToken[]): TextToken[] {
  const names = inSentence(doc.mentions, sentence.index);
  const named = (w: TextToken) => names.some((m) => m.start < w.end && m.end > w.start);
  return words.map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w.text) && !named(w) ? { ...w, text: w.text.toLowerCase() } : w));
}
