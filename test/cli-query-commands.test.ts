// timeline, relations and events over a store seeded with hand-written records (independent of the analyzer).
// Most calls run the commands in-process; a few run the real binary to check the wiring end to end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCommand } from "../src/serve/cli/demo-command.ts";
import { eventsCommand } from "../src/serve/cli/events-command.ts";
import { exportCommand } from "../src/serve/cli/export-command.ts";
import { ingestCommand } from "../src/serve/cli/ingest-command.ts";
import { relationsCommand } from "../src/serve/cli/relations-command.ts";
import { timelineCommand } from "../src/serve/cli/timeline-command.ts";
import { trendsCommand } from "../src/serve/cli/trends-command.ts";
import { openStore } from "../src/store/open-store.ts";
import { runCommand } from "./cli-in-process.ts";
import { runDyad } from "./cli-run.ts";
import { contractArticles } from "./store/contract-articles.ts";

const COMMANDS = {
  export: exportCommand,
  trends: trendsCommand,
  ingest: ingestCommand,
  timeline: timelineCommand,
  relations: relationsCommand,
  events: eventsCommand,
  demo: demoCommand,
};

/** `dyad NAME ARGS...`, in-process. */
function dyad(args: string[]) {
  const [name, ...rest] = args;
  return runCommand(COMMANDS[name as keyof typeof COMMANDS], rest);
}

let folder: string;
let db: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "dyad-cli-query-"));
  db = join(folder, "seeded.db");
  const store = await openStore(db);
  for (const article of Object.values(contractArticles)) await store.saveArticle(article);
  await store.close();
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The first line of each entry (date, kind, parties), in printed order. */
function headLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => /^(\d{4}|undated)/.test(line));
}

