// The city index: names, "City, Region" forms, and the most populous city winning a shared name.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze/pipeline.ts";
import { readArticle } from "../ingest/read-article.ts";
import { loadKnowledge } from "./knowledge.ts";
import { createPlaceIndex, keysOf } from "./places.ts";

describe("place keys", () => {
  it.each([
    ["Washington, D.C.", ["washington d c", "washington", "washington dc"]],
    ["Hangzhou", ["hangzhou"]],
    ["Rio de Janeiro", ["rio de janeiro"]],
  ])("%s answers to %j", (name, keys) => {
    expect(keysOf([name])).toEqual(keys);
  });
});

describe("place index", () => {
  const index = createPlaceIndex(
    new Map([
      ["US", "USA"],
      ["GB", "GBR"],
      ["FR", "FRA"],
    ]),
  );
  it.each([
    ["washington", "USA"],
    ["washington dc", "USA"],
    ["washington d c", "USA"],
    ["london", "GBR"],
    ["paris", "FRA"],
  ])("finds %s in %s, with coordinates", (key, country) => {
    const place = index.lookup(key);
    expect(place?.country).toBe(country);
    expect(place?.lat).toEqual(expect.any(Number));
  });

  it("puts Washington on the US capital's coordinates, not Washington, Tyne and Wear", () => {
    expect(index.lookup("washington")).toMatchObject({ lat: 38.9, lon: -77.04 });
  });
});

describe("a US story datelined Washington", () => {
  it("places the dateline in the United States", () => {
    const text = [
      "---",
      "title: US and Japan hold talks",
      "published: 2024-04-10",
      "---",
      "WASHINGTON – President Joe Biden met Japanese Prime Minister Fumio Kishida at the White House on Wednesday.",
      "",
    ].join("\n");
    const record = analyzeArticle(readArticle("washington.txt", new TextEncoder().encode(text)), loadKnowledge());
    expect(record.document.dateline).toMatchObject({ country: "USA" });
  });
});
