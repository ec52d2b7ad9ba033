// npm run parser:variants -- --ud ../shared/ud [--model FILE] [--tags-cache FILE] [--epochs N] [--from-epoch N]
//   [--seeds 1,2] [--explore 0.9]
// Tries parser training variants quickly: the tagger and labeller are the given model's, the jackknifed tags
// are made once (and kept in --tags-cache), and only the parser is trained, once per seed, with EWT dev
// figures printed per epoch from --from-epoch on, for each seed and for the seeds' weights mixed (mixWeights).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mixWeights } from "../src/parse/mix-weights.ts";
import { ParserModel, PRUNING } from "../src/parse/model.ts";
import { parserInput, trainParser } from "../src/parse/parser.ts";
import type { SparseWeights } from "../src/parse/perceptron.ts";
import { pruneWeights } from "../src/parse/prune-weights.ts";
import { formatScores, scoreGoldTokens } from "../src/parse/score-gold-tokens.ts";
import { jackknifedTags, seededRandom } from "../src/parse/train.ts";
import { readTreebank } from "./read-treebank.ts";

const TRAIN_FILES = ["en_ewt-ud-train.conllu", "en_gum-cc-by-ud-train.conllu"];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

function main(): void {
  const ud = option("ud", "../shared/ud");
  const base = ParserModel.load(option("model", "knowledge/models/en-ud-parser.v1.bin"));
  const epochs = Number(option("epochs", "11"));
  const fromEpoch = Number(option("from-epoch", String(epochs)));
  const seeds = option("seeds", "20260").split(",").map(Number);
  const explore = Number(option("explore", "0.9"));
  const cache = option("tags-cache", "");
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
  const train = TRAIN_FILES.flatMap((f) => readTreebank(ud, f));
  const dev = readTreebank(ud, "en_ewt-ud-dev.conllu");
  const tags = base.header.tags;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const tagged = train.map((s) => ({
    forms: s.words.map((w) => w.form),
    tags: Int32Array.from(s.words, (w) => tagIndex.get(`${w.upos}\t${w.xpos}`) ?? 0),
  }));
  let predicted: Int32Array[];
  if (cache && existsSync(cache))
    predicted = JSON.parse(readFileSync(cache, "utf8")).map((t: number[]) => Int32Array.from(t));
  else {
    predicted = jackknifedTags(tagged, tags, { folds: 4, taggerEpochs: 8, log }, seededRandom(20260));
    if (cache) writeFileSync(cache, JSON.stringify(predicted.map((t) => [...t])));
  }
  const sentences = tagged.map((s, i) => ({
    input: parserInput(s.forms, predicted[i], tags),
    heads: Int32Array.from(train[i].words, (w) => w.head),
  }));
  const shared = base.shared();
  const evaluate = (name: string, parser: SparseWeights) => {
    const model = new ParserModel(base.header, {
      tagger: shared.tagger,
      parser: pruneWeights(parser, PRUNING.parser),
      labeller: shared.labeller,
    });
    log(`${name}: EWT dev ${formatScores(scoreGoldTokens(model, dev))}`);
  };
  const perEpoch = new Map<number, SparseWeights[]>();
  for (const seed of seeds) {
    trainParser(
      sentences,
      epochs,
      log,
      seededRandom(seed),
      (epoch, parser) => {
        if (epoch < fromEpoch) return;
        const weights = parser().weights as SparseWeights;
        evaluate(`seed ${seed} explore ${explore} epoch ${epoch}`, weights);
        if (seeds.length > 1) perEpoch.set(epoch, [...(perEpoch.get(epoch) ?? []), pruneWeights(weights, 0.5)]);
      },
      explore,
    );
    for (const [epoch, list] of perEpoch)
      if (list.length > 1) evaluate(`${list.length} seeds mixed, epoch ${epoch}`, mixWeights(list));
  }
}

main();
