// dyad's parser: sentences, UD tokens with offsets, tags, lemmas and a labelled dependency tree, from
// the trained model in knowledge/models/ (loaded once, on first use). See README "Parsing".
import { fileURLToPath } from "node:url";
import { ParserModel, type SharedParserModel, type WordAnalysis } from "./model.ts";
import { type SentenceRules, type SentenceSpan, splitSentences } from "./sentence-split.ts";
import { type TextToken, tokenizeWords } from "./tokenizer.ts";

export type { SharedParserModel, WordAnalysis } from "./model.ts";
export type { SentenceRules, SentenceSpan } from "./sentence-split.ts";
export type { TextToken } from "./tokenizer.ts";
export { ParserModel, splitSentences, tokenizeWords };

export interface ParsedToken {
  /** Offsets into the text given to parse(): text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  upos: string;
  xpos: string;
  lemma: string;
  /** Index of the head in the sentence's token array, -1 for the root. */
  head: number;
  deprel: string;
}

export interface ParsedSentence extends SentenceSpan {
  tokens: ParsedToken[];
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("../../knowledge/models/en-ud-parser.v1.bin", import.meta.url));

// Very long "sentences" (tables, lists without stops) are parsed in pieces of this many words, so the
// work stays linear; the pieces' roots hang from the first piece's root.
const MAX_PARSE_WORDS = 400;

let cached: { path: string; model: ParserModel } | undefined;

/** The model at `path` (default: the one in knowledge/models/), read once and kept. */
export function loadParserModel(path = DEFAULT_MODEL_PATH): ParserModel {
  if (cached?.path !== path) cached = { path, model: ParserModel.load(path) };
  return cached.model;
}

/**
 * A worker thread's model: the one the thread that started it loaded (ParserModel.shared()), whose tables it
 * scores with in place, kept as the model at `path`. The worker neither reads nor decodes the file.
 */
export function useSharedParserModel(shared: SharedParserModel, path = DEFAULT_MODEL_PATH): ParserModel {
  cached = { path, model: new ParserModel(shared.header, shared) };
  return cached.model;
}

const rulesOf = new WeakMap<ParserModel, SentenceRules>();

export function sentenceRules(model: ParserModel = loadParserModel()): SentenceRules {
  let rules = rulesOf.get(model);
  if (!rules) {
    const abbreviations = new Set(model.header.abbreviations.map((a) => a.toLowerCase().replace(/\.$/, "")));
    rules = { abbreviations, openers: new Set(model.header.sentenceOpeners ?? []) };
    rulesOf.set(model, rules);
  }
  return rules;
}

/** UD tokens of text[from, to), with the model's list of abbreviations that keep their dot. */
export function tokenize(text: string, from = 0, to = text.length, model = loadParserModel()): TextToken[] {
  return tokenizeWords(text, from, to, abbreviationSet(model));
}

const abbreviationSets = new WeakMap<ParserModel, Set<string>>();
function abbreviationSet(model: ParserModel): Set<string> {
  let set = abbreviationSets.get(model);
  if (!set) {
    set = new Set(model.header.abbreviations);
    abbreviationSets.set(model, set);
  }
  return set;
}

/** Splits, tokenizes, tags and parses text[from, to); offsets are into `text`. */
export function parse(text: string, from = 0, to = text.length, model = loadParserModel()): ParsedSentence[] {
  const rules = sentenceRules(model);
  return splitSentences(text, from, to, rules).map((span) => ({
    ...span,
    tokens: parseTokens(tokenize(text, span.start, span.end, model), model),
  }));
}

/** Tags and parses one sentence given as tokens (from dyad's tokenizer, a CoNLL-U file, ...). */
export function parseTokens(tokens: readonly TextToken[], model = loadParserModel()): ParsedToken[] {
  const forms = tokens.map((t) => t.text);
  if (forms.length <= MAX_PARSE_WORDS)
    return model.analyzeWith(forms, (i, upos, xpos, lemma, head, deprel) => {
      const { start, end, text } = tokens[i];
      return { start, end, text, upos, xpos, lemma, head, deprel };
    });
  const analyses = analyzeWords(forms, model);
  return tokens.map((t, i) => {
    const a = analyses[i];
    return {
      start: t.start,
      end: t.end,
      text: t.text,
      upos: a.upos,
      xpos: a.xpos,
      lemma: a.lemma,
      head: a.head,
      deprel: a.deprel,
    };
  });
}

/**
 * The parsed words `before` read again as `forms`, the same words in other letter case: each keeps its offsets
 * and text and takes the analysis parseTokens gives the forms, found more cheaply where their tags do not
 * change (ParserModel.reanalyzeWith).
 */
export function reparseAs(
  forms: readonly string[],
  before: readonly ParsedToken[],
  model = loadParserModel(),
): ParsedToken[] {
  const make = (i: number, upos: string, xpos: string, lemma: string, head: number, deprel: string) => {
    const { start, end, text } = before[i];
    return { start, end, text, upos, xpos, lemma, head, deprel };
  };
  if (forms.length > MAX_PARSE_WORDS) {
    const analyses = analyzeWords(forms, model);
    return analyses.map((a, i) => make(i, a.upos, a.xpos, a.lemma, a.head, a.deprel));
  }
  return model.reanalyzeWith(forms, before, make);
}

/** Tags, lemmas, heads and relations for one sentence's words. */
export function analyzeWords(forms: readonly string[], model = loadParserModel()): WordAnalysis[] {
  if (forms.length <= MAX_PARSE_WORDS) return model.analyze(forms);
  const out: WordAnalysis[] = [];
  let firstRoot = -1;
  for (let from = 0; from < forms.length; from += MAX_PARSE_WORDS) {
    const piece = model.analyze(forms.slice(from, from + MAX_PARSE_WORDS));
    for (const a of piece) {
      const root = a.head < 0;
      const word = { ...a, head: root ? firstRoot : a.head + from };
      if (root && firstRoot < 0) firstRoot = out.length;
      else if (root) word.deprel = "parataxis";
      out.push(word);
    }
  }
  return out;
}
