// npm run bench:parser: how fast dyad's parser loads and runs, on the example articles in examples/
// (split, tokenized, tagged, lemmatized, parsed and labelled), in one process.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWords, DEFAULT_MODEL_PATH, loadParserModel, parse, tokenize } from "../src/parse/index.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 40);

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const loadStarted = performance.now();
const loadCpu = process.cpuUsage();
const model = loadParserModel(DEFAULT_MODEL_PATH);
const loadMs = performance.now() - loadStarted;
const loadCpuMs = cpuSeconds(loadCpu) * 1000;

const folder = new URL("../examples/", import.meta.url).pathname;
const texts = readdirSync(folder)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(folder, f), "utf8"));

// Warm up the JIT before timing.
for (const text of texts) parse(text, 0, text.length, model);

let sentences = 0;
let words = 0;
let started = performance.now();
let cpu = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++)
  for (const text of texts)
    for (const s of parse(text, 0, text.length, model)) {
      sentences++;
      words += s.tokens.length;
    }
const fullSeconds = (performance.now() - started) / 1000;
const fullCpu = cpuSeconds(cpu);

const tokenized = texts.flatMap((text) =>
  parse(text, 0, text.length, model).map((s) => tokenize(text, s.start, s.end, model).map((t) => t.text)),
);
started = performance.now();
cpu = process.cpuUsage();
let parsed = 0;
for (let round = 0; round < ROUNDS; round++)
  for (const forms of tokenized) {
    analyzeWords(forms, model);
    parsed++;
  }
const parseSeconds = (performance.now() - started) / 1000;
const parseCpu = cpuSeconds(cpu);

console.log(`model loaded in ${loadMs.toFixed(0)} ms (${loadCpuMs.toFixed(0)} ms of CPU)`);
console.log(
  `parse(text): ${(sentences / fullSeconds).toFixed(0)} sentences/s, ${(sentences / fullCpu).toFixed(0)} per CPU second (${sentences} sentences, ${(words / sentences).toFixed(1)} words each)`,
);
console.log(
  `tag+parse of given words: ${(parsed / parseSeconds).toFixed(0)} sentences/s, ${(parsed / parseCpu).toFixed(0)} per CPU second`,
);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
