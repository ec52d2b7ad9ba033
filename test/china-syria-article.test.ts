// The article that started the project: everything the issue lists must come out of it, each fact with
// its evidence sentence as an exact slice of the file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analyze/pipeline.ts";
import { readArticle } from "../src/ingest/read-article.ts";
import { loadKnowledge } from "../src/knowledge/knowledge.ts";
import type { ArticleRecord } from "../src/record/record.ts";

const path = join(import.meta.dirname, "../examples/china-syria-2023.txt");
let record: ArticleRecord;
let text: string;

beforeAll(() => {
  const bytes = readFileSync(path);
  text = bytes.toString("utf8");
  record = analyzeArticle(readArticle(path, bytes), loadKnowledge());
});

const pair = (parties: string[]) => [...parties].sort().join("~");

describe("Xi, Assad announce China-Syria strategic partnership", () => {
  it("reads the document: title, date, dateline", () => {
    expect(record.document).toMatchObject({
      title: "Xi, Assad announce China-Syria strategic partnership",
      published: "2023-09-23",
      dateline: { place: "Hangzhou", country: "CHN" },
      language: "en",
    });
  });

  it("names the people, states, initiative and place", () => {
    const byId = new Map(record.entities.map((e) => [e.id, e]));
    expect(byId.get("person:xi-jinping")).toMatchObject({ country: "CHN" });
    expect(byId.get("person:bashar-al-assad")).toMatchObject({ country: "SYR" });
    expect(record.entities.some((e) => e.kind === "person" && e.name === "Zhu Yongbiao")).toBe(true);
    for (const id of ["CHN", "SYR", "USA", "org:bri", "org:un"]) expect(byId.has(id)).toBe(true);
    expect(byId.get("place:hangzhou")).toMatchObject({ country: "CHN" });
  });

  it.each([
    ["meet", "CHN~SYR", "occurred", /^2023-09-2[123]$/],
    ["establish_partnership", "CHN~SYR", "occurred", /^2023-09-2[123]$/],
    ["visit", "SYR>CHN", "occurred", /^2023-09/],
    ["visit", "SYR>CHN", "occurred", /^2004$/],
    ["establish_relations", "CHN~SYR", "occurred", /^1956$/],
    ["join", "SYR>org:bri", "occurred", /^2022-01$/],
    ["sign_agreement", "CHN~SYR", "occurred", /^2023-09-2[123]$/],
    ["support", "CHN>SYR", "occurred", /^2023-09-2[123]$/],
    ["support", "SYR>CHN", "occurred", /^2023-09-2[123]$/],
    ["cooperate", "CHN~SYR", "intended", /^2023-09-2[123]$/],
  ])("finds %s %s %s dated %s, with its evidence", (kind, dyad, factuality, date) => {
    const found = record.events.filter((e) => {
      const key = dyad.includes("~") ? pair([...e.source, ...e.target]) : `${e.source.join()}>${e.target.join()}`;
      return e.kind === kind && key === dyad && e.factuality === factuality && date.test(e.date ?? "");
    });
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });

  it("gives the meeting its place", () => {
    expect(record.events.find((e) => e.kind === "meet")?.location).toMatchObject({ name: "Hangzhou", country: "CHN" });
  });

  it.each([
    ["partnership", "CHN~SYR", "strategic partnership", /^2023-09-2[123]$/],
    ["diplomatic_relations", "CHN~SYR", undefined, /^1956$/],
    ["membership", "SYR>org:bri", undefined, /^2022-01$/],
  ])("asserts the standing relation %s %s %s since %s", (kind, parties, label, since) => {
    const found = record.relations.find((r) => {
      const key = kind === "membership" ? r.parties.join(">") : pair(r.parties);
      return r.kind === kind && key === parties && (label === undefined || r.label === label);
    });
    expect(found?.since).toMatch(since);
    expect(found?.evidence && text.slice(found.evidence.start, found.evidence.end)).toBe(found?.evidence?.text);
  });

  it("codes events in PLOVER and CAMEO, intended ones as AGREE / 03x", () => {
    const visit = record.events.find((e) => e.kind === "visit");
    expect(visit?.codes).toEqual({ plover: "CONSULT", cameo: "042" });
    const pledge = record.events.find((e) => e.factuality === "intended");
    expect(pledge?.codes.plover).toBe("AGREE");
    expect(pledge?.codes.cameo).toMatch(/^03/);
  });

  it("keeps the analyst's quote-free commentary out of the state's events", () => {
    expect(record.events.some((e) => e.kind === "criticize" && e.source.includes("AFG"))).toBe(false);
    expect(record.relations.some((r) => r.parties.includes("AFG"))).toBe(false);
  });
});
