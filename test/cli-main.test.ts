// The command line loads only the command it is given (src/serve/cli/main.ts); help and a mistyped command
// still see every command.
import { describe, expect, it } from "vitest";
import { runDyad } from "./cli-run.ts";

const COMMANDS = ["extract", "ingest", "timeline", "relations", "events", "trends", "demo", "serve", "export", "parse"];

describe("dyad", () => {
  it("lists every command in its help", async () => {
    const { stdout, code } = await runDyad(["--help"]);
    expect(code).toBe(0);
    for (const command of [...COMMANDS, "worker", "jobs", "retry"])
      expect(stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  }, 60_000);

  it("suggests the command meant by a typo", async () => {
    const { stderr, code } = await runDyad(["extrat", "a.txt"]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unknown command 'extrat'[\s\S]*Did you mean extract\?/);
  }, 60_000);
});
