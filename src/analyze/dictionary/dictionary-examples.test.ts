// Every example sentence of the event dictionary is parsed with dyad's parser and matched: its block
// must give the expected kind (or nothing, for kind null), and the role slots must point at the
// expected source and target. Adding a verb is a data change with an example; this test checks it.
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/knowledge.ts";
import { parse } from "../../parse/index.ts";
import { SYMMETRIC_KINDS } from "../../record/record.ts";
import { slotActors } from "./dictionary-test-helpers.ts";
import { loadDictionaryIndex, matchDictionary, slotTokens } from "./index.ts";

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
    const tokens = parse(example.text).flatMap((s) => s.tokens);
    const fromBlock = matchDictionary(tokens, index).filter((m) => m.entry.blockId === block.id);
    if (example.kind === null) {
      expect(fromBlock.map((m) => m.entry.kind)).toEqual([]);
      return;
    }
    const match = fromBlock.find((m) => m.entry.kind === example.kind);
    expect(match, `no ${example.kind} from block ${block.id}`).toBeDefined();
    if (!match || !example.source || !example.target) return;
    const slots = slotTokens(tokens, match);
    if (slots.both.length > 0) {
      const parties = slotActors(tokens, slots.both, knowledge);
      expect([...parties]).toEqual(expect.arrayContaining([example.source, example.target]));
      return;
    }
    const source = slotActors(tokens, slots.source, knowledge);
    const target = slotActors(tokens, slots.target, knowledge);
    expect([...source]).toContain(example.source);
    expect([...target]).toContain(example.target);
    if (!SYMMETRIC_KINDS.has(example.kind)) expect([...source]).not.toContain(example.target);
  });
});
