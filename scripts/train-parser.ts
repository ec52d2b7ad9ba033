// npm run train:parser -- --ud ../shared/ud [--out FILE] [--tagger-epochs N] [--parser-epochs N]
//   [--labeller-epochs N] [--folds N] [--limit N] [--parser-seeds N]
//   [--labeller-seeds N] [--tagger-seeds N] [--explore RATE] [--tags-cache FILE]
// Trains dyad's tagger, lemmatizer, parser and labeller on UD English EWT + GUM (CC BY) train, prints
// EWT dev figures, and writes one model file. Only this script reads the treebanks.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import abbreviationData from "../knowledge/abbreviations.json" with { type: "json" };
import type { ConlluSentence } from "../src/parse/conllu.ts";
import { PRUNING } from "../src/parse/model.ts";
import { formatScores, scoreGoldTokens } from "../src/parse/score-gold-tokens.ts";
import { jackknifedTags, seededRandom, tagPairs, trainModel } from "../src/parse/train.ts";
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

/**
 * The jackknifed tags of --tags-cache FILE, made (with their own seeded shuffles) and kept there on the first
 * run: variants of the parser and labeller then train in minutes, not the folds' quarter of an hour.
 */
function cachedJackknife(
  path: string,
  train: ConlluSentence[],
  options: { seed: number; folds: number; taggerEpochs: number; log: (line: string) => void },
): Int32Array[] {
  if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8")).map((t: number[]) => Int32Array.from(t));
  const tags = tagPairs(train);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const tagged = train.map((s) => ({
    forms: s.words.map((w) => w.form),
    tags: Int32Array.from(s.words, (w) => tagIndex.get(`${w.upos}\t${w.xpos}`) ?? 0),
  }));
  const predicted = jackknifedTags(tagged, tags, options, seededRandom(options.seed));
  writeFileSync(path, JSON.stringify(predicted.map((t) => [...t])));
  return predicted;
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
  const seed = 20260;
  const taggerEpochs = Number(option("tagger-epochs", "8"));
  const folds = Number(option("folds", "4"));
  const cache = option("tags-cache", "");
  const settings = {
    taggerEpochs,
    parserEpochs: Number(option("parser-epochs", "11")),
    labellerEpochs: Number(option("labeller-epochs", "10")),
    folds,
    parserSeeds: Number(option("parser-seeds", "1")),
    labellerSeeds: Number(option("labeller-seeds", "1")),
    taggerSeeds: Number(option("tagger-seeds", "1")),
    explore: process.argv.includes("--explore") ? Number(option("explore", "0.9")) : undefined,
    seed,
  };
  const { model, file } = trainModel(train, {
    ...settings,
    jackknifed: cache ? cachedJackknife(cache, train, { seed, folds, taggerEpochs, log }) : undefined,
    abbreviations: abbreviations(train),
    sentenceOpeners: abbreviationData.sentence_openers_after_abbreviation,
    pruning: PRUNING,
    about: {
      trainedOn: TRAIN_FILES,
      sentences: train.length,
      trainedAt: new Date().toISOString(),
      // What made these weights: a cached jackknife gives the later shuffles other streams than a run without.
      training: { ...settings, tagsCache: cache !== "" },
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
