// Bounded work per article: a sentence too long to be one is analysed in pieces, tokens past the article's
// budget are not analysed, and stages after the time budget runs out do not run. Each cut is written into
// the record (document.cut) with a code and a message, so nothing is truncated silently.
import type { Cut, Doc, Sentence, WorkBudget } from "./doc.ts";

export type { Cut, CutCode, WorkBudget } from "./doc.ts";

// 30,000 parsed tokens is some 150 KB of text, ten long news articles; only hostile input (a 2 MB paragraph)
// reaches it, which keeps its analysis within seconds.
export const DEFAULT_BUDGET: WorkBudget = {
  maxTokens: 1_000_000,
  maxSentenceTokens: 400,
  maxParsedTokens: 30_000,
  maxMilliseconds: 60_000,
};

/** Stage: applies the token budgets to doc.sentences (runs right after the sentences stage). */
export function sentenceLimitsStage(doc: Doc): void {
  const budget = doc.budget ?? DEFAULT_BUDGET;
  const limited: Sentence[] = [];
  let longSentences = 0;
  let leftOut = 0;
  let leftOutFrom = -1;
  for (const sentence of doc.sentences) {
    const pieces = piecesOf(doc, sentence, budget.maxSentenceTokens);
    if (pieces.length > 1) longSentences++;
    for (const piece of pieces) {
      if (piece.tokenEnd > budget.maxTokens) {
        if (leftOut++ === 0) leftOutFrom = piece.start;
      } else limited.push({ ...piece, index: limited.length });
    }
  }
  doc.sentences = limited;
  if (longSentences > 0)
    addCut(doc, {
      code: "long_sentences",
      message: `${longSentences} sentence(s) longer than ${budget.maxSentenceTokens} tokens were analysed in pieces of ${budget.maxSentenceTokens} tokens; an event across a piece boundary is not found`,
    });
  if (leftOut > 0)
    addCut(doc, {
      code: "token_budget",
      message: `the text from character ${leftOutFrom} on (${leftOut} of ${leftOut + limited.length} sentences or pieces), past the budget of ${budget.maxTokens} tokens, was not analysed`,
    });
}

function piecesOf(doc: Doc, sentence: Sentence, maxTokens: number): Sentence[] {
  if (sentence.tokenEnd - sentence.tokenStart <= maxTokens) return [sentence];
  const pieces: Sentence[] = [];
  for (let from = sentence.tokenStart; from < sentence.tokenEnd; from += maxTokens) {
    const to = Math.min(from + maxTokens, sentence.tokenEnd);
    const start = from === sentence.tokenStart ? sentence.start : doc.tokens[from].start;
    const end = to === sentence.tokenEnd ? sentence.end : doc.tokens[to - 1].end;
    pieces.push({ ...sentence, start, end, tokenStart: from, tokenEnd: to });
  }
  return pieces;
}

export function addCut(doc: Doc, cut: Cut): void {
  doc.cuts ??= [];
  doc.cuts.push(cut);
}

/** The cut for stages skipped when the time budget ran out after `lastStage`. */
export function timeBudgetCut(budget: WorkBudget, lastStage: string, skipped: string[]): Cut {
  return {
    code: "time_budget",
    message: `analysis stopped after the ${lastStage} stage, over the budget of ${budget.maxMilliseconds / 1000} s; not run: ${skipped.join(", ")}`,
  };
}
