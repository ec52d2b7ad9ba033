// npm run eval [-- GOLD_FOLDER [score.mjs options]]: scores `dyad extract` on a gold folder (default
// ../shared/eval/dev) with the scorer beside it (GOLD_FOLDER/../score.mjs, or --scorer FILE).
// The gold articles are other people's texts and stay outside the repository, so this says plainly when they are missing.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const args = process.argv.slice(2);
const scorerAt = args.indexOf("--scorer");
const scorerOption = scorerAt >= 0 ? args.splice(scorerAt, 2)[1] : undefined;
const gold = resolve(args[0] && !args[0].startsWith("--") ? args.shift() : "../shared/eval/dev");
const scorer = resolve(scorerOption ?? join(dirname(gold), "score.mjs"));

if (!existsSync(gold) || !statSync(gold).isDirectory()) {
  console.error(`dyad eval: the gold folder ${gold} is missing.`);
  console.error(
    "Pass one: npm run eval -- PATH/TO/GOLD (a folder of NAME.txt articles with NAME.gold.json beside them).",
  );
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`dyad eval: no scorer at ${scorer}; pass one with --scorer FILE.`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [scorer, "--gold", gold, "--cmd", "npx dyad extract", ...args], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
