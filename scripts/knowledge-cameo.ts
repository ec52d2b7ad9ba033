// npm run knowledge:cameo -- ../shared/reference/CAMEO.2.0.verbs.txt [CAMEO2PLOVER-2021.txt]
// Converts PETRARCH2's CAMEO verb dictionary into dyad's event dictionary format
// (knowledge/event-dictionary/cameo.json), with the kind mapping and the review decisions of
// knowledge/event-dictionary/review/, and an example sentence per block checked with dyad's parser.
// The automatic drops are written to review/cameo-dropped.json, to read with the review.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { exampleProblem } from "../src/analyze/dictionary/dictionary-test-helpers.ts";
import { buildLemmaIndex } from "../src/analyze/dictionary/lemma-index.ts";
import { buildEventDictionary, DEFAULT_DICTIONARY_DIR, readDictionaryFile } from "../src/knowledge/event-dictionary.ts";
import { type EventDictionaryFile, eventDictionaryFileSchema } from "../src/knowledge/event-dictionary-schema.ts";
import { loadKnowledge } from "../src/knowledge/knowledge.ts";
import { loadParserModel } from "../src/parse/index.ts";
import { type KindMapping, readCameo2Plover } from "./cameo/cameo-codes.ts";
import { candidateExamples } from "./cameo/cameo-examples.ts";
import { type Conversion, convertCameo } from "./cameo/convert-cameo.ts";
import { readCameoVerbs } from "./cameo/read-cameo-verbs.ts";
import { reviewSchema } from "./cameo/review.ts";

const [verbsPath, ploverArg] = process.argv.slice(2);
if (!verbsPath) {
  console.error("usage: npm run knowledge:cameo -- PATH/CAMEO.2.0.verbs.txt [PATH/CAMEO2PLOVER-2021.txt]");
  process.exit(2);
}
const ploverPath = ploverArg ?? join(dirname(verbsPath), "CAMEO2PLOVER-2021.txt");
const reviewDir = join(DEFAULT_DICTIONARY_DIR, "review");
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

const model = loadParserModel();
const lemma = (word: string) =>
  /[^su]s$/.test(word) && !word.includes("'") ? model.lemmatizer.lemma(word, "NNS").toLowerCase() : word;
const cameo = readCameoVerbs(readFileSync(verbsPath, "utf8"));
const conversion = convertCameo(cameo, {
  mapping: readJson(join(reviewDir, "cameo-kinds.json")) as KindMapping,
  plover: readCameo2Plover(readFileSync(ploverPath, "utf8")),
  review: reviewSchema.parse(readJson(join(reviewDir, "cameo-review.json"))),
  lemma,
});

const file: EventDictionaryFile = eventDictionaryFileSchema.parse({
  version: 1,
  comment:
    "Converted by npm run knowledge:cameo from PETRARCH2's CAMEO verb dictionary; do not edit by hand: change review/cameo-review.json (drops and fixes) or review/cameo-kinds.json (code to kind) and convert again. Each block's note names its CAMEO block and line, each pattern's note the CAMEO pattern. Example sentences are generated from the entries and checked with dyad's parser at conversion.",
  source: {
    name: "PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.verbs.txt, last update 30 April 2015)",
    file: "CAMEO.2.0.verbs.txt",
    url: "https://github.com/openeventdata/petrarch2",
    commit: "676801c",
    licence: "MIT, Copyright (c) 2015 Open Event Data Alliance",
    licence_file: "knowledge/event-dictionary/LICENSE-petrarch2.txt",
    converter: "scripts/knowledge-cameo.ts",
  },
  priority: 0,
  // the converted entries are looser than dyad's own: their parties must come from the parse
  parties_from: "tree",
  classes: conversion.classes,
  blocks: conversion.blocks,
});
const missing = addExamples(file, conversion, cameo);
writeFileSync(join(DEFAULT_DICTIONARY_DIR, "cameo.json"), `${JSON.stringify(file, null, 1)}\n`);
writeFileSync(
  join(reviewDir, "cameo-dropped.json"),
  `${JSON.stringify({ comment: "Written by npm run knowledge:cameo: every CAMEO pattern or block left out, with the reason.", dropped: conversion.dropped }, null, 1)}\n`,
);
report(file, conversion, missing);

function addExamples(out: EventDictionaryFile, conv: Conversion, source: typeof cameo): string[] {
  const dyad = readDictionaryFile(join(DEFAULT_DICTIONARY_DIR, "dyad.json"));
  const index = buildLemmaIndex(
    buildEventDictionary([
      { file: "cameo.json", data: out },
      { file: "dyad.json", data: dyad },
    ]),
  );
  const knowledge = loadKnowledge();
  const forms = new Map<string, string[]>();
  for (const b of source.blocks)
    for (const v of b.verbs)
      forms.set(
        v.words.join(" "),
        v.forms.map((f) => f[0]),
      );
  const missing: string[] = [];
  out.blocks.forEach((block, n) => {
    if (block.examples.length > 0) return;
    // the same sentences with other pairs of states, when the first pair does not parse as meant
    const tries = [0, 1, 2, 3].flatMap((k) => candidateExamples(block, conv.classes, forms, n + k));
    const found = tries.find((example) => exampleProblem(block, example, index, knowledge) === null);
    if (found) block.examples = [found];
    else missing.push(block.id);
  });
  return missing;
}

function report(out: EventDictionaryFile, conv: Conversion, missing: string[]): void {
  const patterns = out.blocks.reduce((n, b) => n + b.patterns.length, 0);
  const reasons = new Map<string, number>();
  for (const d of conv.dropped) {
    const key = d.reason.startsWith("review:") ? "review" : d.reason.replace(/CAMEO \d+/, "CAMEO code");
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  console.log(
    `CAMEO patterns read: ${conv.patternsRead}; blocks written: ${out.blocks.length}; patterns kept: ${patterns}`,
  );
  console.log(`classes: ${Object.keys(out.classes).length}; fixed by review: ${conv.fixed.length}`);
  console.log("dropped:");
  for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${count}\t${reason}`);
  console.log(`blocks without a working example: ${missing.length}${missing.length ? ` (${missing.join(", ")})` : ""}`);
}
