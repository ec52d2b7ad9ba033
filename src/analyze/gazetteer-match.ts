// Finds the longest knowledge-base phrases in a sentence's tokens: one left-to-right pass,
// hyphens and initials' dots inside a name allowed ("al-Assad", "Rex W. Tillerson").
import type { PhraseCandidate } from "../knowledge/knowledge.ts";
import type { Token } from "../text/tokens.ts";

export interface PhraseMatch {
  tokenStart: number;
  tokenEnd: number;
  key: string;
  candidates: PhraseCandidate[];
}

const FUNCTION_WORDS = new Set([
  "of",
  "the",
  "and",
  "for",
  "de",
  "al",
  "el",
  "bin",
  "ibn",
  "la",
  "du",
  "da",
  "von",
  "van",
  "der",
  "s",
  "'",
  "d",
  "l",
]);

/**
 * "un" of "Kim Jong-un", "in" of "Moon Jae-in": a lower-case word hyphened onto a capitalised one is part of the
 * name, and so is the next one hyphened onto it ("o" and "cha" of "Prayut Chan-o-cha").
 */
export function isHyphenatedTail(tokens: readonly Token[], i: number, depth = 0): boolean {
  const hyphen = tokens[i - 1];
  const head = tokens[i - 2];
  return (
    !!head?.word &&
    (head.capitalized || (depth < 3 && isHyphenatedTail(tokens, i - 2, depth + 1))) &&
    hyphen.text === "-" &&
    hyphen.start === head.end &&
    tokens[i].word &&
    tokens[i].start === hyphen.end
  );
}

/** Names are written with capitals: "Chad" names a state, "chad" does not. */
export function isCapitalizedPhrase(tokens: Token[], from: number, to: number): boolean {
  let sawCapital = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    if (t.capitalized) sawCapital = true;
    else if (!FUNCTION_WORDS.has(t.norm) && !(i - 2 >= from && isHyphenatedTail(tokens, i))) return false;
  }
  return sawCapital;
}

export function matchPhrases(
  tokens: Token[],
  from: number,
  to: number,
  phrases: Map<string, PhraseCandidate[]>,
  maxWords: number,
  prefixes?: Set<string>,
): PhraseMatch[] {
  // every start proposes its longest match; the longest win, so "Sheikh Tamim bin Hamad Al Thani" beats "Sheikh Tamim"
  const proposals: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    if (!tokens[i].word) continue;
    let best: PhraseMatch | null = null;
    const words: string[] = [];
    for (let j = i; j < to && words.length < maxWords; j++) {
      const t = tokens[j];
      if (!t.word) {
        // hyphens and the dot of an initial stay inside a name; other punctuation ends it
        const glue =
          (t.text === "-" ||
            t.text === "‐" ||
            (t.text === "." && j > i && tokens[j - 1].text.length === 1) ||
            ((t.text === "'" || t.text === "’") &&
              tokens[j + 1]?.norm === "s" &&
              j + 2 < to &&
              tokens[j + 2]?.capitalized) ||
            // an elision inside a name: "Côte d'Ivoire", "N’Djamena"
            ((t.text === "'" || t.text === "’") &&
              j > i &&
              tokens[j - 1].text.length === 1 &&
              !!tokens[j + 1]?.word &&
              tokens[j + 1].capitalized &&
              tokens[j + 1].start === t.end)) &&
          t.start === tokens[j - 1].end;
        if (glue) continue;
        break;
      }
      // a middle initial ("Antony J. Blinken", "James N. Mattis") is skipped: the knowledge base names people without it
      if (j > i && /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === "." && tokens[j + 2]?.capitalized) continue;
      words.push(t.norm.replace(/\./g, ""));
      const key = words.join(" ");
      if (prefixes && !prefixes.has(key)) break;
      const candidates = phrases.get(key);
      if (candidates && isCapitalizedPhrase(tokens, i, j + 1))
        best = { tokenStart: i, tokenEnd: j + 1, key, candidates };
    }
    if (best) proposals.push(best);
  }
  proposals.sort((a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart);
  // tokens already taken, marked one by one: comparing with every match taken is quadratic in "Xi Xi Xi …"
  const covered = new Uint8Array(to - from);
  const taken: PhraseMatch[] = [];
  for (const p of proposals) {
    let free = true;
    for (let k = p.tokenStart; k < p.tokenEnd && free; k++) free = covered[k - from] === 0;
    if (!free) continue;
    covered.fill(1, p.tokenStart - from, p.tokenEnd - from);
    taken.push(p);
  }
  return taken.sort((a, b) => a.tokenStart - b.tokenStart);
}
