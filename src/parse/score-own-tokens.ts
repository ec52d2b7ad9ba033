// Scores on dyad's own tokens against a gold sentence, words aligned by their character spans in the
// sentence's text (as the CoNLL 2018 shared task aligns them): each figure is an F1 over aligned words.
import type { ConlluSentence } from "./conllu.ts";
import type { WordAnalysis } from "./model.ts";
import { mainRelation } from "./score-gold-tokens.ts";
import type { TextToken } from "./tokenizer.ts";

export interface AlignedCounts {
  gold: number;
  predicted: number;
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

export function emptyCounts(): AlignedCounts {
  return { gold: 0, predicted: 0, words: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0 };
}

/** Character spans of the gold words in sentence.text; [-1, -1] where a word is not a slice. */
export function goldWordSpans(sentence: ConlluSentence): [number, number][] {
  const spans: [number, number][] = sentence.words.map(() => [-1, -1]);
  const text = sentence.text;
  let cursor = 0;
  for (const token of sentence.tokens) {
    const start = text.indexOf(token.form, cursor);
    if (start < 0) continue;
    cursor = start + token.form.length;
    if (token.firstWord === token.lastWord) {
      spans[token.firstWord] = [start, cursor];
      continue;
    }
    const words = sentence.words.slice(token.firstWord, token.lastWord + 1);
    if (words.map((w) => w.form).join("") !== token.form) continue;
    let at = start;
    words.forEach((w, k) => {
      spans[token.firstWord + k] = [at, at + w.form.length];
      at += w.form.length;
    });
  }
  return spans;
}

export function addAlignedCounts(
  counts: AlignedCounts,
  sentence: ConlluSentence,
  tokens: readonly TextToken[],
  analyses: readonly WordAnalysis[],
): void {
  const spans = goldWordSpans(sentence);
  const predictedAt = new Map<string, number>();
  for (const [i, t] of tokens.entries()) predictedAt.set(`${t.start}:${t.end}`, i);
  const alignment = spans.map(([s, e]) => (s < 0 ? -1 : (predictedAt.get(`${s}:${e}`) ?? -1)));
  counts.gold += sentence.words.length;
  counts.predicted += tokens.length;
  sentence.words.forEach((gold, i) => {
    const p = alignment[i];
    if (p < 0) return;
    const a = analyses[p];
    counts.words++;
    if (a.upos === gold.upos) counts.upos++;
    if (a.xpos === gold.xpos) counts.xpos++;
    if (a.lemma === gold.lemma) counts.lemma++;
    const headAligned = gold.head < 0 ? a.head < 0 : a.head >= 0 && alignment[gold.head] === a.head;
    if (headAligned) {
      counts.uas++;
      if (mainRelation(a.deprel) === mainRelation(gold.deprel)) counts.las++;
    }
  });
}

/** F1 (in %) of each figure: 2·correct / (gold words + predicted words). */
export function alignedF1(counts: AlignedCounts): Record<"words" | "upos" | "xpos" | "lemma" | "uas" | "las", number> {
  const f1 = (correct: number) => (200 * correct) / (counts.gold + counts.predicted || 1);
  return {
    words: f1(counts.words),
    upos: f1(counts.upos),
    xpos: f1(counts.xpos),
    lemma: f1(counts.lemma),
    uas: f1(counts.uas),
    las: f1(counts.las),
  };
}
