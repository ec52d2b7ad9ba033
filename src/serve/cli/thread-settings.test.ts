import { describe, expect, it } from "vitest";
import { extractThreads } from "./thread-settings.mjs";

describe("extractThreads", () => {
  it.each([
    [["extract", "--threads", "2", "a.txt"], 2],
    [["extract", "a.txt", "--threads=4"], 4],
    [["extract", "--threads", "1", "a.txt"], 1],
    [["extract", "a.txt"], 1],
    [["extract", "--threads", "0", "a.txt"], 1], // refused later by the command, started once
    [["extract", "--threads", "two", "a.txt"], 1],
    [["extract", "--", "--threads", "2"], 1], // after "--", a file named --threads
    [["ingest", "--threads", "2", "a.txt"], 1],
    [["serve", "--analysis-threads", "2"], 1],
    [[], 1],
  ])("%j asks for %i analysis threads", (args, threads) => {
    expect(extractThreads(args)).toBe(threads);
  });
});
