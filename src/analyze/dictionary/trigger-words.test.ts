// The filter that spares the parse of sentences without a possible trigger must never say no where the matcher
// finds something: checked on every example sentence of the dictionary, as written and in title case.
import { describe, expect, it } from "vitest";
import { parse, tokenize } from "../../parse/index.ts";
import { loadDictionaryIndex, matchDictionary } from "./index.ts";
import { triggerWords } from "./trigger-words.ts";

const mayMatch = (text: string) => triggerWords().mayMatch(tokenize(text).map((word) => word.text));
const titleCase = (text: string) => text.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());

describe("trigger words", () => {
  it.each([
    // [sentence, whether a dictionary entry may match it]
    ["Japan imposed sanctions on two banks.", true],
    ["The envoys held talks in Geneva.", true],
    ["Officials Sign Trade Deal In Nairobi", true], // title case: read as the words it lowers
    ["Chile recalled its ambassador.", true], // an inflected form of the entry's lemma
    ["He is 67 years old.", false],
    ["The two leaders had lunch.", false], // "have" needs an object the sentence lacks ("talks")
    ["Photo: Reuters", false],
    ["Read more:", false],
  ])("%s: %s", (sentence, expected) => {
    expect(mayMatch(sentence)).toBe(expected);
  });

  it("says yes for every example sentence the matcher gives an event, as written and in title case", () => {
    const { dictionary, index } = loadDictionaryIndex();
    const missed: string[] = [];
    for (const { block } of dictionary.blocks)
      for (const { text } of block.examples)
        for (const sentence of parse(text)) {
          const matches = matchDictionary(sentence.tokens, index).filter((match) => match.entry.kind !== null);
          if (matches.length === 0) continue;
          const words = text.slice(sentence.start, sentence.end);
          if (!mayMatch(words) || !mayMatch(titleCase(words))) missed.push(words);
        }
    expect(missed).toEqual([]);
  });
});
