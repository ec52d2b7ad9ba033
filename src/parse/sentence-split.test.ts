import { describe, expect, it } from "vitest";
import { type SentenceRules, splitSentences } from "./sentence-split.ts";

const RULES: SentenceRules = {
  abbreviations: new Set(["mr", "gen", "u.s", "d.c", "sept"]),
  openers: new Set(["The", "He"]),
};
const split = (text: string) => splitSentences(text, 0, text.length, RULES).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ["Mr. Chavez spoke. Gen. Montoya did not.", ["Mr. Chavez spoke.", "Gen. Montoya did not."]],
    ["Rex W. Tillerson met them. They agreed!", ["Rex W. Tillerson met them.", "They agreed!"]],
    ["It was signed in the U.S. The next day it failed.", ["It was signed in the U.S.", "The next day it failed."]],
    ["Talks on Sept. 5 in Washington, D.C. ended.", ["Talks on Sept. 5 in Washington, D.C. ended."]],
    ['"We will," he said. "Soon."', ['"We will," he said.', '"Soon."']],
    ["Headline\n\nFirst one. Second one?", ["Headline", "First one.", "Second one?"]],
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("numbers paragraphs by non-empty line", () => {
    const text = "One.\n\nTwo. Three.";
    expect(splitSentences(text, 0, text.length, RULES).map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it("stays linear in a paragraph's length (1x, 4x, 16x)", () => {
    const paragraph = (n: number) => "Mr. Smith met Gen. Jones in the U.S. on Monday. ".repeat(n);
    const time = (n: number) => {
      const text = paragraph(n);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        splitSentences(text, 0, text.length, RULES);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(2000); // warm up the JIT
    // the best of five runs each, on paragraphs long enough that a busy machine's pauses weigh little
    const base = time(4000);
    const sixteen = time(64_000);
    expect(time(16_000)).toBeLessThan(base * 4 * 4);
    // Linear work grows 16-fold; the old quadratic splitter grew about 250-fold here.
    expect(sixteen / base).toBeLessThan(50);
  });
});
