// Word tokens with offsets, and the one normal form that the knowledge index and the text share.
import { lookupForm } from "./fold-text.ts";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, no diacritics, curly quotes straightened: the key used for look-ups. */
  norm: string;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
  /** The first letter is upper case. */
  capitalized: boolean;
  // Filled by the parse stage (analyze/parse-stage.ts) from the UD word this token starts or lies in.
  /** Universal part of speech ("PROPN", "VERB"). */
  upos?: string;
  /** Penn Treebank tag ("NNP", "VBD"). */
  xpos?: string;
  lemma?: string;
  /** Index into doc.tokens of the head word's first token, -1 for the sentence's root. */
  head?: number;
  /** UD relation to the head ("nsubj", "obj"); "goeswith" for the second and later pieces of one UD word ("Mr" "."). */
  deprel?: string;
}

// Dotted abbreviations ("U.S.", "D.C.") are one token; initials keep their dot ("W."); the rest split
// into words and single punctuation marks.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th)?|\S/gu;

/** The look-up form of a token (see lookupForm). */
export function normalize(text: string): string {
  return lookupForm(text);
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    const first = raw.charAt(0);
    const word = /[\p{L}\p{N}]/u.test(first);
    tokens.push({
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      norm: normalize(raw),
      word,
      capitalized: word && first !== first.toLowerCase(),
      // Declared now so that the parse stage fills slots the token has rather than growing every token.
      upos: undefined,
      xpos: undefined,
      lemma: undefined,
      head: undefined,
      deprel: undefined,
    });
  }
  return tokens;
}

/** The key of a phrase: its word tokens' normal forms joined by spaces (hyphens and dots dropped). */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .filter((t) => t.word)
    .map((t) => t.norm.replace(/\./g, ""))
    .join(" ");
}
