// The work budget: what it cuts is written into the record with a code, never dropped silently.
import { describe, expect, it } from "vitest";
import { readArticle } from "../ingest/read-article.ts";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import { analyzeArticle, analyzeDoc, STAGES } from "./pipeline.ts";
import { DEFAULT_BUDGET, type WorkBudget } from "./work-budget.ts";

const SENTENCE = "China provided humanitarian aid to Syria on Tuesday. ";

function analyze(body: string, budget: Partial<WorkBudget> = {}) {
  const article = readArticle("budget.txt", new TextEncoder().encode(`---\npublished: 2024-03-14\n---\n${body}\n`));
  return analyzeArticle(article, loadKnowledge(), { ...DEFAULT_BUDGET, ...budget });
}

describe("work budget", () => {
  it("leaves an article within the budget uncut", () => {
    const record = analyze(SENTENCE.repeat(3));
    expect(record.document.cut).toBeUndefined();
    expect(record.events.length).toBeGreaterThan(0);
  });

  it("analyses a sentence over the token limit in pieces and says so", () => {
    const long = `China provided humanitarian aid to Syria ${"and more ".repeat(300)}today.`;
    const record = analyze(long, { maxSentenceTokens: 100 });
    expect(record.document.cut?.map((c) => c.code)).toEqual(["long_sentences"]);
    expect(record.document.cut?.[0].message).toMatch(/1 sentence\(s\) longer than 100 tokens/);
    expect(record.events.map((e) => e.kind)).toContain("aid"); // the first piece is still analysed
  });

  it("analyses a one-megabyte sentence with no break without overflowing the stack", () => {
    const long = `China provided humanitarian aid to Syria, ${"talks, ".repeat(150_000)}end.`;
    expect(long.length).toBeGreaterThan(1_000_000);
    const record = analyze(long);
    expect(record.document.cut?.map((c) => c.code)).toEqual(["long_sentences", "parse_budget"]);
    expect(record.events.map((e) => e.kind)).toContain("aid");
  }, 60_000);

  it("parses sentences up to the parse budget and says from where the rest went unparsed", () => {
    const doc = analyzeDoc(
      readArticle("budget.txt", new TextEncoder().encode(`Aid\n\n${SENTENCE.repeat(5)}`)),
      loadKnowledge(),
      { ...DEFAULT_BUDGET, maxParsedTokens: 20 },
    );
    // 1 token of title, then 9 per sentence: the title and two sentences fit in 20.
    expect(doc.sentences.map((s) => s.parse !== undefined)).toEqual([true, true, true, false, false, false]);
    expect(doc.cuts).toEqual([
      {
        code: "parse_budget",
        message: expect.stringMatching(/from character \d+ on \(3 of 6\), past the parse budget of 20 tokens/),
      },
    ]);
    expect(doc.tokens[doc.sentences[2].tokenStart].upos).toBe("PROPN");
    expect(doc.tokens[doc.sentences[3].tokenStart].upos).toBeUndefined();
  });

  it("leaves out sentences past the token budget and says from where", () => {
    const record = analyze(`${SENTENCE}\n\n${"Russia criticised the United States. ".repeat(50)}`, { maxTokens: 12 });
    expect(record.document.cut?.map((c) => c.code)).toEqual(["token_budget"]);
    expect(record.document.cut?.[0].message).toMatch(
      /the text from character \d+ on \(\d+ of 51 sentences or pieces\), past the budget of 12 tokens/,
    );
    expect(record.events.map((e) => e.kind)).toEqual(["aid"]);
  });

  it("skips the stages after the time budget runs out and names them", () => {
    const record = analyze(SENTENCE, { maxMilliseconds: 0 });
    const rest = STAGES.slice(1).map(([name]) => name);
    expect(record.document.cut).toEqual([
      { code: "time_budget", message: expect.stringContaining(`not run: ${rest.join(", ")}`) },
    ]);
    expect(record.events).toEqual([]);
  });
});
