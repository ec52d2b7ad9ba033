// npm run lemma:errors [-- UD_FOLDER] [--set dev|test] [--treebank ewt|gum] [--examples N] [--model FILE]
// The lemmatizer's errors on an EWT (or GUM) file (gold tokens, dyad's tags), counted by class: whether the tag was
// right, the word's capitals, and which part of the lemmatizer answered (a training-data entry, a suffix
// rule, the sentence's first word). Work from EWT dev; test is for reporting.
import { analyzeWords, DEFAULT_MODEL_PATH, loadParserModel } from "../src/parse/index.ts";
import { openingWord } from "../src/parse/lemmatizer.ts";
import { option, positional } from "./cli-args.ts";
import { readTreebank } from "./read-treebank.ts";

/** "Risk": capital then small letters; "NATO": all capitals; "risk": none. */
function capitals(form: string): string {
  if (!/\p{L}/u.test(form)) return "no letters";
  if (form === form.toLowerCase()) return "lower";
  if (form === form.toUpperCase()) return "all caps";
  const first = form[0];
  return first !== first.toLowerCase() ? "capitalised" : "mixed";
}

function main(): void {
  const ud = option("ud") ?? positional() ?? "../shared/ud";
  const set = option("set") ?? "dev";
  const examples = Number(option("examples") ?? "4");
  const model = loadParserModel(option("model") ?? DEFAULT_MODEL_PATH);
  const lemmatizer = model.lemmatizer;
  const treebank = option("treebank") ?? "ewt";
  const sentences = readTreebank(ud, treebank === "gum" ? `en_gum-cc-by-ud-${set}.conllu` : `en_ewt-ud-${set}.conllu`);
  const classes = new Map<string, { count: number; seen: Map<string, number> }>();
  let words = 0;
  let errors = 0;
  for (const sentence of sentences) {
    const forms = sentence.words.map((w) => w.form);
    const analyses = analyzeWords(forms, model);
    const opening = openingWord(forms);
    sentence.words.forEach((gold, i) => {
      words++;
      const a = analyses[i];
      if (a.lemma === gold.lemma) return;
      errors++;
      const tag = a.xpos === gold.xpos ? "tag right" : a.upos === gold.upos ? "XPOS wrong" : "UPOS wrong";
      const source = lemmatizer.source(gold.form, a.xpos, i === opening);
      const caseOnly = a.lemma.toLowerCase() === gold.lemma.toLowerCase() ? ", case only" : "";
      const key = `${tag} | ${gold.upos}->${a.upos} | ${capitals(gold.form)}${i === opening ? " first" : ""} | ${source}${caseOnly}`;
      const entry = classes.get(key) ?? { count: 0, seen: new Map() };
      entry.count++;
      const example = `${gold.form}/${a.xpos}:${a.lemma}≠${gold.lemma}`;
      entry.seen.set(example, (entry.seen.get(example) ?? 0) + 1);
      classes.set(key, entry);
    });
  }
  console.log(
    `${treebank.toUpperCase()} ${set}: ${errors} lemma errors in ${words} words (${((100 * (words - errors)) / words).toFixed(2)}% right)`,
  );
  const sorted = [...classes].sort((a, b) => b[1].count - a[1].count);
  for (const [key, { count, seen }] of sorted) {
    const top = [...seen].sort((a, b) => b[1] - a[1]).slice(0, examples);
    console.log(
      `${String(count).padStart(5)}  ${key}  e.g. ${top.map(([e, n]) => (n > 1 ? `${e} ×${n}` : e)).join(", ")}`,
    );
  }
}

main();
