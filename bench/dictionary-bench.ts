// npm run bench:dictionary: match time per sentence against dictionaries of growing size. The
// sentences are the dictionary's own examples, parsed once; the dictionaries are dyad.json alone,
// dyad.json with the converted CAMEO entries, and those plus filler verbs (10,000 and 100,000
// entries) that no sentence uses: the lemma index should keep the time flat.

import { join } from "node:path";
import { buildLemmaIndex, type LemmaIndex, matchDictionary } from "../src/analyze/dictionary/index.ts";
import {
  buildEventDictionary,
  DEFAULT_DICTIONARY_DIR,
  type DictionaryEntry,
  loadEventDictionary,
  readDictionaryFile,
} from "../src/knowledge/event-dictionary.ts";
import { parse } from "../src/parse/index.ts";

const full = loadEventDictionary();
const sentences = full.blocks.flatMap(({ block }) => block.examples.map((e) => parse(e.text).flatMap((s) => s.tokens)));
const dyadOnly = buildEventDictionary([
  { file: "dyad.json", data: readDictionaryFile(join(DEFAULT_DICTIONARY_DIR, "dyad.json")) },
]);

function withFiller(n: number): { entries: DictionaryEntry[]; aliases: Map<string, string> } {
  const filler: DictionaryEntry[] = [];
  for (let i = 0; filler.length + full.entries.length < n; i++) {
    filler.push({
      ...full.entries[i % full.entries.length],
      id: `filler-${i}`,
      blockId: `filler-${i}`,
      phrases: [[`fillerverb${i}`]],
      order: full.entries.length + i,
    });
  }
  return { entries: [...full.entries, ...filler], aliases: full.aliases };
}

function time(index: LemmaIndex): { usPerSentence: number; tried: number } {
  const stats = { tried: 0 };
  for (const tokens of sentences) matchDictionary(tokens, index); // warm-up
  const rounds = 20;
  const start = performance.now();
  for (let r = 0; r < rounds; r++)
    for (const tokens of sentences) matchDictionary(tokens, index, r === 0 ? stats : undefined);
  return { usPerSentence: ((performance.now() - start) * 1000) / (rounds * sentences.length), tried: stats.tried };
}

const cases = [
  ["dyad.json", dyadOnly],
  ["dyad.json + cameo.json", full],
  ["+ filler to 10,000", withFiller(10_000)],
  ["+ filler to 100,000", withFiller(100_000)],
] as const;
const indexes = cases.map(([label, dictionary]) => ({ label, index: buildLemmaIndex(dictionary) }));
for (const { index } of indexes) time(index); // one pass over all first, so that JIT warm-up favours none
console.log(`${sentences.length} sentences (the dictionary's examples), 20 rounds`);
console.log("entries\tµs/sentence\tentries tried (one round)");
for (const { label, index } of indexes) {
  const { usPerSentence, tried } = time(index);
  console.log(`${index.size}\t${usPerSentence.toFixed(1)}\t${tried}\t${label}`);
}
