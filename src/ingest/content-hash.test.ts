import { describe, expect, it } from "vitest";
import { contentHash, normaliseForHash } from "./content-hash.ts";

describe("contentHash", () => {
  it("is the sha256 of the normalised text", () => {
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it.each([
    ["line endings", "One.\r\nTwo.", "One.\nTwo."],
    ["runs of spaces and blank lines", "One.   \n\n\n  Two.", "One. Two."],
    ["leading and trailing whitespace", "\n  One. Two.  \n", "One. Two."],
    ["Unicode normal form (NFD vs NFC)", "Cafe\u0301", "Café"],
  ])("ignores %s", (_name, a, b) => {
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it.each([
    ["a changed word", "The two leaders met.", "The two leaders spoke."],
    ["a removed space between words", "two leaders", "twoleaders"],
  ])("differs for %s", (_name, a, b) => {
    expect(contentHash(a)).not.toBe(contentHash(b));
  });

  it("normalises to NFC with single spaces", () => {
    expect(normaliseForHash(" Cafe\u0301 \t au\nlait ")).toBe("Café au lait");
  });
});
