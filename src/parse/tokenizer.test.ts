import { describe, expect, it } from "vitest";
import { tokenizeWords } from "./tokenizer.ts";

const ABBREVIATIONS = new Set(["Mr.", "Inc.", "Gen.", "etc."]);
const words = (text: string) => tokenizeWords(text, 0, text.length, ABBREVIATIONS).map((t) => t.text);

describe("tokenizeWords", () => {
  it.each([
    ["They don't agree.", ["They", "do", "n't", "agree", "."]],
    ["We can't and won't go.", ["We", "ca", "n't", "and", "wo", "n't", "go", "."]],
    ["China's envoy", ["China", "'s", "envoy"]],
    ["Egypt’s minister", ["Egypt", "’s", "minister"]],
    [
      "they're sure I'm right and we've seen it",
      ["they", "'re", "sure", "I", "'m", "right", "and", "we", "'ve", "seen", "it"],
    ],
    ["the states' borders", ["the", "states", "'", "borders"]],
    ["a long-term deal", ["a", "long", "-", "term", "deal"]],
    ["a pre-war plan sent by e-mail", ["a", "pre-war", "plan", "sent", "by", "e-mail"]],
    [
      "Mr. Tillerson of Acme Inc. met Rex W. Smith.",
      ["Mr.", "Tillerson", "of", "Acme", "Inc.", "met", "Rex", "W.", "Smith", "."],
    ],
    ["the U.S. and the U.K.", ["the", "U.S.", "and", "the", "U.K."]],
    [
      "It cost $1,000.50 or 5% in the 1990s.",
      ["It", "cost", "$", "1,000.50", "or", "5", "%", "in", "the", "1990s", "."],
    ],
    ['"Yes," he said (quietly)...', ['"', "Yes", ",", '"', "he", "said", "(", "quietly", ")", "..."]],
    ["We're gonna win, I cannot lose", ["We", "'re", "gon", "na", "win", ",", "I", "can", "not", "lose"]],
    ["see https://example.org/a?b=1. Then", ["see", "https://example.org/a?b=1", ".", "Then"]],
    ["and/or", ["and", "/", "or"]],
    ["I like plan B.", ["I", "like", "plan", "B", "."]],
  ])("%s", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("gives offsets that are exact slices, inside the range asked for", () => {
    const text = "Headline\n  Saudi Arabia's king didn't go.  Next one.";
    const from = text.indexOf("Saudi");
    const to = text.indexOf("  Next");
    const tokens = tokenizeWords(text, from, to);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0].start).toBe(from);
    expect(tokens.at(-1)?.end).toBe(to);
  });

  it("tokenizes a one-megabyte sentence without overflowing the stack", () => {
    const text = "word, ".repeat(170_000);
    expect(tokenizeWords(text).length).toBe(340_000);
  });
});
