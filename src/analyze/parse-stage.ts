// Stage: parse. Each sentence (after sentence-limits) is tokenized as UD English writes it, tagged,
// lemmatized and parsed (src/parse/); the words are kept on the sentence (sentenceParse), and each of
// dyad's own tokens takes the tags, lemma, head and relation of the UD word it starts or lies in. The two
// tokenizations differ ("don't" is don ' t here and do n't in UD; "Mr." is Mr . here), so they are
// aligned by character offsets, never by position. Only the events stage reads the parse, and only where the
// event dictionary can match: a sentence none of whose words can start a dictionary trigger is left unparsed
// (dictionary/trigger-words.ts), as a sentence past the budget is.
import type { Knowledge } from "../knowledge/knowledge.ts";
import { loadParserModel, type ParsedToken, parseTokens, tokenize } from "../parse/index.ts";
import { triggerWords } from "./dictionary/trigger-words.ts";
import type { Doc, Sentence } from "./doc.ts";
import { addCut, DEFAULT_BUDGET } from "./work-budget.ts";

/** Stage: fills sentence.parse and its tokens' parse fields for every sentence that may hold a trigger, within the budget. */
export function parseStage(doc: Doc, knowledge: Knowledge): void {
  knowNames(knowledge);
  const budget = doc.budget ?? DEFAULT_BUDGET;
  const triggers = triggerWords();
  let parsed = 0;
  for (const [index, sentence] of doc.sentences.entries()) {
    parsed += sentence.tokenEnd - sentence.tokenStart;
    if (parsed > budget.maxParsedTokens) {
      addCut(doc, {
        code: "parse_budget",
        message: `the sentences from character ${sentence.start} on (${doc.sentences.length - index} of ${doc.sentences.length}), past the parse budget of ${budget.maxParsedTokens} tokens, were not parsed; the stages after read them without a tree`,
      });
      return;
    }
    const words = tokenize(doc.text, sentence.start, sentence.end);
    if (!triggers.mayMatch(words.map((word) => word.text))) continue;
    sentence.parse = parseTokens(words);
    annotateTokens(doc, sentence);
  }
}

const namesTaught = new WeakSet<object>();

/**
 * The knowledge base's one-word state names and capitals are proper nouns to the tagger: at a sentence's start
 * "Beijing said" read "Beijing" as a gerund (its -ing), and the tree lost its subject.
 */
function knowNames(knowledge: Knowledge): void {
  const model = loadParserModel();
  if (namesTaught.has(model)) return;
  namesTaught.add(model);
  const names = new Set<string>();
  for (const c of knowledge.countries.values())
    for (const name of [c.name, ...c.capitals]) if (!name.includes(" ")) names.add(name);
  model.tagger.knowProperNouns(names);
}

/** The UD words of sentence `index` (offsets into doc.text, heads into the array), or [] when it was not parsed. */
export function sentenceParse(doc: Doc, index: number): ParsedToken[] {
  return doc.sentences[index]?.parse ?? [];
}

function annotateTokens(doc: Doc, sentence: Sentence): void {
  const words = sentence.parse ?? [];
  if (words.length === 0) return;
  const { tokenStart, tokenEnd } = sentence;
  // Both lists run left to right: one pass pairs each token with the last word starting at or before it,
  // and each word with the first token starting at or after its start.
  const wordOf = scratch(0, tokenEnd - tokenStart);
  const tokenOf = scratch(1, words.length);
  let w = 0;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const start = doc.tokens[k].start;
    while (w + 1 < words.length && words[w + 1].start <= start) w++;
    wordOf[k - tokenStart] = w;
  }
  let k = tokenStart;
  for (let i = 0; i < words.length; i++) {
    while (k < tokenEnd && doc.tokens[k].end <= words[i].start) k++;
    tokenOf[i] = k < tokenEnd ? k : tokenEnd - 1;
  }
  for (let t = tokenStart; t < tokenEnd; t++) {
    const word = words[wordOf[t - tokenStart]];
    const token = doc.tokens[t];
    token.upos = word.upos;
    token.xpos = word.xpos;
    token.lemma = word.lemma;
    const first = tokenOf[wordOf[t - tokenStart]];
    if (first !== t) {
      token.head = first;
      token.deprel = "goeswith";
      continue;
    }
    token.head = headToken(words, tokenOf, wordOf[t - tokenStart], t);
    token.deprel = word.deprel;
  }
}

// Two arrays reused sentence after sentence (allocating them per sentence left garbage outside the heap).
const scratchArrays = [new Int32Array(512), new Int32Array(512)];

function scratch(which: 0 | 1, length: number): Int32Array {
  if (scratchArrays[which].length < length) scratchArrays[which] = new Int32Array(2 * length);
  return scratchArrays[which];
}

/** The token of word i's head, going further up when the head lies in the same token ("cannot"); -1 at the root. */
function headToken(words: readonly ParsedToken[], tokenOf: Int32Array, i: number, self: number): number {
  let head = words[i].head;
  for (let steps = 0; head >= 0 && steps < words.length; steps++) {
    if (tokenOf[head] !== self) return tokenOf[head];
    head = words[head].head;
  }
  return -1;
}
