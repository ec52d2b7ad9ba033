import { describe, expect, it } from "vitest";
import { listRepairLabels, repairCoordinatedModifiers, repairLists } from "./list-repairs.ts";

const LABELS = [
  "amod",
  "case",
  "cc",
  "compound",
  "conj",
  "det",
  "nmod:unmarked",
  "nsubj",
  "obj",
  "obl",
  "punct",
  "root",
  "xcomp",
];
const ids = listRepairLabels(LABELS);

/** words as "form/head/label" (head 1-based as in CoNLL-U, 0 the root) → the repaired "head/label" per word */
function repair(words: string): string[] {
  const parts = words.split(" ").map((w) => w.split("/"));
  const forms = parts.map((p) => p[0]);
  const heads = Int32Array.from(parts, (p) => Number(p[1]) - 1);
  const labels = Int32Array.from(parts, (p) => LABELS.indexOf(p[2]));
  repairLists(forms.length, forms, heads, labels, ids);
  return forms.map((_, i) => `${heads[i] + 1}/${LABELS[labels[i]]}`);
}

describe("repairLists", () => {
  it.each([
    [
      // "North Macedonia, Chile and Peru renewed visas": Chile cut off as a second subject of "renewed"
      "North/2/compound Macedonia/7/nsubj ,/4/punct Chile/7/nsubj and/6/cc Peru/4/conj renewed/0/root visas/7/obj",
      ["2/compound", "7/nsubj", "4/punct", "2/conj", "6/cc", "2/conj", "0/root", "7/obj"],
    ],
    [
      // the third conjunct, with its "and", cut off: "Old allies, new partners and some rivals voted"
      "Old/2/amod allies/8/nsubj ,/5/punct new/5/amod partners/2/conj and/7/cc rivals/8/nsubj voted/0/root",
      ["2/amod", "8/nsubj", "5/punct", "5/amod", "2/conj", "7/cc", "2/conj", "0/root"],
    ],
    [
      // a conjunct under a comma-listed one: "Fiji, Tonga and Samoa voted" with Samoa under Tonga
      "Fiji/6/nsubj ,/3/punct Tonga/1/conj and/5/cc Samoa/3/conj voted/0/root",
      ["6/nsubj", "3/punct", "1/conj", "5/cc", "1/conj", "0/root"],
    ],
    [
      // an item between two conjuncts read as a modifier: "Fiji, Tonga, Samoa and Palau voted", Samoa under Fiji
      "Fiji/8/nsubj ,/3/punct Tonga/1/conj ,/5/punct Samoa/1/nmod:unmarked and/7/cc Palau/1/conj voted/0/root",
      ["8/nsubj", "3/punct", "1/conj", "5/punct", "1/conj", "7/cc", "1/conj", "0/root"],
    ],
  ])("%s", (words, expected) => {
    expect(repair(words)).toEqual(expected);
  });

  it.each([
    // an unmarked modifier after the list's last conjunct: "Fiji and Tonga, Sunday, voted"
    "Fiji/6/nsubj and/3/cc Tonga/1/conj ,/5/punct Sunday/1/nmod:unmarked voted/0/root",
    // a modifier with its own preposition between conjuncts: "Fiji, Tonga, of Samoa and Palau"
    "Fiji/9/nsubj ,/3/punct Tonga/1/conj ,/6/punct of/6/case Samoa/1/nmod:unmarked and/8/cc Palau/1/conj voted/0/root",
    // subjects of two verbs
    "Kenya/2/nsubj left/0/root ,/4/punct Peru/5/nsubj stayed/2/conj",
    // two subjects of one verb with nothing between them that lists them
    "Fiji/3/nsubj Tonga/3/nsubj met/0/root",
    // a list inside a list's conjunct, with its own conjunction: "Fiji, and Tonga and Samoa, voted"
    "Fiji/8/nsubj ,/4/punct and/4/cc Tonga/1/conj and/6/cc Samoa/4/conj ,/1/punct voted/0/root",
  ])("leaves %s as it is", (words) => {
    const before = words.split(" ").map((w) => w.split("/").slice(1).join("/"));
    expect(repair(words)).toEqual(before);
  });
});

/** words as "form/UPOS/head/label" → the repaired "head/label" per word */
function repairModifiers(words: string): string[] {
  const parts = words.split(" ").map((w) => w.split("/"));
  const heads = Int32Array.from(parts, (p) => Number(p[2]) - 1);
  const labels = Int32Array.from(parts, (p) => LABELS.indexOf(p[3]));
  repairCoordinatedModifiers(parts.length, (i) => parts[i][1], heads, labels, ids);
  return parts.map((_, i) => `${heads[i] + 1}/${LABELS[labels[i]]}`);
}

describe("repairCoordinatedModifiers", () => {
  it.each([
    [
      // "met the Thai and Lao trade ministers": "Thai" made the object, "ministers" a conjunct of the verb
      "met/VERB/0/root the/DET/3/det Thai/ADJ/1/obj and/CCONJ/7/cc Lao/ADJ/7/amod trade/ADJ/7/amod ministers/NOUN/1/conj",
      ["0/root", "7/det", "7/amod", "5/cc", "3/conj", "7/amod", "1/obj"],
    ],
    [
      // the noun a conjunct of the first adjective: "Old and new allies voted"
      "Old/ADJ/5/nsubj and/CCONJ/4/cc new/ADJ/4/amod allies/NOUN/1/conj voted/VERB/0/root",
      ["4/amod", "3/cc", "1/conj", "5/nsubj", "0/root"],
    ],
  ])("%s", (words, expected) => {
    expect(repairModifiers(words)).toEqual(expected);
  });

  it.each([
    // an adjective and a noun with none of its own: "found them wary and ministers silent"
    "found/VERB/0/root wary/ADJ/1/xcomp and/CCONJ/4/cc ministers/NOUN/1/conj",
    // two clauses: "grew rich and new firms opened"
    "grew/VERB/0/root rich/ADJ/1/xcomp and/CCONJ/6/cc new/ADJ/5/amod firms/NOUN/6/nsubj opened/VERB/1/conj",
  ])("leaves %s as it is", (words) => {
    const before = words.split(" ").map((w) => w.split("/").slice(2).join("/"));
    expect(repairModifiers(words)).toEqual(before);
  });
});
