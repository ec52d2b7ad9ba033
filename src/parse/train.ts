// Trains every part of the model from CoNLL-U sentences. The parser and labeller learn from tags the
// tagger predicted on text it was not trained on (k-fold jackknifing), as they will see at run time.
import type { ConlluSentence } from "./conllu.ts";
import { trainLabeller } from "./labeller.ts";
import { lemmaExamples, trainLemmatizer } from "./lemmatizer.ts";
import { mixWeights } from "./mix-weights.ts";
import { FEATURE_SET, ParserModel } from "./model.ts";
import { encodeModel, type ModelHeader, type Pruning } from "./model-file.ts";
import { parserInput, trainParser } from "./parser.ts";
import { pruneWeights } from "./prune-weights.ts";
import { buildTagDictionary } from "./tag-dictionary.ts";
import { trainTagger } from "./tagger.ts";

export interface TrainingOptions {
  taggerEpochs: number;
  parserEpochs: number;
  labellerEpochs: number;
  /**
   * Parsers trained with other shuffles (seed, seed+1, ...) whose weights are mixed into one table (mixWeights):
   * their summed votes. 1 (the default) trains one.
   */
  parserSeeds?: number;
  /** Labellers trained with other shuffles, mixed likewise; 1 (the default) trains one. */
  labellerSeeds?: number;
  /**
   * Taggers trained with other shuffles, mixed likewise; 1 (the default) trains one. The parser and labeller
   * still learn from one tagger's jackknifed tags.
   */
  taggerSeeds?: number;
  /** How often parser training follows its own wrong move after the first epoch (EXPLORE in parser.ts by default). */
  explore?: number;
  /**
   * The jackknifed tags made before (jackknifedTags with seededRandom(seed), kept by the caller): training then
   * skips the folds. The later shuffles differ from a run that made them itself, so use both runs with a cache.
   */
  jackknifed?: Int32Array[];
  /** Folds for the tagger's predictions on the training set; 1 uses gold tags. */
  folds: number;
  seed: number;
  abbreviations: string[];
  sentenceOpeners: string[];
  about: Record<string, unknown>;
  /** Rows dropped before saving (PRUNING in model.ts for the full treebanks); none when omitted. */
  pruning?: Pruning;
  log: (line: string) => void;
}

export interface TrainedModel {
  model: ParserModel;
  /** The model file's bytes: what `model` was loaded from. */
  file: Buffer;
}

const FUNCTION_UPOS = new Set(["ADP", "AUX", "PART", "SCONJ", "CCONJ", "DET", "PRON", "PUNCT"]);

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The tagger's classes: every (UPOS, XPOS) pair of the training sentences, sorted. */
export function tagPairs(sentences: readonly ConlluSentence[]): string[] {
  return [...new Set(sentences.flatMap((s) => s.words.map((w) => `${w.upos}\t${w.xpos}`)))].sort();
}

export function trainModel(sentences: readonly ConlluSentence[], options: TrainingOptions): TrainedModel {
  const { log } = options;
  const random = seededRandom(options.seed);
  const tags = tagPairs(sentences);
  const labels = [...new Set(sentences.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const tagged = sentences.map((s) => ({
    forms: s.words.map((w) => w.form),
    tags: Int32Array.from(s.words, (w) => tagIndex.get(`${w.upos}\t${w.xpos}`) ?? 0),
  }));
  log(`${sentences.length} sentences, ${tags.length} tag pairs, ${labels.length} relations`);
  const taggers = [trainTagger(tagged, tags, options.taggerEpochs, log, random).weights];
  for (let k = 1; k < (options.taggerSeeds ?? 1); k++) {
    log(`tagger ${k + 1} of ${options.taggerSeeds}`);
    taggers.push(trainTagger(tagged, tags, options.taggerEpochs, log, seededRandom(options.seed + 200 + k)).weights);
  }
  const tagger = mixWeights(taggers);
  const predictedTags = options.jackknifed ?? jackknifedTags(tagged, tags, options, random);
  const inputs = tagged.map((s, i) => parserInput(s.forms, predictedTags[i], tags));
  const heads = sentences.map((s) => Int32Array.from(s.words, (w) => w.head));
  const trees = inputs.map((input, i) => ({ input, heads: heads[i] }));
  const parsers = [trainParser(trees, options.parserEpochs, log, random, undefined, options.explore).weights];
  for (let k = 1; k < (options.parserSeeds ?? 1); k++) {
    log(`parser ${k + 1} of ${options.parserSeeds}`);
    const other = seededRandom(options.seed + k);
    parsers.push(trainParser(trees, options.parserEpochs, log, other, undefined, options.explore).weights);
  }
  const parser = mixWeights(parsers);
  const functionTags = tags.flatMap((t, i) => (FUNCTION_UPOS.has(t.split("\t")[0]) ? [i] : []));
  const functionTag = new Uint8Array(tags.length + 2);
  for (const t of functionTags) functionTag[t] = 1;
  const labelled = inputs.map((input, i) => ({
    input,
    heads: heads[i],
    labels: Int32Array.from(sentences[i].words, (w) => labelIndex.get(w.deprel) ?? 0),
  }));
  const labellers = [trainLabeller(labelled, labels, functionTag, options.labellerEpochs, log, random).weights];
  for (let k = 1; k < (options.labellerSeeds ?? 1); k++) {
    log(`labeller ${k + 1} of ${options.labellerSeeds}`);
    const other = seededRandom(options.seed + 100 + k);
    labellers.push(trainLabeller(labelled, labels, functionTag, options.labellerEpochs, log, other).weights);
  }
  const labeller = mixWeights(labellers);
  const lemmatizer = trainLemmatizer(sentences.flatMap((s) => lemmaExamples(s.words)));
  const pruning = options.pruning ?? { tagger: 0, parser: 0, labeller: 0 };
  const header: ModelHeader = {
    format: 1,
    features: FEATURE_SET,
    about: options.about,
    tags,
    labels,
    functionTags,
    lemmatizer: lemmatizer.data,
    abbreviations: options.abbreviations,
    sentenceOpeners: options.sentenceOpeners,
    tagDictionary: buildTagDictionary(tagged),
    pruning,
  };
  const file = encodeModel({
    header,
    tagger: pruneWeights(tagger, pruning.tagger),
    parser: pruneWeights(parser, pruning.parser),
    labeller: pruneWeights(labeller, pruning.labeller),
  });
  // What training returns is what a saved file loads: weights already quantised as they are stored.
  return { model: ParserModel.decode(file, "the trained model"), file };
}

export function jackknifedTags(
  tagged: { forms: string[]; tags: Int32Array }[],
  tags: string[],
  options: Pick<TrainingOptions, "folds" | "taggerEpochs" | "log">,
  random: () => number,
): Int32Array[] {
  if (options.folds <= 1) return tagged.map((s) => s.tags);
  const out: Int32Array[] = new Array(tagged.length);
  for (let fold = 0; fold < options.folds; fold++) {
    const training = tagged.filter((_, i) => i % options.folds !== fold);
    const { tagger } = trainTagger(training, tags, options.taggerEpochs, () => {}, random);
    for (let i = fold; i < tagged.length; i += options.folds) out[i] = tagger.tag(tagged[i].forms);
    options.log(`jackknife fold ${fold + 1}/${options.folds} tagged`);
  }
  return out;
}
