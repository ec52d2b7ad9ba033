import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.ts";
import { splitSentences } from "./sentences.ts";

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it.each([
    ["Mr. Chavez spoke. Gen. Montoya did not.", ["Mr. Chavez spoke.", "Gen. Montoya did not."]],
    [
      "U.S. Secretary of State Rex W. Tillerson met them. They agreed.",
      ["U.S. Secretary of State Rex W. Tillerson met them.", "They agreed."],
    ],
    [
      '"They are volatile," said Brock. "So, they are good."',
      ['"They are volatile," said Brock.', '"So, they are good."'],
    ],
    [
      "Headline without a stop\nFirst paragraph. Second sentence.",
      ["Headline without a stop", "First paragraph.", "Second sentence."],
    ],
    ["It was signed in the U.S. The next day it failed.", ["It was signed in the U.S.", "The next day it failed."]],
    [
      "Talks began on Sept. 5 in Washington, D.C. and ended Friday.",
      ["Talks began on Sept. 5 in Washington, D.C. and ended Friday."],
    ],
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("offsets are exact slices of the text", () => {
    const text = "  First one.  Second one!\n\nThird?  ";
    for (const s of splitSentences(text, 0, text.length))
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});

describe("tokens", () => {
  it("keeps dotted abbreviations and splits possessives", () => {
    expect(tokenize("U.S. and China’s ties").map((t) => t.text)).toEqual(["U.S.", "and", "China", "’", "s", "ties"]);
  });
  it("normalises diacritics and curly quotes for look-ups", () => {
    expect(tokenize("Türkiye’s").map((t) => t.norm)).toEqual(["turkiye", "'", "s"]);
  });
});
