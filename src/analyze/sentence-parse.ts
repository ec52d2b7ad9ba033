// The parse the events stage reads: the parse stage's words for the sentence (parse-stage.ts), read again
// where title case misleads the tagger. "The 9th Japan-China-ROK Summit was held", "Saudi King Signs Energy
// Deal With China": capitalised words inside the sentence that name nothing the mentions found are parsed
// as the common words they are, so that nouns and verbs are not read as proper names. Only sentences where
// such a word could start a dictionary trigger are parsed again (once, kept on the Doc's side); the words
// keep their offsets and text.
import { type ParsedToken, parseTokens, type TextToken } from "../parse/index.ts";
import { inSentence } from "./by-sentence.ts";
import { loadDictionaryIndex } from "./dictionary/index.ts";
import { regularStems } from "./dictionary/sentence-tree.ts";
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
  const keys = dictionaryWords();
  const startsTrigger = (form: string) => keys.has(form) || regularStems(form).some((stem) => keys.has(stem));
  let reads = false;
  const out = words.map((w, i) => {
    const common = i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !named(w);
    const text = common ? w.text.toLowerCase() : w.text;
    if (common && startsTrigger(text)) reads = true;
    return { start: w.start, end: w.end, text };
  });
  return reads ? out : null;
}

let words: Set<string> | undefined;

/** The words the dictionary reads: trigger lemmas and the members of its classes ("summit", "embassy"). */
function dictionaryWords(): Set<string> {
  if (!words) {
    const { dictionary, index } = loadDictionaryIndex();
    words = new Set(index.roots.keys());
    for (const members of dictionary.classes.values())
      for (const member of members) words.add(member.split(" ").pop() ?? member);
  }
  return words;
}
