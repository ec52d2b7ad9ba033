// Stage: sentences. Splits the body into sentences with offsets: every line break ends one (news text puts
// headlines, bylines and paragraphs on lines of their own); inside a line, a full stop ends one unless it
// closes an abbreviation ("U.S.", "Mr.", "Gen.") or an initial ("Rex W. Tillerson").
import abbreviationData from "../../knowledge/abbreviations.json" with { type: "json" };
import type { Doc, Sentence } from "./doc.ts";
import { tokenize } from "./tokens.ts";

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);
const OPENERS = new Set(abbreviationData.sentence_openers_after_abbreviation);
const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

export function splitSentences(
  text: string,
  from: number,
  to: number,
): Array<{ start: number; end: number; paragraph: number }> {
  const out: Array<{ start: number; end: number; paragraph: number }> = [];
  let paragraph = 0;
  let lineStart = from;
  const lines = text.slice(from, to).split("\n");
  for (const line of lines) {
    const lineEnd = lineStart + line.length;
    if (line.trim()) {
      splitLine(text, lineStart, lineEnd, paragraph, out);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  out: Array<{ start: number; end: number; paragraph: number }>,
) {
  const line = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const end = m.index + m[0].length;
    if (!endsSentence(line, m.index, end)) continue;
    push(text, from + start, from + end, paragraph, out);
    start = end;
  }
  push(text, from + start, to, paragraph, out);
}

function endsSentence(line: string, dot: number, end: number): boolean {
  if (line[dot] !== ".") return true;
  const before = line.slice(0, dot).match(/([\p{L}.]+)$/u)?.[1] ?? "";
  const next = line.slice(end).match(/^\s+["“‘(]?([\p{L}\p{N}]+)/u)?.[1] ?? "";
  const word = before.toLowerCase();
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "Rex W. Tillerson"
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, "")))
    return OPENERS.has(next) && word.includes(".");
  return true;
}

function push(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  out: Array<{ start: number; end: number; paragraph: number }>,
) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, paragraph });
}

/** Stage: fills doc.tokens and doc.sentences over the article body. */
export function sentencesStage(doc: Doc): void {
  const spans = splitSentences(doc.text, doc.article.bodyStart, doc.text.length);
  const sentences: Sentence[] = [];
  for (const [index, s] of spans.entries()) {
    const tokens = tokenize(doc.text, s.start, s.end);
    const tokenStart = doc.tokens.length;
    doc.tokens.push(...tokens);
    sentences.push({ ...s, index, tokenStart, tokenEnd: doc.tokens.length });
  }
  doc.sentences = sentences;
}
