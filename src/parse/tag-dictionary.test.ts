import { describe, expect, it } from "vitest";
import { buildTagDictionary } from "./tag-dictionary.ts";

const sentence = (pairs: [string, number][]) => ({
  forms: pairs.map(([form]) => form),
  tags: Int32Array.from(pairs, ([, tag]) => tag),
});

describe("tag dictionary", () => {
  const sentences = [
    ...Array.from({ length: 30 }, () =>
      sentence([
        ["the", 1],
        ["talks", 2],
        [".", 3],
      ]),
    ),
    ...Array.from({ length: 30 }, () =>
      sentence([
        ["talks", 4],
        ["the", 1],
      ]),
    ),
    ...Array.from({ length: 10 }, () => sentence([["Oman", 5]])),
  ];

  it("keeps frequent words with one tag, and only those", () => {
    // "talks" is a noun half the time and a verb the other half; "Oman" is too rare to trust.
    expect(buildTagDictionary(sentences)).toEqual([
      [".", 3],
      ["the", 1],
    ]);
  });

  it("drops a word whose other tag passes 1%", () => {
    const mixed = [...sentences, sentence([["the", 6]])];
    expect(buildTagDictionary(mixed).map(([form]) => form)).toEqual(["."]);
  });
});
