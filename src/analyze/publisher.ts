// A government's own release speaks as that state: "we", "our" and "the Prime Minister" are it.
// The publisher is read from the article's source line ("U.S. Department of State", "President of Russia"),
// with the words and web domains of knowledge/government-publishers.json.

import type { ReadArticle } from "../ingest/article.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { tokenize } from "../text/tokens.ts";
import { matchPhrases } from "./gazetteer-match.ts";

export function publisherOf(article: ReadArticle, knowledge: Knowledge): string | null {
  const source = article.source ?? "";
  const publishers = knowledge.files.governmentPublishers;
  const governmentSource = publishers.source_words.some((word) => hasWord(source.toLowerCase(), word));
  if (source && governmentSource) {
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
  if (source && governmentSource && article.url) return stateOfDomain(article.url, publishers.domains);
  return null;
}

/** The state of the longest listed domain the address's host is, or ends in ("www.mea.gov.in" → IND). */
function stateOfDomain(url: string, domains: Record<string, string>): string | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? "";
  let best: string | null = null;
  for (const domain of Object.keys(domains)) {
    const matches = host === domain || host.endsWith(`.${domain}`);
    if (matches && (best === null || domain.length > best.length)) best = domain;
  }
  return best === null ? null : domains[best];
}

/** Whether `phrase` occurs in `text` as whole words (".gov" may follow a word: "state.gov"). */
function hasWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at === 0 ? "" : text[at - 1];
    const after = text[at + phrase.length] ?? "";
    const startsWord = !/[\p{L}\p{N}]/u.test(phrase[0]) || !/[\p{L}\p{N}]/u.test(before);
    if (startsWord && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
