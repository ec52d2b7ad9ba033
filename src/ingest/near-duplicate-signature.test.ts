import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { syntheticArticle } from "../../test/synthetic/synthetic-news.ts";
import { nearDuplicateSignature, SIGNATURE_LENGTH, signatureSimilarity } from "./near-duplicate-signature.ts";
import { readArticle } from "./read-article.ts";

const fixture = (name: string) => {
  const input = `test/fixtures/near-duplicates/${name}`;
  const article = readArticle(input, readFileSync(input));
  return nearDuplicateSignature(article.text.slice(article.bodyStart)) as number[];
};

describe("nearDuplicateSignature", () => {
  const original = fixture("wire-original.txt");

  it.each<[string, string, number, number]>([
    // [variant, fixture, lowest, highest similarity to the wire original]
    ["republished with another headline, a byline and boilerplate", "wire-republished.txt", 0.85, 1],
    ["republished with another dateline, cut after five paragraphs", "wire-trimmed.txt", 0.6, 0.9],
    ["another story about the same event", "same-event-other-story.txt", 0, 0.1],
  ])("%s", (_label, name, lowest, highest) => {
    const similarity = signatureSimilarity(original, fixture(name));
    expect(similarity).toBeGreaterThanOrEqual(lowest);
    expect(similarity).toBeLessThanOrEqual(highest);
  });

  it("gives the same signature for the same text, of the documented length", () => {
    expect(fixture("wire-original.txt")).toEqual(original);
    expect(original).toHaveLength(SIGNATURE_LENGTH);
  });

  it("gives no signature to a text too short to compare", () => {
    expect(nearDuplicateSignature("Xi met Assad in Hangzhou on Friday.")).toBeNull();
  });

  it("keeps synthetic benchmark articles apart from each other", () => {
    const signatures = Array.from({ length: 40 }, (_, index) => {
      const { content } = syntheticArticle(index);
      return nearDuplicateSignature(content.slice(content.indexOf("\n---\n") + 5)) as number[];
    });
    let highest = 0;
    for (let a = 0; a < signatures.length; a += 1) {
      for (let b = a + 1; b < signatures.length; b += 1) {
        highest = Math.max(highest, signatureSimilarity(signatures[a], signatures[b]));
      }
    }
    expect(highest).toBeLessThan(0.4);
  });
});
