// Any number of processes may open a new SQLite store at once: the migrations run under one write lock, so
// none fails with "table documents already exists" (it did in 2 of 10 trials with two processes).
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";

const PROCESSES = 8;
const TRIALS = 20;
const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), "dyad-migrate-race-"));

function nextMessage(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => child.once("message", (message) => resolve(String(message))));
}

beforeAll(async () => {
  for (let i = 0; i < PROCESSES; i++)
    children.push(fork(join(import.meta.dirname, "open-store-process.ts"), { execArgv: ["--import", "tsx"] }));
  await Promise.all(children.map(nextMessage)); // every process loaded, so the opens below start together
}, 60_000);

afterAll(() => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

it(`${PROCESSES} processes open each of ${TRIALS} new SQLite files at once`, async () => {
  const failures: string[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const path = join(dir, `trial-${trial}.db`);
    const replies = children.map(nextMessage);
    for (const child of children) child.send(path);
    for (const reply of await Promise.all(replies)) if (!reply.startsWith("ok ")) failures.push(reply);
  }
  expect(failures).toEqual([]);
}, 120_000);
