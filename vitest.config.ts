import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // a guard against hangs, not a speed check: the CLI tests spawn dyad processes, slow on a busy 2-core machine
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Store contract tests share one PostgreSQL server; files run one at a time to keep them independent.
    fileParallelism: false,
    // .ci/run reads the JSON report to print its closing "N passed, N failed" line
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
