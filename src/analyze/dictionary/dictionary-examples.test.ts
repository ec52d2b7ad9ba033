// Every example sentence of the event dictionary is parsed with dyad's parser and matched: its block
// must give the expected kind (or nothing, for kind null), and the role slots must point at the
// expected source and target. Adding a verb is a data change with an example; this test checks it.
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/knowledge.ts";
import { exampleProblem } from "./dictionary-test-helpers.ts";
import { loadDictionaryIndex } from "./index.ts";

const { dictionary, index } = loadDictionaryIndex();
const knowledge = loadKnowledge();
const cases = dictionary.blocks.flatMap(({ file, block }) =>
  block.examples.map((example) => ({ name: `${file} ${block.id}: ${example.text}`, block, example })),
);

describe("event dictionary examples", () => {
  it("every block has an example", () => {
    const without = dictionary.blocks.filter(({ block }) => block.examples.length === 0).map(({ block }) => block.id);
    expect(without).toEqual([]);
  });

  it.each(cases)("$name", ({ block, example }) => {
    expect(exampleProblem(block, example, index, knowledge)).toBeNull();
  });
});
