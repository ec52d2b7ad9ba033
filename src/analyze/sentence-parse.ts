// The parse the events stage reads: the parse stage's words for the sentence (parse-stage.ts), read again
// where title case misleads the tagger. "The 9th Japan-China-ROK Summit was held", "Saudi King Signs Energy
// Deal With China": capitalised words inside the sentence that name nothing the mentions found are parsed
// as the common words they are, so that nouns and verbs are not read as proper names. Only sentences where
// such a word could start a dictionary trigger are parsed again (once, kept on the Doc's side); the words
// keep their offsets and text.
import type { Knowledge } from "../knowledge/knowledge.ts";
import { type ParsedToken, reparseAs } from "../parse/index.ts";
import { inSentence } from "./by-sentence.ts";
import { loadDictionaryIndex } from "./dictionary/index.ts";
import { regularStems } from "./dictionary/sentence-tree.ts";
import type { Doc, Sentence } from "./doc.ts";
import { sentenceParse as stageParse } from "./parse-stage.ts";

const reparsed = new WeakMap<Doc, Map<number, ParsedToken[]>>();

export function sentenceParse(doc: Doc, sentence: Sentence, knowledge: Knowledge): ParsedToken[] {
  const words = stageParse(doc, sentence.index);
  if (words.length === 0) return words;
  let byIndex = reparsed.get(doc);
  if (!byIndex) {
    byIndex = new Map();
    reparsed.set(doc, byIndex);
  }
  const known = byIndex.get(sentence.index);
  if (known) return known;
  const lowered = commonWordsInLowerCase(doc, sentence, words, knowledge);
  const tokens = lowered ? readInLowerCase(lowered, words, knowledge) : words;
  byIndex.set(sentence.index, tokens);
  return tokens;
}

/** Parts of speech a dictionary word never has: a lowered name read so is no common word ("ally" tagged RB by its "-ly"). */
const NOT_CONTENT = new Set(["ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART", "INTJ", "X", "SYM"]);

/**
 * The second parse, with the lowered words that came back neither noun, verb nor adjective given their capital
 * again ("welcome Finland as NATO's 31st Ally": "ally" in lower case is tagged an adverb, and the phrase loses
 * its noun); the stage's parse stands when no lowered word is left.
 */
function readInLowerCase(lowered: string[], words: ParsedToken[], knowledge: Knowledge): ParsedToken[] {
  const keys = dictionaryWords(knowledge);
  const tokens = reparseAs(lowered, words);
  const misread = (i: number) =>
    lowered[i] !== words[i].text &&
    words[i].upos === "PROPN" &&
    NOT_CONTENT.has(tokens[i].upos) &&
    (keys.has(lowered[i]) || regularStems(lowered[i]).some((stem) => keys.has(stem)));
  if (!tokens.some((_, i) => misread(i))) return tokens;
  const kept = lowered.map((form, i) => (misread(i) ? words[i].text : form));
  return kept.some((form, i) => form !== words[i].text) ? reparseAs(kept, words) : words;
}

/** The words' forms with title-case common words in lower case, or null when there is none (the stage's parse stands). */
function commonWordsInLowerCase(
  doc: Doc,
  sentence: Sentence,
  words: readonly ParsedToken[],
  knowledge: Knowledge,
): string[] | null {
  const names = inSentence(doc.mentions, sentence.index);
  const common = (w: ParsedToken, i: number) =>
    i > 0 && TITLE_CASE.test(w.text) && !names.some((m) => m.start < w.end && m.end > w.start);
  const keys = dictionaryWords(knowledge);
  const startsTrigger = (form: string) => keys.has(form) || regularStems(form).some((stem) => keys.has(stem));
  const capital = (i: number) => CAPITAL_FIRST.test(words[i]?.text ?? "");
  let letters = 0;
  let capitals = 0;
  for (const w of words)
    if (LETTER_FIRST.test(w.text)) {
      letters++;
      if (CAPITAL_FIRST.test(w.text)) capitals++;
    }
  // a headline in title case ("Saudi King Signs Energy Deal With China") is parsed again whole
  const headline = letters >= 4 && capitals >= 0.7 * letters;
  // inside a sentence, only a word the tagger took for a name and that no other name follows ("the
  // Summit was held", not "Foreign Minister Wang") is worth a second parse (cheapest tests first: this runs
  // for every sentence, and most have no such word)
  const reads =
    headline ||
    words.some((w, i) => w.upos === "PROPN" && common(w, i) && !capital(i + 1) && startsTrigger(w.text.toLowerCase()));
  return reads ? words.map((w, i) => (common(w, i) ? w.text.toLowerCase() : w.text)) : null;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LETTER_FIRST = /^\p{L}/u;

const wordSets = new WeakMap<Knowledge, Set<string>>();

/**
 * The words the dictionary reads: trigger lemmas and the members of its classes ("summit", "embassy"), but
 * not the titles of people (person-cues.json: "Minister", "President"), which title case does not mislead.
 */
function dictionaryWords(knowledge: Knowledge): Set<string> {
  let words = wordSets.get(knowledge);
  if (!words) {
    const { dictionary, index } = loadDictionaryIndex();
    words = new Set(index.roots.keys());
    for (const members of dictionary.classes.values())
      for (const member of members) words.add(member.split(" ").pop() ?? member);
    const cues = knowledge.files.personCues;
    for (const title of [...Object.keys(cues.titles), ...cues.cue_words])
      for (const word of title.toLowerCase().split(" ")) words.delete(word);
    wordSets.set(knowledge, words);
  }
  return words;
}
