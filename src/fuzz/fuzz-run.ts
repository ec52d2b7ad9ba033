// One fuzz run: mutated texts, HTML pages, feeds and JSON Lines batches read and analysed as `dyad extract`
// would, each case sorted into a record, a clear input error, a crash (any other exception), a hang (over the
// time budget) or a contract violation. `npm run fuzz` prints the summary; the test suite runs a fixed seed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../analyze/pipeline.ts";
import type { ReadArticle } from "../ingest/article.ts";
import { InputError } from "../ingest/input-errors.ts";
import { readArticle } from "../ingest/read-article.ts";
import { batchOfText } from "../ingest/read-batches.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { mutate, seededRandom } from "./mutate.ts";
import { recordViolations } from "./record-contract.ts";

export const FUZZ_KINDS = ["text", "html", "feed", "jsonl"] as const;
export type FuzzKind = (typeof FUZZ_KINDS)[number];
export type Outcome = "record" | "input_error" | "crash" | "hang" | "violation";

export interface FuzzFinding {
  kind: FuzzKind;
  case: number;
  outcome: Exclude<Outcome, "record" | "input_error">;
  detail: string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  counts: Record<Outcome, number>;
  byKind: Record<FuzzKind, number>;
  slowestMs: number;
  findings: FuzzFinding[];
}

const ROOT = join(import.meta.dirname, "../..");
const SEED_FILES: Record<FuzzKind, [folder: string, pattern: RegExp]> = {
  text: ["examples", /\.txt$/],
  html: ["test/fixtures/html", /\.html$/],
  feed: ["test/fixtures/feeds", /\.(rss|atom)$/],
  jsonl: ["test/fixtures/feeds", /\.jsonl$/],
};

/** The well-formed inputs each kind's cases are mutated from: files written for dyad's own tests and examples. */
export function fuzzSeeds(): Record<FuzzKind, string[]> {
  const seeds = {} as Record<FuzzKind, string[]>;
  for (const kind of FUZZ_KINDS) {
    const [folder, pattern] = SEED_FILES[kind];
    const dir = join(ROOT, folder);
    seeds[kind] = readdirSync(dir)
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => readFileSync(join(dir, name), "utf8"));
  }
  return seeds;
}

const EXTENSION: Record<FuzzKind, string> = { text: "txt", html: "html", feed: "rss", jsonl: "jsonl" };

/** The articles one case's input holds (one for a text or page, one per item or line for a batch). */
function articlesOf(kind: FuzzKind, input: string, text: string): Array<ReadArticle | InputError> {
  if (kind === "text" || kind === "html") {
    try {
      return [readArticle(input, new TextEncoder().encode(text))];
    } catch (error) {
      if (error instanceof InputError) return [error];
      throw error;
    }
  }
  return batchOfText(input, text) ?? [new InputError("bad_feed", input)];
}

/** Runs one case; its outcome and, for a finding, what happened. */
export function runCase(kind: FuzzKind, index: number, text: string, knowledge: Knowledge, budgetMs: number) {
  const start = performance.now();
  let outcome: Outcome = "record";
  let detail = "";
  try {
    const items = articlesOf(kind, `fuzz-${index}.${EXTENSION[kind]}`, text);
    if (items.every((item) => item instanceof InputError)) outcome = "input_error";
    for (const item of items) {
      if (item instanceof InputError) continue;
      const problems = recordViolations(analyzeArticle(item, knowledge), item.text);
      if (problems.length > 0) {
        outcome = "violation";
        detail = problems.slice(0, 3).join("; ");
        break;
      }
    }
  } catch (error) {
    outcome = "crash";
    detail =
      error instanceof Error ? (error.stack ?? error.message).split("\n").slice(0, 3).join(" | ") : String(error);
  }
  const ms = performance.now() - start;
  if (outcome !== "crash" && outcome !== "violation" && ms > budgetMs) {
    outcome = "hang";
    detail = `${Math.round(ms)} ms, over the ${budgetMs} ms budget`;
  }
  return { outcome, detail, ms };
}

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** Only these kinds (default: all four, in turn). */
  kinds?: readonly FuzzKind[];
  budgetMs?: number;
  onCase?: (done: number) => void;
}

export function fuzz(knowledge: Knowledge, options: FuzzOptions): FuzzReport {
  const seeds = fuzzSeeds();
  const kinds = options.kinds ?? FUZZ_KINDS;
  const random = seededRandom(options.seed);
  const counts: Record<Outcome, number> = { record: 0, input_error: 0, crash: 0, hang: 0, violation: 0 };
  const byKind = Object.fromEntries(FUZZ_KINDS.map((kind) => [kind, 0])) as Record<FuzzKind, number>;
  const findings: FuzzFinding[] = [];
  let slowestMs = 0;
  for (let index = 0; index < options.cases; index++) {
    const kind = kinds[index % kinds.length];
    const seedTexts = seeds[kind];
    const text = mutate(seedTexts[Math.floor(random() * seedTexts.length)], random);
    const { outcome, detail, ms } = runCase(kind, index, text, knowledge, options.budgetMs ?? 5000);
    counts[outcome]++;
    byKind[kind]++;
    slowestMs = Math.max(slowestMs, ms);
    if (outcome !== "record" && outcome !== "input_error") findings.push({ kind, case: index, outcome, detail });
    options.onCase?.(index + 1);
  }
  return { seed: options.seed, cases: options.cases, counts, byKind, slowestMs: Math.round(slowestMs), findings };
}
