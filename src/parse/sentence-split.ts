// Sentence splitting with offsets, linear in the text's length: every line break ends a sentence (news
// text puts headlines, bylines and paragraphs on lines of their own); inside a line, a full stop ends one
// unless it closes an abbreviation ("U.S.", "Mr.", "Gen.") or an initial ("Rex W. Tillerson"). Every
// look around a stop is bounded, so no stop re-reads the line.

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the non-empty line the sentence is on. */
  paragraph: number;
}

export interface SentenceRules {
  /** Lower case, without the final dot: "mr", "u.s", "e.g". */
  abbreviations: ReadonlySet<string>;
  /** Words that start a new sentence even after an abbreviation ("in the U.S. The next day"). */
  openers: ReadonlySet<string>;
}

const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
// Longer runs are not abbreviations; the bound keeps each stop's look-around constant.
const MAX_WORD = 40;

export function splitSentences(text: string, from: number, to: number, rules: SentenceRules): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    if (hasNonSpace(text, lineStart, lineEnd)) {
      splitLine(text, lineStart, lineEnd, paragraph, rules, out);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i])) return true;
  return false;
}

function splitLine(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  rules: SentenceRules,
  out: SentenceSpan[],
): void {
  const line = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const end = m.index + m[0].length;
    if (!endsSentence(line, m.index, end, rules)) continue;
    pushTrimmed(text, from + start, from + end, paragraph, out);
    start = end;
  }
  pushTrimmed(text, from + start, to, paragraph, out);
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** The run of letters and dots that ends at `dot` ("U.S" in "the U.S."), or "" when longer than MAX_WORD. */
function wordBefore(line: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i <= MAX_WORD && /[\p{L}.]/u.test(line[i - 1])) i--;
  return dot - i > MAX_WORD ? "" : line.slice(i, dot);
}

/** The word that follows the spaces and an optional opening quote after `end`. */
function wordAfter(line: string, end: number): string {
  let i = end;
  while (i < line.length && i - end < MAX_WORD && /\s/.test(line[i])) i++;
  if (i < line.length && /["“‘(]/.test(line[i])) i++;
  const first = i;
  while (i < line.length && i - first < MAX_WORD && isWordChar(line[i])) i++;
  return line.slice(first, i);
}

function endsSentence(line: string, dot: number, end: number, rules: SentenceRules): boolean {
  if (line[dot] !== ".") return true;
  const before = wordBefore(line, dot);
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "Rex W. Tillerson"
  const word = before.toLowerCase();
  if (rules.abbreviations.has(word) || rules.abbreviations.has(word.replace(/\.$/, "")))
    return rules.openers.has(wordAfter(line, end)) && word.includes(".");
  return true;
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, paragraph });
}
