// npm run bench:parser: how fast dyad's parser loads and runs, on the example articles in examples/
// (split, tokenized, tagged, lemmatized, parsed and labelled), in one process.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWords, DEFAULT_MODEL_PATH, loadParserModel, parse, tokenize } from "../src/parse/index.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 40);

const loadStarted = performance.now();
const model = loadParserModel(DEFAULT_MODEL_PATH);
const loadMs = performance.now() - loadStarted;

const folder = new URL("../examples/", import.meta.url).pathname;
const texts = readdirSync(folder)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(folder, f), "utf8"));

// Warm up the JIT before timing.
for (const text of texts) parse(text, 0, text.length, model);

let sentences = 0;
let words = 0;
let started = performance.now();
for (let round = 0; round < ROUNDS; round++)
  for (const text of texts)
    for (const s of parse(text, 0, text.length, model)) {
      sentences++;
      words += s.tokens.length;
    }
const fullSeconds = (performance.now() - started) / 1000;

const tokenized = texts.flatMap((text) =>
  parse(text, 0, text.length, model).map((s) => tokenize(text, s.start, s.end, model).map((t) => t.text)),
);
started = performance.now();
let parsed = 0;
for (let round = 0; round < ROUNDS; round++)
  for (const forms of tokenized) {
    analyzeWords(forms, model);
    parsed++;
  }
const parseSeconds = (performance.now() - started) / 1000;

console.log(`model loaded in ${loadMs.toFixed(0)} ms`);
console.log(
  `parse(text): ${(sentences / fullSeconds).toFixed(0)} sentences/s, ${(words / fullSeconds).toFixed(0)} words/s (${sentences} sentences, ${(words / sentences).toFixed(1)} words each)`,
);
console.log(`tag+parse of given words: ${(parsed / parseSeconds).toFixed(0)} sentences/s`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
