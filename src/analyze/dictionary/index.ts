// The event dictionary matcher, as the events stage uses it: load once, index by lemma, match each
// parsed sentence, read the role slots from the tree. See docs/knowledge.md "Event dictionary".
import { DEFAULT_DICTIONARY_DIR, type EventDictionary, loadEventDictionary } from "../../knowledge/event-dictionary.ts";
import { buildLemmaIndex, type LemmaIndex } from "./lemma-index.ts";

export type { DictionaryEntry, EventDictionary } from "../../knowledge/event-dictionary.ts";
export { loadEventDictionary } from "../../knowledge/event-dictionary.ts";
export { buildLemmaIndex, type LemmaIndex } from "./lemma-index.ts";
export { type DictionaryMatch, type MatchStats, matchDictionary } from "./match-dictionary.ts";
export { type SlotTokens, slotHeads, slotTokens } from "./role-slots.ts";

let cached: { dir: string; dictionary: EventDictionary; index: LemmaIndex } | undefined;

/** The dictionary in `dir` (default knowledge/event-dictionary/) and its index, built once and kept. */
export function loadDictionaryIndex(dir = DEFAULT_DICTIONARY_DIR): { dictionary: EventDictionary; index: LemmaIndex } {
  if (cached?.dir !== dir) {
    const dictionary = loadEventDictionary(dir);
    cached = { dir, dictionary, index: buildLemmaIndex(dictionary) };
  }
  return cached;
}
