// CoNLL-U in and out (https://universaldependencies.org/format.html). Words are the integer-id lines;
// multi-word token ranges ("3-4") and empty nodes ("5.1") are kept as given so that output lines up.

import type { WordAnalysis } from "./model.ts";

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** Index of the head word in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  /** False when the MISC column says SpaceAfter=No (on the word or on its multi-word token). */
  spaceAfter: boolean;
}

export interface ConlluToken {
  /** The surface form: a multi-word token's form, or the word's. */
  form: string;
  firstWord: number;
  lastWord: number;
  spaceAfter: boolean;
}

export interface ConlluSentence {
  comments: string[];
  /** Every line of the sentence after its comments, as read. */
  lines: string[];
  words: ConlluWord[];
  tokens: ConlluToken[];
  /** The `# text =` comment, or the tokens joined as SpaceAfter says. */
  text: string;
  sentId: string;
}

export function readConllu(content: string, source = "CoNLL-U input"): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | undefined;
  let pendingRange: { first: number; last: number; form: string; spaceAfter: boolean } | undefined;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim()) {
      if (current) sentences.push(finish(current));
      current = undefined;
      continue;
    }
    current ??= { comments: [], lines: [], words: [], tokens: [], text: "", sentId: "" };
    if (line.startsWith("#")) {
      current.comments.push(line);
      continue;
    }
    current.lines.push(line);
    const columns = line.split("\t");
    if (columns.length !== 10) throw new Error(`${source}, line ${n + 1}: expected 10 tab-separated columns`);
    const id = columns[0];
    if (id.includes(".")) continue;
    const spaceAfter = !columns[9].split("|").includes("SpaceAfter=No");
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      pendingRange = { first: Number(range[1]) - 1, last: Number(range[2]) - 1, form: columns[1], spaceAfter };
      continue;
    }
    if (!/^\d+$/.test(id)) throw new Error(`${source}, line ${n + 1}: bad word id "${id}"`);
    const index = current.words.length;
    current.words.push({
      form: columns[1],
      lemma: columns[2],
      upos: columns[3],
      xpos: columns[4],
      head: columns[6] === "_" ? -1 : Number(columns[6]) - 1,
      deprel: columns[7],
      spaceAfter,
    });
    if (pendingRange && index >= pendingRange.first && index <= pendingRange.last) {
      if (index === pendingRange.last) {
        current.tokens.push({ form: pendingRange.form, firstWord: pendingRange.first, lastWord: index, spaceAfter });
        current.tokens[current.tokens.length - 1].spaceAfter = pendingRange.spaceAfter;
        pendingRange = undefined;
      }
      continue;
    }
    current.tokens.push({ form: columns[1], firstWord: index, lastWord: index, spaceAfter });
  }
  if (current) sentences.push(finish(current));
  return sentences;
}

function finish(sentence: ConlluSentence): ConlluSentence {
  for (const comment of sentence.comments) {
    const text = /^# text = (.*)$/.exec(comment);
    if (text) sentence.text = text[1];
    const id = /^# sent_id = (.*)$/.exec(comment);
    if (id) sentence.sentId = id[1].trim();
  }
  if (!sentence.text)
    sentence.text = sentence.tokens
      .map((t, i) => t.form + (t.spaceAfter && i < sentence.tokens.length - 1 ? " " : ""))
      .join("");
  return sentence;
}

/** The sentence's lines with dyad's columns 3-5, 7 and 8 on its words; other lines as given. */
export function writeConlluSentence(sentence: ConlluSentence, analyses: WordAnalysis[]): string {
  const out = [...sentence.comments];
  let word = 0;
  for (const line of sentence.lines) {
    const columns = line.split("\t");
    if (!/^\d+$/.test(columns[0])) {
      out.push(line);
      continue;
    }
    const a = analyses[word++];
    columns[2] = a.lemma;
    columns[3] = a.upos;
    columns[4] = a.xpos;
    columns[6] = String(a.head + 1);
    columns[7] = a.deprel;
    out.push(columns.join("\t"));
  }
  return `${out.join("\n")}\n`;
}

export interface ParsedWordLine extends WordAnalysis {
  start: number;
  end: number;
  text: string;
}

/** One parsed sentence of `text` as CoNLL-U, with each word's character range in MISC (TokenRange). */
export function formatParsedSentence(text: string, id: number, tokens: readonly ParsedWordLine[]): string {
  if (tokens.length === 0) return "";
  const first = tokens[0].start;
  const last = tokens[tokens.length - 1].end;
  const lines = [`# sent_id = ${id}`, `# text = ${text.slice(first, last).replace(/\s+/g, " ")}`];
  tokens.forEach((t, i) => {
    const misc = [`TokenRange=${t.start}:${t.end}`];
    if (i + 1 < tokens.length && tokens[i + 1].start === t.end) misc.push("SpaceAfter=No");
    const form = t.text.replace(/\s/g, "_");
    const lemma = t.lemma.replace(/\s/g, "_");
    lines.push([i + 1, form, lemma, t.upos, t.xpos, "_", t.head + 1, t.deprel, "_", misc.join("|")].join("\t"));
  });
  return `${lines.join("\n")}\n`;
}
