// npx tsx scripts/parse-diff.ts --a MODEL --b MODEL [--dir ../shared/eval/dev] [--words WORD,WORD]
// Parses every .txt file of a folder with two models and prints each sentence whose tags, heads or relations
// differ, word by word ("word TAG head:rel | TAG head:rel" where they differ): where a new model changes what
// the events stage reads. --words keeps only sentences with one of the given words (lower case).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ParserModel, parse } from "../src/parse/index.ts";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const a = ParserModel.load(option("a", "knowledge/models/en-ud-parser.v1.bin"));
const b = ParserModel.load(option("b", ""));
const dir = option("dir", "../shared/eval/dev");
const words = new Set(option("words", "").split(",").filter(Boolean));
let sentences = 0;
let differing = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const text = readFileSync(join(dir, file), "utf8");
  const left = parse(text, 0, text.length, a);
  const right = parse(text, 0, text.length, b);
  const byStart = new Map(right.map((r) => [r.start, r.tokens]));
  left.forEach((sentence) => {
    sentences++;
    const other = byStart.get(sentence.start) ?? [];
    if (other.length !== sentence.tokens.length) {
      console.log(`## ${file} ${sentence.start}: split or tokenized otherwise\n`);
      return;
    }
    const show = (t: (typeof other)[number], tokens: typeof other) =>
      `${t.xpos} ${t.head < 0 ? "ROOT" : tokens[t.head].text}:${t.deprel}`;
    const lines = sentence.tokens.map((t, i) => {
      const x = show(t, sentence.tokens);
      const y = show(other[i], other);
      return x === y ? `  ${t.text}` : `* ${t.text}  ${x} | ${y}`;
    });
    if (!lines.some((l) => l.startsWith("*"))) return;
    if (words.size > 0 && !sentence.tokens.some((t) => words.has(t.text.toLowerCase()))) return;
    differing++;
    console.log(`## ${file} ${sentence.start}\n${lines.join("\n")}\n`);
  });
}
console.log(`${differing} of ${sentences} sentences differ`);
