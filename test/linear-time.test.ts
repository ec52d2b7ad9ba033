// Every pipeline stage and the readers stay linear (or n log n) in the length of their input: each input
// shape is timed at 1x, 4x and 16x in one run, and a stage fails when its time grows like the square of
// the length. Ratios, not absolute times, and CPU time, not wall-clock time, so a slow or busy machine
// does not fail it. The stages come from STAGES, so a stage added later is timed too.
import { beforeAll, describe, expect, it } from "vitest";
import { createDoc, STAGES } from "../src/analyze/pipeline.ts";
import { readArticle } from "../src/ingest/read-article.ts";
import { type Knowledge, loadKnowledge } from "../src/knowledge/knowledge.ts";

const BASE_CHARS = 8_000;
const SCALES = [1, 4, 16] as const;
/** Growth exponent above which a stage counts as quadratic: 16x the input may cost at most 16^1.5 = 64x. */
const MAX_EXPONENT = 1.5;
/** Below this at 16x a stage is too fast to time reliably, whatever its ratio. */
const MEASURABLE_MS = 50;
/** A floor on the 1x time, so that a stage timed at 0.01 ms does not make a huge ratio out of noise. */
const FLOOR_MS = 0.5;

const SENTENCE = "China provided humanitarian aid to Syria on Tuesday, Foreign Minister Wang Yi said in Beijing. ";

/** Input shapes that broke stages before: long runs without spaces, one paragraph, names without a break. */
const TEXT_SHAPES: Record<string, (chars: number) => string> = {
  "one-paragraph article": (n) => `Aid to Syria\n\n${SENTENCE.repeat(Math.ceil(n / SENTENCE.length))}`,
  "run of letters without spaces": (n) => `China gave Syria a loan ${"a".repeat(n)}`,
  "run of dollar signs": (n) => `China gave ${"$".repeat(n)} loan to Syria`,
  "run of digits": (n) => `Syria ${"7".repeat(n)} aid`,
  "names without a break": (n) => `Xi ${"Xi Jinping Assad ".repeat(Math.ceil(n / 18))}`,
  "words without a full stop": (n) => `Syria ${"provided aid to ".repeat(Math.ceil(n / 16))}`,
  "quotes and dashes": (n) => `"Syria —" ${'"a — b" '.repeat(Math.ceil(n / 8))}`,
};

const HTML_SHAPES: Record<string, (chars: number) => string> = {
  "page of paragraphs": (n) =>
    `<!doctype html><html><head><title>Aid</title></head><body><article>${`<p>${SENTENCE}</p>`.repeat(Math.ceil(n / (SENTENCE.length + 7)))}</article></body></html>`,
  "page with one paragraph": (n) =>
    `<!doctype html><html><body><article><p>${SENTENCE.repeat(Math.ceil(n / SENTENCE.length))}</p></article></body></html>`,
};

type Timings = Map<string, number>;

/** Milliseconds of CPU this process has used: other processes on a busy machine do not count. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeStages(text: string, knowledge: Knowledge): Timings {
  const timings: Timings = new Map();
  let start = cpuNow();
  const article = readArticle("shape.txt", new TextEncoder().encode(text));
  timings.set("read text", cpuNow() - start);
  const doc = createDoc(article, knowledge);
  for (const [name, stage] of STAGES) {
    start = cpuNow();
    stage(doc, knowledge);
    timings.set(name, cpuNow() - start);
  }
  return timings;
}

function timeHtml(html: string): Timings {
  const start = cpuNow();
  readArticle("shape.html", new TextEncoder().encode(html));
  return new Map([["read html", cpuNow() - start]]);
}

/** The fastest of `tries` runs, stage by stage: the least disturbed by garbage collection and other work. */
function fastest(tries: number, run: () => Timings): Timings {
  const best: Timings = run();
  for (let i = 1; i < tries; i++)
    for (const [name, ms] of run()) best.set(name, Math.min(ms, best.get(name) ?? Number.POSITIVE_INFINITY));
  return best;
}

const exponent = (small: number, large: number, scale: number) =>
  Math.log(large / Math.max(small, FLOOR_MS)) / Math.log(scale);

/**
 * Stages whose time grew faster than length^MAX_EXPONENT both from 4x to 16x and from 1x to 16x (a quadratic
 * stage does both; a pause for garbage collection rarely does), with their times.
 */
function superlinear(runs: Timings[]): string[] {
  const slow: string[] = [];
  for (const name of runs[0].keys()) {
    const [one, four, sixteen] = runs.map((run) => run.get(name) ?? 0);
    if (sixteen < MEASURABLE_MS) continue;
    if (exponent(four, sixteen, 4) > MAX_EXPONENT && exponent(one, sixteen, 16) > MAX_EXPONENT)
      slow.push(`${name}: ${[one, four, sixteen].map((t) => t.toFixed(1)).join(" / ")} ms`);
  }
  return slow;
}

describe("linear time in the input's length", () => {
  let knowledge: Knowledge;
  beforeAll(() => {
    knowledge = loadKnowledge();
    timeStages(TEXT_SHAPES["one-paragraph article"](BASE_CHARS), knowledge); // warm up: lazy tables, JIT
  });

  it("times every stage of STAGES", () => {
    const timed = [...timeStages("Syria.", knowledge).keys()];
    expect(timed).toEqual(["read text", ...STAGES.map(([name]) => name)]);
  });

  for (const [shape, make] of Object.entries(TEXT_SHAPES)) {
    it(`reads and analyses ${shape} in linear time`, () => {
      const runs = SCALES.map((scale) => fastest(3, () => timeStages(make(BASE_CHARS * scale), knowledge)));
      expect(superlinear(runs)).toEqual([]);
    });
  }

  for (const [shape, make] of Object.entries(HTML_SHAPES)) {
    it(`reads an HTML ${shape} in linear time`, () => {
      timeHtml(make(BASE_CHARS));
      const runs = SCALES.map((scale) => fastest(3, () => timeHtml(make(BASE_CHARS * scale))));
      expect(superlinear(runs)).toEqual([]);
    });
  }
});
