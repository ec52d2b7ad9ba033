// npm run train:lemmatizer -- [--ud ../shared/ud] [--model FILE]
// Retrains the lemmatizer alone on UD English EWT + GUM (CC BY) train and writes it into the parser model's
// header; the tagger's, parser's and labeller's weights stay byte for byte as they were (train:parser trains
// the same lemmatizer along with everything else). Prints EWT dev lemma accuracy before and after.
import { readFileSync, writeFileSync } from "node:fs";
import { analyzeWords, DEFAULT_MODEL_PATH, ParserModel } from "../src/parse/index.ts";
import { lemmaExamples, trainLemmatizer } from "../src/parse/lemmatizer.ts";
import { replaceHeader } from "../src/parse/model-file.ts";
import { readTreebank } from "./read-treebank.ts";

const TRAIN_FILES = ["en_ewt-ud-train.conllu", "en_gum-cc-by-ud-train.conllu"];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

function devLemmaAccuracy(model: ParserModel, ud: string): string {
  let words = 0;
  let right = 0;
  for (const sentence of readTreebank(ud, "en_ewt-ud-dev.conllu")) {
    const analyses = analyzeWords(
      sentence.words.map((w) => w.form),
      model,
    );
    sentence.words.forEach((gold, i) => {
      words++;
      if (analyses[i].lemma === gold.lemma) right++;
    });
  }
  return `${((100 * right) / words).toFixed(2)}% (${words - right} errors in ${words} words)`;
}

function main(): void {
  const ud = option("ud", "../shared/ud");
  const path = option("model", DEFAULT_MODEL_PATH);
  const file = readFileSync(path);
  console.log(`EWT dev lemma before: ${devLemmaAccuracy(ParserModel.decode(file, path), ud)}`);
  const words = TRAIN_FILES.flatMap((f) => readTreebank(ud, f)).flatMap((s) => lemmaExamples(s.words));
  const lemmatizer = trainLemmatizer(words);
  const rewritten = replaceHeader(file, path, (header) => ({
    ...header,
    about: {
      ...header.about,
      lemmatizer: { trainedOn: TRAIN_FILES, words: words.length, trainedAt: new Date().toISOString() },
    },
    lemmatizer: lemmatizer.data,
  }));
  console.log(`EWT dev lemma after: ${devLemmaAccuracy(ParserModel.decode(rewritten, path), ud)}`);
  writeFileSync(path, rewritten);
  const { exceptions, rules, forms = [], commonWords = [] } = lemmatizer.data;
  console.log(
    `wrote ${path} (${(rewritten.length / 1e6).toFixed(1)} MB): ${exceptions.length} exceptions, ${rules.length} rules, ${forms.length} forms, ${commonWords.length} common words`,
  );
}

try {
  main();
} catch (error) {
  console.error(`train:lemmatizer: ${(error as Error).message}`);
  process.exit(2);
}
