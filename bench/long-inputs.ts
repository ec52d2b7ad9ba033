// Long single inputs for npm run bench: a 2 MB article in one paragraph and a 5 MB line without spaces (the
// shapes that were quadratic), each read and analysed once, with the budget's cuts if any.
import { analyzeArticle } from "../src/analyze/pipeline.ts";
import { readArticle } from "../src/ingest/read-article.ts";
import type { Knowledge } from "../src/knowledge/knowledge.ts";

export interface LongInputFigure {
  name: string;
  megabytes: number;
  seconds: number;
  /** CPU time of this process meanwhile: what the run costs on a machine that other work shares. */
  cpuSeconds: number;
  /** What happened: analysed (with the budget's cut codes) or the error's code and message. */
  outcome: string;
}

const SENTENCE = "China provided humanitarian aid to Syria on Tuesday, Foreign Minister Wang Yi said in Beijing. ";

export const LONG_INPUTS: Array<[name: string, make: () => string]> = [
  ["2 MB paragraph", () => `Aid to Syria\n\n${SENTENCE.repeat(Math.ceil(2_000_000 / SENTENCE.length))}`],
  // just under the 5 MB input limit (5 * 2^20 bytes), so it is analysed rather than refused
  ["5 MB line without spaces", () => `Syria ${"a".repeat(5 * 1024 * 1024 - 100)}`],
];

export function timeLongInputs(knowledge: Knowledge): LongInputFigure[] {
  return LONG_INPUTS.map(([name, make]) => {
    const bytes = new TextEncoder().encode(make());
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let outcome: string;
    try {
      const record = analyzeArticle(readArticle(`${name}.txt`, bytes), knowledge);
      const cuts = record.document.cut?.map((cut) => cut.code) ?? [];
      outcome = `analysed${cuts.length ? ` (cut: ${cuts.join(", ")})` : ""}, ${record.events.length} events`;
    } catch (error) {
      outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
    }
    const seconds = +((performance.now() - start) / 1000).toFixed(2);
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = +((cpu.user + cpu.system) / 1e6).toFixed(2);
    return { name, megabytes: +(bytes.length / 1e6).toFixed(1), seconds, cpuSeconds, outcome };
  });
}
