// A government's own release speaks as that state: "we", "our" and "the Prime Minister" are it.
// The publisher is read from the article's source line ("U.S. Department of State", "President of Russia").

import type { ReadArticle } from "../ingest/article.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { tokenize } from "../text/tokens.ts";
import { matchPhrases } from "./gazetteer-match.ts";

const GOVERNMENT_SOURCE =
  /\b(government|department|ministry|president of|prime minister|office of|embassy|white house|kremlin|downing street|state council|foreign affairs|secretary|\.gov)\b/i;
const DOMAIN_STATES: Array<[RegExp, string]> = [
  [/\.gov(\/|$)/i, "USA"],
  [/\.gov\.uk\b/i, "GBR"],
  [/\.gov\.au\b/i, "AUS"],
  [/kremlin\.ru\b/i, "RUS"],
  [/\.gov\.cn\b|fmprc\.gov\.cn/i, "CHN"],
  [/mea\.gov\.in\b/i, "IND"],
];

export function publisherOf(article: ReadArticle, knowledge: Knowledge): string | null {
  const source = article.source ?? "";
  if (source && GOVERNMENT_SOURCE.test(source)) {
    const tokens = tokenize(source);
    for (const m of matchPhrases(
      tokens,
      0,
      tokens.length,
      knowledge.phrases,
      knowledge.maxPhraseTokens,
      knowledge.phrasePrefixes,
    )) {
      const state = m.candidates.find((c) => c.type === "country");
      if (state) return state.id;
    }
  }
  if (source && GOVERNMENT_SOURCE.test(source) && article.url) {
    for (const [pattern, state] of DOMAIN_STATES) if (pattern.test(article.url)) return state;
  }
  return null;
}