describe("dyad timeline", () => {
  it.each([
    ["names", ["china", "syria"]],
    ["codes, reversed", ["SYR", "CHN"]],
    ["names in other case", ["CHINA", "Syria"]],
  ])("prints the pair's entries in date order, given %s", async (_label, pair) => {
    // The first case runs the real binary, the others in-process.
    const result =
      pair[0] === "china"
        ? await runDyad(["timeline", ...pair, "--db", db])
        : await dyad(["timeline", ...pair, "--db", db]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(headLines(result.stdout).map((line) => line.replace(/\s+/g, " "))).toEqual([
      "1956 establish_relations SYR – CHN",
      "1956 diplomatic_relations CHN – SYR",
      "2004 visit SYR → CHN",
      "2022-01 join (context) SYR → org:bri",
      "2022-01 membership SYR – org:bri",
      "2023-09-22 meet CHN – SYR at Hangzhou",
      "2023-09-22 partnership “strategic partnership” CHN – SYR",
      "undated support SYR → CHN",
    ]);
  });

  it("brings in and marks what does not count when asked", async () => {
    const { stdout, code } = await dyad(["timeline", "china", "syria", "--factuality", "all", "--db", db]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe(
      "China – Syria (CHN–SYR): 5 events, 3 relations, 1 for context (not counted: 1 intended)",
    );
    expect(headLines(stdout).map((line) => line.replace(/\s+/g, " "))).toContain(
      "2023-09-22 cooperate (intended) CHN – SYR",
    );
  });

  it("puts the evidence sentence and the source article beneath each entry", async () => {
    const { stdout } = await dyad(["timeline", "china", "syria", "--db", db]);
    expect(stdout).toContain(
      [
        "2023-09-22  meet  CHN – SYR  at Hangzhou",
        "            “Xi and Assad met in Hangzhou on Friday.”",
        "            — Xi, Assad announce strategic partnership (2023-09-23)",
      ].join("\n"),
    );
    expect(stdout.split("\n")[0]).toBe(
      "China – Syria (CHN–SYR): 4 events, 3 relations, 1 for context (not counted: 1 intended)",
    );
  });

  it("limits by date range", async () => {
    const { stdout } = await dyad(["timeline", "china", "syria", "--from", "2022", "--to", "2022-12", "--db", db]);
    expect(headLines(stdout).map((line) => line.split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "2022-01 join",
      "2022-01 membership",
    ]);
  });

  it("prints JSON with --json", async () => {
    const { stdout, code } = await dyad(["timeline", "USA", "china", "--json", "--db", db]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.pair).toEqual(["USA", "CHN"]);
    expect(parsed.entries.map((entry: { type: string; date: string }) => `${entry.type}@${entry.date}`)).toEqual([
      "relation@1979",
      "event@2022-10",
      "event@2023-02",
      "event@2023-11-15",
    ]);
    expect(parsed.entries[1].event.evidence.text).toBe("In October 2022 Washington imposed export controls on China.");
  });

  it.each([
    [["timeline", "narnia", "syria"], /"narnia" is not a state or organisation/],
    [["timeline", "china", "syria", "--from", "2023-13"], /"2023-13" has no month/],
    [["timeline", "china"], /missing required argument/],
    [["timeline", "china", "China"], /two different actors, got CHN twice/],
    [["timeline", "china", "syria", "--from", "2023-02-30"], /"2023-02-30" is not a day of 2023-02/],
    [["timeline", "china", "syria", "--review", "maybe"], /unknown review "maybe"/],
  ])("refuses %j with a clear message and exit code 2 or 1", async (args, message) => {
    const result = await dyad([...args, "--db", db]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });

  it("names a database it cannot open", async () => {
    const result = await dyad(["timeline", "china", "syria", "--db", "/nonexistent-folder/x.db"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^dyad timeline: cannot open the SQLite database \/nonexistent-folder\/x.db/);
  });

  it("reads the database named by DYAD_DB", async () => {
    const { stdout } = await runDyad(["timeline", "china", "usa"], { env: { DYAD_DB: db } });
    expect(headLines(stdout)).toHaveLength(4);
  });
});

describe("dyad relations", () => {
  it("groups a state's standing relations by kind, with partner, label, since and evidence", async () => {
    const { stdout, code } = await dyad(["relations", "Syria", "--db", db]);
    expect(code).toBe(0);
    // Organisation names come from knowledge/organizations.json when it lists them, else the id is shown.
    expect(stdout.split("\n")).toEqual([
      "Syria (SYR)",
      "",
      "Partnerships",
      "  China (CHN)  “strategic partnership”  since 2023-09-22",
      "      “They announced a strategic partnership.”",
      "      — Xi, Assad announce strategic partnership",
      "",
      "Memberships",
      expect.stringMatching(/^ {2}.+ \(org:bri\) {2}since 2022-01$/),
      "      — Xi, Assad announce strategic partnership",
      expect.stringMatching(/^ {2}.+ \(org:arab-league\)$/),
      "      — Arab League readmits Syria",
      "",
      "Diplomatic relations",
      "  China (CHN)  since 1956",
      "      — Xi, Assad announce strategic partnership",
      "",
    ]);
  });

  it("prints JSON and accepts organisation ids", async () => {
    const { stdout } = await dyad(["relations", "org:bri", "--json", "--db", db]);
    const parsed = JSON.parse(stdout);
    expect(parsed.actor).toBe("org:bri");
    expect(parsed.relations.map((relation: { parties: string[] }) => relation.parties)).toEqual([["SYR", "org:bri"]]);
  });

  it("finds an organisation by an alias the store has seen", async () => {
    const { stdout, code } = await dyad(["relations", "League of Arab States", "--db", db]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Arab League (org:arab-league)");
  });
});

describe("dyad events", () => {
  it.each([
    [
      ["--pair", "china", "syria", "--kind", "meet", "visit"],
      ["2004 visit", "2023-09-22 meet"],
    ],
    [
      ["--actor", "USA", "--from", "2023"],
      ["2023-02 criticize", "2023-11-15 meet"],
    ],
    [
      ["--factuality", "negated", "intended"],
      ["2012 meet", "2023-09-22 cooperate"],
    ],
    [["--kind", "join", "--to", "2022"], ["2022-01 join"]],
  ])("filters with %j", async (args, expected) => {
    const { stdout, code } = await dyad(["events", ...args, "--db", db]);
    expect(code).toBe(0);
    expect(headLines(stdout).map((line) => line.split(/\s+/).slice(0, 2).join(" "))).toEqual(expected);
  });

  it("pages with --limit and --offset and reports the total", async () => {
    const text = await dyad(["events", "--limit", "3", "--offset", "3", "--db", db]);
    expect(text.stdout.split("\n")[0]).toBe("Events 4–6 of 9 (not counted: 1 intended, 1 negated)");
    const json = JSON.parse((await dyad(["events", "--limit", "3", "--offset", "7", "--json", "--db", db])).stdout);
    expect(json.total).toBe(9);
    expect(json.apart).toEqual({ counted: 9, intended: 1, negated: 1, uncertain: 0, rejected: 0 });
    expect(json.items.map((event: { kind: string }) => event.kind)).toEqual(["meet", "support"]);
  });

  it.each([
    [["--kind", "hug"], /unknown kind "hug": use meet, visit/],
    [["--factuality", "maybe"], /unknown factuality "maybe"/],
    [["--pair", "china"], /pair takes two actors, got 1/],
    [["--pair", "china", "CHN"], /two different actors, got CHN twice/],
    [["--actor", "XXX"], /"XXX" is not a state or organisation/],
    [["--from", "2023-13"], /"2023-13" has no month 13/],
    [["--limit", "-1"], /--limit must be a whole number/],
  ])("refuses %j", async (args, message) => {
    const result = await dyad(["events", ...args, "--db", db]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});

describe("help", () => {
  it.each(["ingest", "timeline", "relations", "events", "demo", "export", "trends"])(
    "dyad %s --help shows examples",
    async (command) => {
      const { stdout, code } = await dyad([command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`Examples:\\n\\s+\\$ dyad ${command}`));
    },
  );
});
