// `dyad serve --processes N`: N real server processes share one port over one SQLite store, every one of
// them answers, and stopping the primary stops them all.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DYAD_BIN, runDyad } from "./cli-run.ts";

const dir = mkdtempSync(join(tmpdir(), "dyad-serve-processes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad serve --processes", () => {
  it("serves one store from two processes on one port and stops them all on SIGTERM", async () => {
    const db = join(dir, "store.db");
    const ingest = await runDyad(["ingest", "--db", db, join(import.meta.dirname, "../examples/china-syria-2023.txt")]);
    expect(ingest.code).toBe(0);
    const child = spawn(
      process.execPath,
      [DYAD_BIN, "serve", "--db", db, "--port", "0", "--no-web", "--processes", "2"],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let errors = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (chunk) => {
        errors += chunk;
        const found = /listening on (http:\/\/\S+) with 2 processes/.exec(errors);
        if (found) resolve(found[1]);
      });
      child.on("exit", (code) => reject(new Error(`dyad serve exited with ${code}: ${errors}`)));
    });
    // many requests in parallel: the port is shared by both processes, and each answers from the store
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => fetch(`${url}/api/pairs/CHN/SYR/timeline`).then((r) => r.json())),
    );
    for (const answer of answers) expect(JSON.stringify(answer)).toContain("strategic partnership");
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/api/stats`)).rejects.toThrow();
  }, 90_000);

  it("refuses a process count that is not a whole number from 1 to 64", async () => {
    const result = await runDyad(["serve", "--processes", "0", "--no-web"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("--processes must be a whole number from 1 to 64");
  });
});
