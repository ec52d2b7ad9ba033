// npm run fuzz -- --cases N [--seed S] [--kind text|html|feed|jsonl] [--budget-ms MS]: mutated inputs through
// the reader and the analyzer; prints crashes, hangs over the budget and contract violations, with the case
// numbers that reproduce them, and exits non-zero when there is any.
import { FUZZ_KINDS, type FuzzKind, fuzz } from "../src/fuzz/fuzz-run.ts";
import { loadKnowledge } from "../src/knowledge/knowledge.ts";

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const cases = Number(argument("cases", "1000"));
const seed = Number(argument("seed", "1"));
const budgetMs = Number(argument("budget-ms", "5000"));
const kind = argument("kind", "");
if (
  !Number.isInteger(cases) ||
  cases < 1 ||
  !Number.isInteger(seed) ||
  (kind && !FUZZ_KINDS.includes(kind as FuzzKind))
) {
  process.stderr.write(
    `usage: npm run fuzz -- --cases N [--seed S] [--kind ${FUZZ_KINDS.join("|")}] [--budget-ms MS]\n`,
  );
  process.exit(2);
}

const start = performance.now();
const report = fuzz(loadKnowledge(), {
  cases,
  seed,
  budgetMs,
  kinds: kind ? [kind as FuzzKind] : undefined,
  onCase: (done) => {
    if (done % 500 === 0) process.stderr.write(`fuzz: ${done}/${cases}\n`);
  },
});
const seconds = ((performance.now() - start) / 1000).toFixed(1);
const { counts } = report;
console.log(`fuzz: ${cases} cases, seed ${seed}, ${seconds} s (slowest case ${report.slowestMs} ms)`);
console.log(
  `  by kind: ${Object.entries(report.byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ")}`,
);
console.log(
  `  records ${counts.record}, input errors ${counts.input_error}, crashes ${counts.crash}, hangs ${counts.hang}, contract violations ${counts.violation}`,
);
for (const finding of report.findings.slice(0, 50))
  console.log(`  ${finding.outcome} ${finding.kind} case ${finding.case}: ${finding.detail}`);
process.exit(report.findings.length > 0 ? 1 : 0);
