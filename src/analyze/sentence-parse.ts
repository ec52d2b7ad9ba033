// The parse of a sentence: tags, lemmas and a dependency tree (src/parse/, the trained UD model), made on
// demand for the sentences whose structure a stage reads, and kept on the Doc. Parsing every sentence would
// cost several times the rest of the analysis (the parser runs at a few hundred sentences a second on a
// loaded 2-core machine), so stages ask only where word order alone loses track (lists of parties).
import { type ParsedToken, parseTokens, tokenize } from "../parse/index.ts";
import type { Doc, Span } from "./doc.ts";

/** The parsed tokens of sentence `index`, parsed on first use. */
export function sentenceParse(doc: Doc, index: number): ParsedToken[] {
  doc.parses ??= new Map();
  let tokens = doc.parses.get(index);
  if (!tokens) {
    const sentence = doc.sentences[index];
    tokens = parseTokens(tokenize(doc.text, sentence.start, sentence.end));
    doc.parses.set(index, tokens);
  }
  return tokens;
}

/** The syntactic head of a span: its token whose head lies outside it (the first such), or -1. */
export function headOfSpan(tokens: ParsedToken[], span: Span): number {
  let found = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.end <= span.start || t.start >= span.end) continue;
    const head = tokens[t.head];
    if (!head || head.end <= span.start || head.start >= span.end) return i;
    if (found < 0) found = i;
  }
  return found;
}

/** Every token linked to `i` by conj, in either direction, transitively: "A, B and C" from any of them. */
export function conjuncts(tokens: ParsedToken[], i: number): number[] {
  let first = i;
  while (tokens[first].deprel === "conj" && tokens[first].head >= 0) first = tokens[first].head;
  const out = [first];
  for (let k = 0; k < out.length; k++)
    for (let j = 0; j < tokens.length; j++) if (tokens[j].deprel === "conj" && tokens[j].head === out[k]) out.push(j);
  return out;
}
