// The event dictionary tests itself through the pipeline: every example sentence of dyad.json and of the
// reviewed CAMEO entries is analysed as an article (analyzeArticle), and the record must hold an event of
// the example's kind between its source and target; an example of kind null must give no event of the
// kinds its block codes. Examples that name a kind but no parties ("Rioters looted the embassy") cannot
// give a dyad: for them the parse must give the block's kind (the matcher's check). One case per example,
// so a failure names its file, block and sentence. Adding a verb is a data change with an example.
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/knowledge.ts";
import { analyzeText } from "../analyze-test-helpers.ts";
import { exampleProblem, recordProblem } from "./dictionary-test-helpers.ts";
import { loadDictionaryIndex } from "./index.ts";

const { dictionary, index } = loadDictionaryIndex();
const knowledge = loadKnowledge();
const cases = dictionary.blocks.flatMap(({ file, block }) =>
  block.examples.map((example) => ({ name: `${file} ${block.id}: ${example.text}`, block, example })),
);
const withParties = cases.filter(({ example }) => example.kind === null || (example.source && example.target));
const kindOnly = cases.filter(({ example }) => example.kind !== null && !(example.source && example.target));

describe("event dictionary examples", () => {
  it("every block has an example", () => {
    const without = dictionary.blocks.filter(({ block }) => block.examples.length === 0).map(({ block }) => block.id);
    expect(without).toEqual([]);
  });

  it.each(withParties)("through the pipeline: $name", ({ block, example }) => {
    expect(recordProblem(block, example, analyzeText(example.text))).toBeNull();
  });

  it.each(kindOnly)("on the parse: $name", ({ block, example }) => {
    expect(exampleProblem(block, example, index, knowledge)).toBeNull();
  });
});
