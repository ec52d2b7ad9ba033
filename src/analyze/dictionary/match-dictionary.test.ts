// The matcher on hand-built trees: refinements read the tree (object, prepositions under the trigger or
// its object, particles, subjects), phrases walk the trie, the most specific entry of a trigger wins,
// kind null blocks, and the work per sentence does not grow with the dictionary.
import { describe, expect, it } from "vitest";
import { buildEventDictionary } from "../../knowledge/event-dictionary.ts";
import type { EventDictionaryFile } from "../../knowledge/event-dictionary-schema.ts";
import { eventDictionaryFileSchema } from "../../knowledge/event-dictionary-schema.ts";
import type { ParsedToken } from "../../parse/index.ts";
import { buildLemmaIndex, matchDictionary, slotTokens } from "./index.ts";

/** Tokens from "word/lemma/UPOS/head/deprel" items (head as index, -1 for the root). */
function sentence(spec: string): ParsedToken[] {
  let at = 0;
  return spec.split(" ").map((item) => {
    const [text, lemma, upos, head, deprel] = item.split("/");
    const token = { start: at, end: at + text.length, text, upos, xpos: "", lemma, head: Number(head), deprel };
    at += text.length + 1;
    return token;
  });
}

function dictionaryOf(data: unknown) {
  const file: EventDictionaryFile = eventDictionaryFileSchema.parse(data);
  return buildLemmaIndex(buildEventDictionary([{ file: "test.json", data: file }]));
}

const base = {
  version: 1,
  source: { name: "test", licence: "MIT" },
  classes: { "&RELATIONS": ["relation", "tie"], "&ARMS": ["weapon", "arms shipment"] },
  blocks: [
    { id: "condemn", lemmas: ["condemn"], cameo: "111", kind: "criticize", examples: [] },
    {
      id: "cut",
      lemmas: ["cut", "cut off"],
      kind: null,
      roles: { source: ["subj"], target: ["prep:with"] },
      patterns: [{ object: "&RELATIONS", cameo: "161", kind: "break_relations" }],
    },
    {
      id: "send",
      lemmas: ["send"],
      cameo: "070",
      kind: "aid",
      patterns: [
        { object: "&ARMS", cameo: "072", kind: "aid" },
        { object: "troop", preps: [{ case: "to", object: "border" }], cameo: "154", kind: "mobilize" },
      ],
    },
    { id: "visit", lemmas: ["visit"], cameo: "042", kind: "visit", patterns: [{ object: "museum", kind: null }] },
    { id: "step-up", lemmas: ["step up"], cameo: "154", kind: "mobilize" },
    {
      id: "sign",
      lemmas: ["sign"],
      kind: null,
      patterns: [{ object: "treaty", cameo: "057", kind: "sign_agreement" }],
    },
  ],
};
const index = dictionaryOf(base);
const kinds = (spec: string) =>
  matchDictionary(sentence(spec), index).map((m) => [m.trigger, m.entry.kind, m.entry.cameo]);

