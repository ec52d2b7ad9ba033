// The parse the events stage reads: the parse stage's words for the sentence (parse-stage.ts), read again
// where title case misleads the tagger. "The 9th Japan-China-ROK Summit was held", "Saudi King Signs Energy
// Deal With China": a capitalised word inside the sentence that names nothing the mentions found is parsed
// as the common word it is, so that nouns and verbs are not read as proper names. Only such sentences are
// parsed again (once, kept on the Doc's side); the words keep their offsets and text.
import { type ParsedToken, parseTokens, type TextToken } from "../parse/index.ts";
import { inSentence } from "./by-sentence.ts";
import type { Doc, Sentence } from "./doc.ts";
import { sentenceParse as stageParse } from "./parse-stage.ts";

const reparsed = new WeakMap<Doc, Map<number, ParsedToken[]>>();

export function sentenceParse(doc: Doc, sentence: Sentence): ParsedToken[] {
  const words = stageParse(doc, sentence.index);
  if (words.length === 0) return words;
  let byIndex = reparsed.get(doc);
  if (!byIndex) {
    byIndex = new Map();
    reparsed.set(doc, byIndex);
  }
  const known = byIndex.get(sentence.index);
  if (known) return known;
  const lowered = commonWordsInLowerCase(doc, sentence, words);
  const tokens = lowered ? parseTokens(lowered).map((t, i) => ({ ...t, text: words[i].text })) : words;
  byIndex.set(sentence.index, tokens);
  return tokens;
}

/** The words with title-case common words in lower case, or null when there is none (the stage's parse stands). */
function commonWordsInLowerCase(doc: Doc, sentence: Sentence, words: readonly ParsedToken[]): TextToken[] | null {
  const names = inSentence(doc.mentions, sentence.index);
  const named = (w: ParsedToken) => names.some((m) => m.start < w.end && m.end > w.start);
  let changed = false;
  const out = words.map((w, i) => {
    const common = i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !named(w);
    if (common) changed = true;
    return { start: w.start, end: w.end, text: common ? w.text.toLowerCase() : w.text };
  });
  return changed ? out : null;
}
