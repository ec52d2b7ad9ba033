// Per-stage CPU time over the dev set repeated: where extraction spends its time.
// Usage: tsx bench/stage-times.ts [--articles N] [--corpus DIR]; ONLY_PARSE=1 stops after the parse stage
// (the parse without the later stages evicting its tables from the caches runs about a quarter faster).
import { createDoc, STAGES } from "../src/analyze/pipeline.ts";
import { toRecord } from "../src/analyze/to-record.ts";
import { readArticle } from "../src/ingest/read-article.ts";
import { loadKnowledge } from "../src/knowledge/knowledge.ts";
import { argument, benchCorpus } from "./bench-corpus.ts";

const count = Number(argument("articles", "360"));
const corpus = benchCorpus(count);
const knowledge = loadKnowledge();
knowledge.places().lookup("warmup");

const cpuMicros = new Map<string, number>();
const cpuOf = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const add = (name: string, micros: number) => cpuMicros.set(name, (cpuMicros.get(name) ?? 0) + micros);
const start = cpuOf();
for (const { name, bytes } of corpus) {
  let t = cpuOf();
  const article = readArticle(name, bytes);
  let now = cpuOf();
  add("read", now - t);
  t = now;
  const doc = createDoc(article, knowledge);
  for (const [stageName, stage] of process.env.ONLY_PARSE ? STAGES.slice(0, 3) : STAGES) {
    stage(doc, knowledge);
    now = cpuOf();
    add(stageName, now - t);
    t = now;
  }
  if (!process.env.ONLY_PARSE) JSON.stringify(toRecord(doc, knowledge));
  now = cpuOf();
  add("record", now - t);
}
const total = cpuOf() - start;
for (const [name, micros] of cpuMicros) console.log(`${name.padEnd(16)} ${(micros / 1000 / count).toFixed(2)} ms`);
console.log(`${"total".padEnd(16)} ${(total / 1000 / count).toFixed(2)} ms of CPU per article (${count} articles)`);
