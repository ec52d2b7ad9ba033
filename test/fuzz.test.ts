// The fuzz harness with fixed seeds: mutated pages (500 cases), texts, feeds and JSON Lines batches through the
// reader and the analyzer, with no exception, no case over the time budget and every record within the contract.
// `npm run fuzz -- --cases N --seed S` runs more.
import { beforeAll, describe, expect, it } from "vitest";
import { FUZZ_KINDS, fuzz } from "../src/fuzz/fuzz-run.ts";
import { mutate, seededRandom } from "../src/fuzz/mutate.ts";
import { recordViolations } from "../src/fuzz/record-contract.ts";
import { type Knowledge, loadKnowledge } from "../src/knowledge/knowledge.ts";

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = loadKnowledge();
});

describe("fuzzing", () => {
  it("mutates the same way for the same seed, differently for another", () => {
    const once = mutate("Syria and China met in Beijing.", seededRandom(42));
    expect(mutate("Syria and China met in Beijing.", seededRandom(42))).toBe(once);
    expect(mutate("Syria and China met in Beijing.", seededRandom(43))).not.toBe(once);
  });

  it("finds a record whose evidence is not the text's slice", () => {
    const record = {
      input: "x",
      document: { title: null, published: "2023-02-30", dateline: null, language: "en" },
      entities: [{ id: "SYR", kind: "country" as const, name: "Syria" }],
      events: [],
      relations: [],
      quotes: [{ speaker: null, text: "a", evidence: { start: 0, end: 3, text: "abd" } }],
    };
    expect(recordViolations(record, "abc")).toEqual([
      'document.published: "2023-02-30" is not an ISO date',
      "quotes[0]: evidence.text is not the slice",
    ]);
  });

  it("reads 500 mutated HTML pages with no exception and every record within the contract", () => {
    const report = fuzz(knowledge, { cases: 500, seed: 2026, kinds: ["html"], budgetMs: 10_000 });
    expect(report.findings).toEqual([]);
    expect(report.counts.record).toBeGreaterThan(100); // the mutations leave most pages readable
  }, 300_000);

  it.each(FUZZ_KINDS.filter((kind) => kind !== "html"))(
    "reads 60 mutated %s inputs cleanly",
    (kind) => {
      const report = fuzz(knowledge, { cases: 60, seed: 11, kinds: [kind], budgetMs: 10_000 });
      expect(report.findings).toEqual([]);
    },
    120_000,
  );
});
