import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SYMMETRIC_KINDS } from "../record/record.ts";
import { KNOWLEDGE_DIR, knowledgeVersion, readKnowledgeFiles } from "./knowledge-files.ts";

// A copy of knowledge/ (without the parser model) that each test may change.
function copyOfKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-knowledge-"));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true, filter: (source) => !source.includes("/models") });
  copies.push(dir);
  return dir;
}
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe("readKnowledgeFiles", () => {
  it("derives the version from the files' content: the same files give the same version, a changed one another", () => {
    const dir = copyOfKnowledge();
    const before = knowledgeVersion(dir);
    expect(before).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(knowledgeVersion(KNOWLEDGE_DIR)).toBe(before);
    const path = join(dir, "territories.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"HKG": "CHN"', '"HKG": "GBR"'));
    expect(knowledgeVersion(dir)).not.toBe(before);
  });

  it.each([
    [
      "territories.json",
      '{"version": 1, "sovereign_of": {"HKG": "china"}}',
      /territories\.json is invalid: sovereign_of\.HKG/,
    ],
    [
      "abbreviations.json",
      '{"version": 1, "abbreviations": ["mr"]}',
      /abbreviations\.json is invalid: sentence_openers/,
    ],
    ["person-cues.json", "{ not json", /person-cues\.json could not be read/],
  ])("refuses a bad %s, naming the file and the problem", (file, content, message) => {
    const dir = copyOfKnowledge();
    writeFileSync(join(dir, file), content);
    expect(() => readKnowledgeFiles(dir)).toThrow(message);
  });
});

describe("event-patterns.json and the contract", () => {
  it("marks symmetric exactly the kinds the contract does (src/record/record.ts SYMMETRIC_KINDS)", () => {
    const kinds = readKnowledgeFiles().eventPatterns.kinds;
    const symmetric = Object.entries(kinds)
      .filter(([, codes]) => codes.symmetric)
      .map(([kind]) => kind);
    expect(symmetric.sort()).toEqual([...SYMMETRIC_KINDS].sort());
  });
});
