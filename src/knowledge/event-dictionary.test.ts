// The event dictionary loader: the files in knowledge/event-dictionary/ pass their schema, and broken
// files fail with the file and the problem named.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_KINDS } from "../record/record.ts";
import { loadEventDictionary } from "./event-dictionary.ts";

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-dict-"));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(data));
  return dir;
}

const file = (blocks: unknown[], classes: Record<string, string[]> = {}) => ({
  version: 1,
  source: { name: "test", licence: "MIT" },
  classes,
  blocks,
});

describe("loadEventDictionary", () => {
  it("loads the committed dictionary with kinds from the contract", () => {
    const dictionary = loadEventDictionary();
    expect(dictionary.entries.length).toBeGreaterThan(100);
    for (const entry of dictionary.entries) if (entry.kind) expect(EVENT_KINDS).toContain(entry.kind);
  });

  it("names the file and the problem for a bad lemma", () => {
    const dir = dirWith({ "bad.json": file([{ id: "x", lemmas: ["Condemn"], kind: "criticize" }]) });
    expect(() => loadEventDictionary(dir)).toThrow(/bad\.json is invalid.*lower-case lemmas/s);
  });

  it("refuses a class declared twice and a block id used twice", () => {
    const a = file([{ id: "x", lemmas: ["x"] }], { "&A": ["a"] });
    expect(() => loadEventDictionary(dirWith({ "a.json": a, "b.json": file([], { "&A": ["b"] }) }))).toThrow(
      /class &A is declared twice/,
    );
    expect(() => loadEventDictionary(dirWith({ "a.json": a, "b.json": file([{ id: "x", lemmas: ["y"] }]) }))).toThrow(
      /block id x is used twice/,
    );
  });

  it("expands a class into alternatives with head and modifiers", () => {
    const dir = dirWith({
      "a.json": file([{ id: "give", lemmas: ["give"], patterns: [{ object: "&ARMS", kind: "aid" }] }], {
        "&ARMS": ["weapon", "arms shipment", "memorandum of understanding"],
      }),
    });
    const [entry] = loadEventDictionary(dir).entries;
    expect(entry.object).toEqual([
      { head: "weapon", with: [] },
      { head: "shipment", with: ["arms"] },
      { head: "memorandum", with: ["understanding"] },
    ]);
  });
});