describe("matchDictionary", () => {
  it("matches a bare trigger by lemma and part of speech", () => {
    expect(kinds("France/France/PROPN/1/nsubj condemned/condemn/VERB/-1/root Germany/Germany/PROPN/1/obj")).toEqual([
      [1, "criticize", "111"],
    ]);
    expect(kinds("the/the/DET/1/det condemned/condemn/NOUN/-1/root")).toEqual([]);
  });

  it("needs the refining object as the trigger's object, not anywhere in the sentence", () => {
    const object =
      "Peru/Peru/PROPN/1/nsubj cut/cut/VERB/-1/root ties/tie/NOUN/1/obj with/with/ADP/4/case Chile/Chile/PROPN/2/nmod";
    expect(kinds(object)).toEqual([[1, "break_relations", "161"]]);
    const elsewhere =
      "Peru/Peru/PROPN/1/nsubj cut/cut/VERB/-1/root costs/cost/NOUN/1/obj despite/despite/ADP/4/case ties/tie/NOUN/1/obl";
    expect(kinds(elsewhere)).toEqual([]);
  });

  it("reads the passive subject as the object", () => {
    const spec = "the/the/DET/1/det treaty/treaty/NOUN/3/nsubj:pass was/be/AUX/3/aux:pass signed/sign/VERB/-1/root";
    expect(kinds(spec)).toEqual([[3, "sign_agreement", "057"]]);
  });

  it("prefers the most specific entry of a trigger", () => {
    const arms =
      "Spain/Spain/PROPN/1/nsubj sent/send/VERB/-1/root an/a/DET/4/det arms/arms/NOUN/4/compound shipment/shipment/NOUN/1/obj";
    expect(kinds(arms)).toEqual([[1, "aid", "072"]]);
    const troops =
      "Spain/Spain/PROPN/1/nsubj sent/send/VERB/-1/root troops/troop/NOUN/1/obj to/to/ADP/5/case the/the/DET/5/det border/border/NOUN/1/obl";
    expect(kinds(troops)).toEqual([[1, "mobilize", "154"]]);
    const money = "Spain/Spain/PROPN/1/nsubj sent/send/VERB/-1/root money/money/NOUN/1/obj";
    expect(kinds(money)).toEqual([[1, "aid", "070"]]);
  });

  it("drops a trigger whose best entry has kind null", () => {
    expect(
      kinds("Japan/Japan/PROPN/1/nsubj visited/visit/VERB/-1/root the/the/DET/3/det museum/museum/NOUN/1/obj"),
    ).toEqual([]);
    expect(kinds("Japan/Japan/PROPN/1/nsubj visited/visit/VERB/-1/root India/India/PROPN/1/obj")).toEqual([
      [1, "visit", "042"],
    ]);
  });

  it("walks contiguous lemmas for phrases; the longest phrase wins", () => {
    const stepUp =
      "Iran/Iran/PROPN/1/nsubj stepped/step/VERB/-1/root up/up/ADP/1/compound:prt patrols/patrol/NOUN/1/obj";
    expect(kinds(stepUp)).toEqual([[1, "mobilize", "154"]]);
    const cutOff = "Iran/Iran/PROPN/1/nsubj cut/cut/VERB/-1/root off/off/ADP/1/compound:prt ties/tie/NOUN/1/obj";
    const matches = matchDictionary(sentence(cutOff), index);
    expect(matches.map((m) => [m.entry.id, m.phrase])).toEqual([["cut/0", [1, 2]]]);
  });

  it("fills role slots from the tree, with the passive agent as subject", () => {
    const tokens = sentence(
      "Peru/Peru/PROPN/1/nsubj cut/cut/VERB/-1/root ties/tie/NOUN/1/obj with/with/ADP/4/case Chile/Chile/PROPN/2/nmod",
    );
    const [match] = matchDictionary(tokens, index);
    expect(slotTokens(tokens, match)).toEqual({ source: [0], target: [4], both: [] });
    const passive = sentence(
      "Chile/Chile/PROPN/2/nsubj:pass was/be/AUX/2/aux:pass condemned/condemn/VERB/-1/root by/by/ADP/4/case Peru/Peru/PROPN/2/obl:agent",
    );
    const [condemned] = matchDictionary(passive, index);
    expect(slotTokens(passive, condemned)).toEqual({ source: [4], target: [0], both: [] });
  });

  it("ranks a class member by its own modifiers, not those of another member of the class", () => {
    const expel = dictionaryOf({
      ...base,
      classes: { "&DIPLOMAT": ["diplomat", "high commissioner"] },
      blocks: [
        {
          id: "expel",
          lemmas: ["expel"],
          kind: null,
          patterns: [
            { object: "&DIPLOMAT", cameo: "166", kind: "break_relations" },
            { object: "other diplomat", cameo: "166", kind: "break_relations", roles: { both: ["subj"] } },
          ],
        },
      ],
    });
    const ids = (spec: string) => matchDictionary(sentence(spec), expel).map((m) => m.entry.id);
    const mutual =
      "Peru/Peru/PROPN/3/nsubj and/and/CCONJ/2/cc Chile/Chile/PROPN/0/conj expelled/expel/VERB/-1/root each/each/DET/5/det other/other/ADJ/6/nmod:poss diplomats/diplomat/NOUN/3/obj";
    expect(ids(mutual)).toEqual(["expel/1"]);
    const high =
      "Peru/Peru/PROPN/1/nsubj expelled/expel/VERB/-1/root the/the/DET/4/det high/high/ADJ/4/amod commissioner/commissioner/NOUN/1/obj";
    expect(ids(high)).toEqual(["expel/0"]);
    const commissioner =
      "Peru/Peru/PROPN/1/nsubj expelled/expel/VERB/-1/root the/the/DET/3/det commissioner/commissioner/NOUN/1/obj";
    expect(ids(commissioner)).toEqual([]);
  });

  it("restricts a governed clause to its head lemma (clause_head)", () => {
    const ask = dictionaryOf({
      ...base,
      classes: { "&DEPART": ["leave", "depart"] },
      blocks: [
        {
          id: "ask",
          lemmas: ["ask"],
          kind: null,
          patterns: [{ object: "envoy", clause_head: "&DEPART", cameo: "166", kind: "break_relations" }],
        },
      ],
    });
    const ids = (spec: string) => matchDictionary(sentence(spec), ask).map((m) => m.entry.id);
    const leave =
      "Peru/Peru/PROPN/1/nsubj asked/ask/VERB/-1/root the/the/DET/3/det envoy/envoy/NOUN/1/obj to/to/PART/5/mark leave/leave/VERB/1/xcomp";
    expect(ids(leave)).toEqual(["ask/0"]);
    expect(ids(leave.replace("leave/leave", "explain/explain"))).toEqual([]);
    const bare = "Peru/Peru/PROPN/1/nsubj asked/ask/VERB/-1/root the/the/DET/3/det envoy/envoy/NOUN/1/obj";
    expect(ids(bare)).toEqual([]);
  });

  it("rejects a pattern that names an undeclared class", () => {
    const bad = { ...base, blocks: [{ id: "x", lemmas: ["x"], patterns: [{ object: "&NOWHERE", kind: "aid" }] }] };
    expect(() => dictionaryOf(bad)).toThrow(/class &NOWHERE is not declared/);
  });
});

describe("lemma index", () => {
  /** A dictionary of `n` entries: the test's own, then filler verbs no sentence here uses. */
  function sized(n: number) {
    const filler = Array.from({ length: Math.max(0, n - base.blocks.length) }, (_, i) => ({
      id: `filler-${i}`,
      lemmas: [`verb${i}`],
      kind: null,
      patterns: [{ object: "tie", cameo: "161", kind: "break_relations" }],
    }));
    return dictionaryOf({ ...base, blocks: [...base.blocks, ...filler] });
  }

  it("tries only the entries a sentence's lemmas start, whatever the dictionary's size", () => {
    const tokens = sentence(
      "Peru/Peru/PROPN/1/nsubj cut/cut/VERB/-1/root ties/tie/NOUN/1/obj with/with/ADP/4/case Chile/Chile/PROPN/2/nmod",
    );
    const small = { tried: 0 };
    const large = { tried: 0 };
    const a = matchDictionary(tokens, sized(65), small);
    const b = matchDictionary(tokens, sized(10_000), large);
    expect(b.map((m) => m.entry.id)).toEqual(a.map((m) => m.entry.id));
    expect(large.tried).toBe(small.tried);
    expect(small.tried).toBeGreaterThan(0);
  });
});
