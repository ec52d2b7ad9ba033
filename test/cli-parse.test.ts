import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../src/serve/cli/parse-command.ts";
import { runCommand } from "./cli-in-process.ts";

const folder = mkdtempSync(join(tmpdir(), "dyad-parse-"));
const write = (name: string, content: string) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

describe("dyad parse", () => {
  it("prints CoNLL-U with character ranges, one block per sentence", async () => {
    const text = "Oman hosted the talks. Kenya didn't attend.";
    const result = await runCommand(parseCommand, [write("two.txt", text)]);
    expect(result.code).toBe(0);
    const blocks = result.stdout.trim().split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toContain("# text = Kenya didn't attend.");
    const rows = blocks[1]
      .split("\n")
      .filter((l) => /^\d/.test(l))
      .map((l) => l.split("\t"));
    expect(rows.map((r) => r[1])).toEqual(["Kenya", "did", "n't", "attend", "."]);
    for (const r of rows) {
      const [start, end] = /TokenRange=(\d+):(\d+)/.exec(r[9])?.slice(1).map(Number) ?? [];
      expect(text.slice(start, end)).toBe(r[1]);
    }
    expect(rows.filter((r) => r[6] === "0")).toHaveLength(1);
  });

  it("keeps a CoNLL-U file's sentences, multi-word tokens and empty nodes, filling dyad's columns", async () => {
    const conllu = [
      "# sent_id = mine-1",
      "# text = Peru's envoy signed it.",
      "1-2\tPeru's\t_\t_\t_\t_\t_\t_\t_\t_",
      "1\tPeru\t_\t_\t_\t_\t_\t_\t_\t_",
      "2\t's\t_\t_\t_\t_\t_\t_\t_\t_",
      "3\tenvoy\t_\t_\t_\t_\t_\t_\t_\t_",
      "3.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_",
      "4\tsigned\t_\t_\t_\t_\t_\t_\t_\t_",
      "5\tit\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
      "6\t.\t_\t_\t_\t_\t_\t_\t_\t_",
      "",
    ].join("\n");
    const result = await runCommand(parseCommand, ["--conllu", write("in.conllu", conllu)]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.slice(0, 2)).toEqual(["# sent_id = mine-1", "# text = Peru's envoy signed it."]);
    expect(lines[2]).toBe("1-2\tPeru's\t_\t_\t_\t_\t_\t_\t_\t_");
    expect(lines[6]).toBe("3.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_");
    const words = lines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split("\t"));
    expect(words.map((w) => w[1])).toEqual(["Peru", "'s", "envoy", "signed", "it", "."]);
    expect(words.map((w) => w[3])).toEqual(["PROPN", "PART", "NOUN", "VERB", "PRON", "PUNCT"]);
    expect(words.map((w) => w[2])).toEqual(["Peru", "'s", "envoy", "sign", "it", "."]);
    expect(words[4][9]).toBe("SpaceAfter=No");
    expect(words.filter((w) => w[6] === "0").map((w) => w[1])).toEqual(["signed"]);
  });

  it("names the file it cannot read", async () => {
    const result = await runCommand(parseCommand, [join(folder, "missing.txt")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing.txt: no such file");
  });

  it("names the line of a malformed CoNLL-U file", async () => {
    const result = await runCommand(parseCommand, ["--conllu", write("bad.conllu", "1\tonly\tthree\n")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad.conllu, line 1: expected 10 tab-separated columns/);
  });
});
