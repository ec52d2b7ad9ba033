// `dyad ingest` as a user runs it: the real binary on real files, a real SQLite file, bad inputs among good
// ones, stdin, and a run killed with SIGKILL midway and started again.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/open-store.ts";
import { DYAD_BIN, runDyad } from "./cli-run.ts";
import { createTestDatabase, dropTestDatabases, skipPostgres } from "./store/postgres-test-database.ts";

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "dyad-cli-ingest-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function article(index: number): string {
  const pairs = [
    ["France", "Germany"],
    ["Japan", "India"],
    ["Brazil", "Argentina"],
    ["Kenya", "Ethiopia"],
  ];
  const [a, b] = pairs[index % pairs.length];
  return [
    "---",
    `title: Ministers meet for round ${index} of talks`,
    `published: 2023-0${1 + (index % 9)}-1${index % 10}`,
    "source: test",
    "---",
    `The foreign ministers of ${a} and ${b} met in the capital on Tuesday for round ${index} of their talks.`,
    "They discussed trade, energy and security cooperation and agreed to meet again next year.",
    "Officials on both sides said the meeting had been constructive and friendly.",
    "",
  ].join("\n");
}

function countRows(db: string, sql: string): number {
  const database = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (database.prepare(sql).get() as { n: number }).n;
  } finally {
    database.close();
  }
}

const SUMMARY = /^(\d+) stored, (\d+) already stored, (\d+) failed/m;

describe("dyad ingest", () => {
  it("stores good files from folders (recursively), reports each bad one, and exits 1", async () => {
    const inputs = join(folder, "mixed");
    mkdirSync(join(inputs, "nested", "deeper"), { recursive: true });
    writeFileSync(join(inputs, "one.txt"), article(1));
    writeFileSync(join(inputs, "nested", "deeper", "two.md"), article(2));
    writeFileSync(join(inputs, "empty.txt"), "");
    writeFileSync(join(inputs, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00]));
    const missing = join(folder, "no-such-file.txt");
    const db = join(folder, "mixed.db");

    const first = await runDyad(["ingest", inputs, missing, "--db", db]);
    expect(first.stdout).toMatch(/^2 stored, 0 already stored, 3 failed/m);
    expect(first.code).toBe(1);
    const failureLines = first.stderr.trim().split("\n");
    expect(failureLines).toHaveLength(3);
    for (const [name, code] of [
      ["empty.txt", "empty"],
      ["binary.txt", "binary"],
      ["no-such-file.txt", "not_found"],
    ]) {
      expect(failureLines.find((line) => line.includes(name))).toMatch(new RegExp(`^dyad ingest: .*\\[${code}\\]$`));
    }
    expect(countRows(db, "select count(*) as n from documents")).toBe(2);

    const again = await runDyad(["ingest", inputs, missing, "--db", db]);
    expect(again.stdout).toMatch(/^0 stored, 2 already stored, 3 failed/m);
    expect(countRows(db, "select count(*) as n from documents")).toBe(2);
  });

  it("reads an article from stdin with -", async () => {
    const db = join(folder, "stdin.db");
    const result = await runDyad(["ingest", "-", "--db", db], { input: article(7) });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 stored, 0 already stored, 0 failed/m);
    expect(countRows(db, "select count(*) as n from documents where input = '-'")).toBe(1);
  });

  it("stores every article exactly once after a run killed midway is started again", async () => {
    const total = 600;
    const inputs = join(folder, "many");
    mkdirSync(inputs);
    for (let index = 0; index < total; index++) {
      writeFileSync(join(inputs, `article-${String(index).padStart(4, "0")}.txt`), article(index));
    }
    const db = join(folder, "killed.db");

    const child = spawn(process.execPath, [DYAD_BIN, "ingest", inputs, "--db", db], {
      env: { ...process.env, DYAD_DB: "", DYAD_DATABASE_URL: "" },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    let storedAtKill = 0;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      try {
        storedAtKill = countRows(db, "select count(*) as n from documents");
      } catch {
        continue; // the database or its tables do not exist yet
      }
      if (storedAtKill >= 10) break;
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    // Killed midway: some articles stored, not all (else this test would prove nothing).
    expect(storedAtKill).toBeGreaterThanOrEqual(10);
    const afterKill = countRows(db, "select count(*) as n from documents");
    expect(afterKill).toBeLessThan(total);

    const rerun = await runDyad(["ingest", inputs, "--db", db]);
    expect(rerun.code).toBe(0);
    const [, stored, already, failed] = SUMMARY.exec(rerun.stdout) ?? [];
    expect(Number(failed)).toBe(0);
    expect(Number(already)).toBe(afterKill);
    expect(Number(stored) + Number(already)).toBe(total);

    expect(countRows(db, "select count(*) as n from documents")).toBe(total);
    expect(countRows(db, "select count(distinct content_hash) as n from documents")).toBe(total);
    expect(countRows(db, "select count(distinct input) as n from documents")).toBe(total);
    const integrity = new Database(db, { readonly: true });
    expect(integrity.pragma("integrity_check", { simple: true })).toBe("ok");
    integrity.close();
  });

  it.skipIf(skipPostgres)("ingests into PostgreSQL named by --db or DYAD_DATABASE_URL", async () => {
    const inputs = join(folder, "for-postgres");
    mkdirSync(inputs);
    for (const index of [11, 12, 13]) writeFileSync(join(inputs, `article-${index}.txt`), article(index));
    const database = await createTestDatabase("dyad_test_cli_ingest");
    try {
      const first = await runDyad(["ingest", inputs, "--db", database.url]);
      expect(first.stderr).toBe("");
      expect(first.stdout).toMatch(/^3 stored, 0 already stored, 0 failed/m);
      const again = await runDyad(["ingest", inputs], { env: { DYAD_DATABASE_URL: database.url } });
      expect(again.stdout).toMatch(/^0 stored, 3 already stored, 0 failed/m);
      const store = await openStore(database.url);
      try {
        expect((await store.stats()).documents).toBe(3);
      } finally {
        await store.close();
      }
    } finally {
      await dropTestDatabases([database.name]);
    }
  });
});
