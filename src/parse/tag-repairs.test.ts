// The verbless-sentence repair on the real model: a full sentence whose verb the tagger read as a participle
// gets its past tense back; a participle that cannot be one, or that opens no object, is left alone.
import { describe, expect, it } from "vitest";
import { parse } from "./index.ts";

function word(sentence: string, form: string) {
  const tokens = parse(sentence)[0].tokens;
  const at = tokens.findIndex((t) => t.text === form);
  return { ...tokens[at], rootIsIt: tokens[at].head < 0 };
}

describe("a verbless full sentence's participle before an object is its past-tense verb", () => {
  it.each([
    ["Israeli jets struck Iranian positions near the border.", "struck"],
    ["Israeli warplanes struck targets near the border.", "struck"],
    ["Rebel fighters shelled the city overnight.", "shelled"],
  ])("%s", (sentence, form) => {
    const w = word(sentence, form);
    expect(w.xpos).toBe("VBD");
    expect(w.rootIsIt).toBe(true);
  });
});

describe("participles that stay participles", () => {
  it("a phrase with no object after the participle", () => {
    expect(word("The talks held in Geneva last week.", "held").xpos).toBe("VBN");
  });
  it("a participle spelt unlike the past tense", () => {
    expect(word("Photos taken last week by reporters.", "taken").xpos).toBe("VBN");
  });
  it("a headline (no full stop) is left to the tagger, which may read a participle there", () => {
    expect(word("Israeli jets struck Iranian positions", "struck").xpos).toBe("VBN");
  });
});
