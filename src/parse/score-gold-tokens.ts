// The field's standard figures on gold tokens: UPOS, XPOS and lemma accuracy, UAS and LAS (punctuation
// included, as the CoNLL 2018 shared task scores them; LAS compares the main relation, before any ":").
import type { ConlluSentence } from "./conllu.ts";
import type { ParserModel } from "./model.ts";

export interface Scores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

export function mainRelation(deprel: string): string {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

export function scoreGoldTokens(model: ParserModel, sentences: readonly ConlluSentence[]): Scores {
  const counts = { words: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0 };
  for (const sentence of sentences) {
    const analyses = model.analyze(sentence.words.map((w) => w.form));
    sentence.words.forEach((gold, i) => {
      const a = analyses[i];
      counts.words++;
      if (a.upos === gold.upos) counts.upos++;
      if (a.xpos === gold.xpos) counts.xpos++;
      if (a.lemma === gold.lemma) counts.lemma++;
      if (a.head === gold.head) {
        counts.uas++;
        if (mainRelation(a.deprel) === mainRelation(gold.deprel)) counts.las++;
      }
    });
  }
  return percentages(counts);
}

export function percentages(counts: Scores): Scores {
  const p = (x: number) => (counts.words ? (100 * x) / counts.words : 0);
  return {
    words: counts.words,
    upos: p(counts.upos),
    xpos: p(counts.xpos),
    lemma: p(counts.lemma),
    uas: p(counts.uas),
    las: p(counts.las),
  };
}

export function formatScores(s: Scores): string {
  return `UPOS ${s.upos.toFixed(2)}  XPOS ${s.xpos.toFixed(2)}  lemma ${s.lemma.toFixed(2)}  UAS ${s.uas.toFixed(2)}  LAS ${s.las.toFixed(2)}`;
}
