import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readConllu } from "./conllu.ts";
import { ParserModel } from "./model.ts";
import { scoreGoldTokens } from "./score-gold-tokens.ts";
import { type TrainedModel, trainModel } from "./train.ts";

// 36 short sentences written for this test (never treebank text).
const tiny = readConllu(
  readFileSync(new URL("../../test/fixtures/tiny-treebank.conllu", import.meta.url), "utf8"),
  "tiny-treebank.conllu",
);

function trainTiny(seeds = 1): TrainedModel {
  return trainModel(tiny, {
    taggerSeeds: seeds,
    parserSeeds: seeds,
    labellerSeeds: seeds,
    taggerEpochs: 10,
    parserEpochs: 15,
    labellerEpochs: 10,
    folds: 1,
    seed: 7,
    abbreviations: ["Mr."],
    sentenceOpeners: ["The"],
    about: { test: true },
    log: () => {},
  });
}

describe("training", () => {
  const { model, file } = trainTiny();

  it("learns a tiny treebank completely", () => {
    expect(tiny.length).toBeGreaterThanOrEqual(30);
    const scores = scoreGoldTokens(model, tiny);
    expect(scores).toEqual({ words: scores.words, upos: 100, xpos: 100, lemma: 100, uas: 100, las: 100 });
  });

  it("learns it completely with three taggers, parsers and labellers of other shuffles mixed", () => {
    const mixed = trainTiny(3).model;
    const scores = scoreGoldTokens(mixed, tiny);
    expect(scores).toEqual({ words: scores.words, upos: 100, xpos: 100, lemma: 100, uas: 100, las: 100 });
  });

  it("reloads a saved model to the same output", () => {
    const reloaded = ParserModel.decode(file, "saved model");
    const sentences = [
      ["Kenya", "recalled", "its", "envoy", "from", "Chile", "."],
      ["Peru", "was", "invited", "by", "Norway", "."],
      ["Somebody", "unknown", "said", "something", "odd", "."],
    ];
    for (const words of sentences) expect(reloaded.analyze(words)).toEqual(model.analyze(words));
    expect(reloaded.header).toEqual(model.header);
  });

  it("gives another thread its tables in shared memory, to the same output", () => {
    const shared = model.shared();
    for (const table of [shared.tagger, shared.parser, shared.labeller])
      expect(table.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    // posted as a worker's data: the header is copied, the tables are the same memory
    const posted = structuredClone(shared);
    expect(posted.parser.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    const other = new ParserModel(posted.header, posted);
    for (const words of [
      ["Kenya", "recalled", "its", "envoy", "from", "Chile", "."],
      ["Peru", "was", "invited", "."],
    ])
      expect(other.analyze(words)).toEqual(model.analyze(words));
  });

  it("rejects a file that is not a model, saying so", () => {
    expect(() => ParserModel.decode(Buffer.from("hello"), "notes.txt")).toThrow(/notes.txt is not a dyad parser model/);
  });
});
