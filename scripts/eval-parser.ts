// npm run eval:parser [-- UD_FOLDER] [--model FILE]
// Prints UPOS, XPOS, lemma, UAS and LAS for EWT test, GUM test and GUM's news documents apart, on gold
// tokens and on dyad's own tokenizer (gold sentences; words aligned by characters, F1).
import { existsSync, statSync } from "node:fs";
import type { ConlluSentence } from "../src/parse/conllu.ts";
import { analyzeWords, DEFAULT_MODEL_PATH, loadParserModel, tokenize } from "../src/parse/index.ts";
import { type Scores, scoreGoldTokens } from "../src/parse/score-gold-tokens.ts";
import { addAlignedCounts, alignedF1, emptyCounts } from "../src/parse/score-own-tokens.ts";
import { option, positional } from "./cli-args.ts";
import { readTreebank } from "./read-treebank.ts";

function main(): void {
  const ud = option("ud") ?? positional() ?? "../shared/ud";
  if (!existsSync(ud) || !statSync(ud).isDirectory()) {
    console.error(
      `eval:parser: the UD folder "${ud}" does not exist. Pass the folder that holds en_ewt-ud-test.conllu and en_gum-cc-by-ud-test.conllu: npm run eval:parser -- /path/to/ud`,
    );
    process.exit(2);
  }
  const modelPath = option("model") ?? DEFAULT_MODEL_PATH;
  const started = performance.now();
  const model = loadParserModel(modelPath);
  console.log(`model ${modelPath}: loaded in ${(performance.now() - started).toFixed(0)} ms`);
  const ewt = readTreebank(ud, "en_ewt-ud-test.conllu");
  const gum = readTreebank(ud, "en_gum-cc-by-ud-test.conllu");
  const sets: [string, ConlluSentence[]][] = [
    ["EWT test", ewt],
    ["GUM test", gum],
    ["GUM test, news", gum.filter((s) => s.sentId.startsWith("GUM_news"))],
  ];
  console.log("| set | tokens | words | UPOS | XPOS | lemma | UAS | LAS |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const [name, sentences] of sets) {
    const gold = scoreGoldTokens(model, sentences);
    console.log(row(name, "gold", gold.words, gold));
    const counts = emptyCounts();
    for (const sentence of sentences) {
      const tokens = tokenize(sentence.text, 0, sentence.text.length, model);
      addAlignedCounts(
        counts,
        sentence,
        tokens,
        analyzeWords(
          tokens.map((t) => t.text),
          model,
        ),
      );
    }
    const own = alignedF1(counts);
    console.log(row(name, `dyad (word F1 ${own.words.toFixed(2)})`, counts.gold, own));
  }
}

function row(name: string, tokens: string, words: number, s: Omit<Scores, "words">): string {
  const f = (x: number) => x.toFixed(2);
  return `| ${name} | ${tokens} | ${words} | ${f(s.upos)} | ${f(s.xpos)} | ${f(s.lemma)} | ${f(s.uas)} | ${f(s.las)} |`;
}

main();
