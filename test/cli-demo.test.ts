// `dyad demo` from a folder that is not the project: the bundled examples are found relative to the package,
// stored once however often the demo runs, and the China–Syria timeline is printed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES_FOLDER } from "../src/serve/cli/demo-command.ts";
import { type CliResult, runDyad } from "./cli-run.ts";

let cwd: string;
let first: CliResult;

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), "dyad-cli-demo-"));
  first = await runDyad(["demo"], { cwd });
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** The lines of one timeline entry whose first line matches `head`. */
function entry(stdout: string, head: RegExp): string[] | undefined {
  const blocks = stdout.split("\n\n").map((block) => block.split("\n"));
  return blocks.find((lines) => head.test(lines[0]));
}

describe("dyad demo", () => {
  it("ingests the bundled examples into ./dyad.db and prints the China–Syria timeline", () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout.split("\n")[0]).toBe("Examples: 6 stored, 0 already stored, 0 failed");
    expect(first.stdout).toMatch(/^China – Syria \(CHN–SYR\)/m);
    expect(existsSync(join(cwd, "dyad.db"))).toBe(true);
  });

  it("stores the examples once when run again, into the database --db names", async () => {
    const again = await runDyad(["demo"], { cwd });
    expect(again.stdout.split("\n")[0]).toBe("Examples: 0 stored, 6 already stored, 0 failed");
    const elsewhere = await runDyad(["demo", "--db", join(cwd, "other.db")], { cwd });
    expect(elsewhere.stdout.split("\n")[0]).toBe("Examples: 6 stored, 0 already stored, 0 failed");
    // Same timeline from the same examples, whichever database holds them.
    expect(again.stdout.split("\n").slice(1)).toEqual(first.stdout.split("\n").slice(1));
    expect(elsewhere.stdout.split("\n").slice(1)).toEqual(first.stdout.split("\n").slice(1));
  });

  // The timeline the demo prints for the China–Syria example, as the analyzer reads it.
  describe("timeline content (needs the analyzer)", () => {
    const article = () => readFileSync(join(EXAMPLES_FOLDER, "china-syria-2023.txt"), "utf8");

    it.each([
      ["1956 diplomatic relations", /^1956\s+(establish_relations|diplomatic_relations)\s+(CHN|SYR) [–→] (CHN|SYR)/],
      ["the 2004 visit", /^2004\s+visit\s+SYR → CHN/],
      ["Syria joining the BRI in January 2022", /^2022-01\s+(join\s+SYR → org:bri|membership\s+SYR – org:bri)/],
      ["the Hangzhou meeting", /^2023-09-2[123]\s+meet\s+(CHN – SYR|SYR – CHN)/],
      ["the strategic partnership", /^2023-09-2[123]\s+(partnership “strategic partnership”|establish_partnership)/],
      ["the agreements signed", /^2023-09-2[123]\s+sign_agreement\s+(CHN – SYR|SYR – CHN)/],
    ])("lists %s with its evidence sentence", (_label, head) => {
      const lines = entry(first.stdout, head);
      expect(lines, `no timeline entry matching ${head}`).toBeDefined();
      const evidence = /^\s+“(.*)”$/.exec(lines?.[1] ?? "")?.[1];
      expect(evidence && article().replace(/\s+/g, " ").includes(evidence)).toBe(true);
      expect(lines?.at(-1)).toMatch(/^\s+— .* \(2023-09-23\)$/);
    });

    // The example has no front matter: its title is the headline on its first line, which reading must find.
    it("names the source article by its headline", () => {
      const sources = first.stdout.split("\n").filter((line) => /^\s+— /.test(line));
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(source.trim()).toBe("— Xi, Assad announce China-Syria strategic partnership (2023-09-23)");
      }
    });

    it("lists the strategic partnership among Syria's relations", async () => {
      const { stdout } = await runDyad(["relations", "SYR", "--db", join(cwd, "dyad.db")]);
      expect(stdout).toMatch(/^Partnerships\n {2}China \(CHN\) {2}“strategic partnership” {2}since 2023-09-2[123]/m);
    });
  });
});
