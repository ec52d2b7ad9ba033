// npm run train:parser -- --ud ../shared/ud [--out FILE] [--tagger-epochs N] [--parser-epochs N]
//   [--labeller-epochs N] [--folds N] [--limit N] [--parser-seeds N] [--explore RATE]
// Trains dyad's tagger, lemmatizer, parser and labeller on UD English EWT + GUM (CC BY) train, prints
// EWT dev figures, and writes one model file. Only this script reads the treebanks.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import abbreviationData from "../knowledge/abbreviations.json" with { type: "json" };
import type { ConlluSentence } from "../src/parse/conllu.ts";
import { PRUNING } from "../src/parse/model.ts";
import { formatScores, scoreGoldTokens } from "../src/parse/score-gold-tokens.ts";
import { trainModel } from "../src/parse/train.ts";
import { readTreebank } from "./read-treebank.ts";

const DEFAULT_MODEL = "knowledge/models/en-ud-parser.v1.bin";
const TRAIN_FILES = ["en_ewt-ud-train.conllu", "en_gum-cc-by-ud-train.conllu"];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** Tokens that keep their full stop in the treebanks, and the abbreviations dyad's knowledge lists. */
function abbreviations(sentences: ConlluSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const w of s.words)
      if (w.form.length > 1 && w.form.endsWith(".") && /\p{L}/u.test(w.form))
        counts.set(w.form, (counts.get(w.form) ?? 0) + 1);
  const found = new Set([...counts].filter(([, c]) => c >= 2).map(([form]) => form));
  for (const a of abbreviationData.abbreviations) {
    found.add(`${a[0].toUpperCase()}${a.slice(1)}.`);
    if (a.includes(".") || a.length > 2) found.add(`${a}.`);
    if (a.includes(".")) found.add(`${a.toUpperCase()}.`);
  }
  return [...found].sort();
}

function main(): void {
  const ud = option("ud", "../shared/ud");
  if (!existsSync(ud) || !statSync(ud).isDirectory())
    throw new Error(`the UD folder ${ud} does not exist: pass --ud with the folder that holds en_ewt-ud-train.conllu`);
  const out = option("out", DEFAULT_MODEL);
  const limit = Number(option("limit", "0"));
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
  let train = TRAIN_FILES.flatMap((f) => readTreebank(ud, f));
  if (limit > 0) train = train.slice(0, limit);
  const { model, file } = trainModel(train, {
    taggerEpochs: Number(option("tagger-epochs", "8")),
    parserEpochs: Number(option("parser-epochs", "11")),
    labellerEpochs: Number(option("labeller-epochs", "10")),
    folds: Number(option("folds", "4")),
    parserSeeds: Number(option("parser-seeds", "1")),
    explore: process.argv.includes("--explore") ? Number(option("explore", "0.9")) : undefined,
    seed: 20260,
    abbreviations: abbreviations(train),
    sentenceOpeners: abbreviationData.sentence_openers_after_abbreviation,
    pruning: PRUNING,
    about: {
      trainedOn: TRAIN_FILES,
      sentences: train.length,
      trainedAt: new Date().toISOString(),
      licences: "UD English EWT: CC BY-SA 4.0; GUM (CC BY parts): CC BY, credit the GUM annotators",
    },
    log,
  });
  const dev = readTreebank(ud, "en_ewt-ud-dev.conllu");
  log(`EWT dev, gold tokens: ${formatScores(scoreGoldTokens(model, dev))}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file);
  log(
    `wrote ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 60000).toFixed(1)} min`,
  );
}

try {
  main();
} catch (error) {
  console.error(`train:parser: ${(error as Error).message}`);
  process.exit(2);
}
