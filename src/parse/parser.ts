// Greedy arc-hybrid dependency parser (unlabelled; the labeller names the arcs afterwards), trained
// with the dynamic oracle and exploration: after the first epoch it follows its own prediction 90% of
// the time, learning to recover from its mistakes.
import { ArcHybridState, TRANSITIONS } from "./arc-hybrid.ts";
import { hashString } from "./hashing.ts";
import { PARSER_FEATURES, type ParserInput, parserFeatures } from "./parser-features.ts";
import { PerceptronTrainer, type Scorer, type SparseWeights } from "./perceptron.ts";
import { shuffle } from "./tagger.ts";
import { normalizeWord } from "./word-features.ts";

const ROOT_WORD = hashString("<root>");
const NO_WORD = hashString("<none>");
// How often training follows its own wrong prediction after the first epoch (0.6 and 0.9 tie on EWT dev).
const EXPLORE = 0.9;

interface TagClasses {
  /** UPOS id per "UPOS\tXPOS" tag id (and for the root and "nothing" ids after them). */
  coarse: Int32Array;
  /** 1 per tag id that is punctuation (verbs: a verb or an auxiliary), for the "between" counts. */
  punctuation: Uint8Array;
  verb: Uint8Array;
}

const tagClassesOf = new WeakMap<readonly string[], TagClasses>();

function tagClasses(tagNames: readonly string[]): TagClasses {
  let classes = tagClassesOf.get(tagNames);
  if (!classes) {
    const upos = tagNames.map((t) => t.split("\t")[0]);
    const ids = [...new Set(upos)];
    classes = {
      coarse: Int32Array.from([...upos.map((u) => ids.indexOf(u)), ids.length, ids.length + 1]),
      punctuation: Uint8Array.from(upos, (u) => (u === "PUNCT" ? 1 : 0)),
      verb: Uint8Array.from(upos, (u) => (u === "VERB" || u === "AUX" ? 1 : 0)),
    };
    tagClassesOf.set(tagNames, classes);
  }
  return classes;
}

/** Word hashes and tag ids with the root and "nothing" positions after the words. */
export function parserInput(
  forms: readonly string[],
  tags: Int32Array,
  tagNames: readonly string[],
  /** The words' hashes when the tagger has them already (WordHashes.word, without its padding). */
  wordHashes?: Uint32Array,
  /** Arrays to fill again when they are long enough (run time reuses one input per model). */
  reuse?: ParserInput,
): ParserInput {
  const n = forms.length;
  const tagCount = tagNames.length;
  const { coarse: coarseOfTag, punctuation, verb } = tagClasses(tagNames);
  const fits = reuse !== undefined && reuse.words.length >= n + 2;
  const words = fits ? reuse.words : new Uint32Array(n + 2);
  const tagIds = fits ? reuse.tags : new Int32Array(n + 2);
  const coarse = fits ? reuse.coarse : new Int32Array(n + 2);
  const punctuationBefore = fits ? reuse.punctuationBefore : new Int32Array(n + 2);
  const verbsBefore = fits ? reuse.verbsBefore : new Int32Array(n + 2);
  punctuationBefore[0] = 0;
  verbsBefore[0] = 0;
  for (let i = 0; i < n; i++) {
    words[i] = wordHashes ? wordHashes[i] : hashString(normalizeWord(forms[i]));
    tagIds[i] = tags[i];
    punctuationBefore[i + 1] = punctuationBefore[i] + punctuation[tags[i]];
    verbsBefore[i + 1] = verbsBefore[i] + verb[tags[i]];
  }
  words[n] = ROOT_WORD;
  tagIds[n] = tagCount;
  words[n + 1] = NO_WORD;
  tagIds[n + 1] = tagCount + 1;
  for (let i = 0; i < n + 2; i++) coarse[i] = coarseOfTag[tagIds[i]];
  punctuationBefore[n + 1] = punctuationBefore[n];
  verbsBefore[n + 1] = verbsBefore[n];
  return { words, tags: tagIds, coarse, punctuationBefore, verbsBefore };
}

export class DependencyParser {
  private readonly features = new Uint32Array(PARSER_FEATURES);
  private readonly scores = new Float64Array(TRANSITIONS);

  constructor(readonly weights: Scorer) {}

  private state = new ArcHybridState(0);

  /** Head index per word, -1 for the root (into `out` when given). */
  parse(input: ParserInput, n: number, out: Int32Array = new Int32Array(n)): Int32Array {
    this.state = this.state.capacity >= n ? this.state.reset(n) : new ArcHybridState(Math.max(n, 64)).reset(n);
    const state = this.state;
    while (!state.done()) {
      let legal = 0;
      let only = -1;
      for (let t = 0; t < TRANSITIONS; t++)
        if (state.legal(t)) {
          legal++;
          only = t;
        }
      // A forced move (the first SHIFT, the RIGHTs that empty the stack at the end) needs no scores.
      if (legal === 1) {
        state.apply(only);
        continue;
      }
      const count = parserFeatures(state, input, this.features);
      this.weights.score(this.features, count, this.scores);
      let best = -1;
      for (let t = 0; t < TRANSITIONS; t++)
        if (state.legal(t) && (best < 0 || this.scores[t] > this.scores[best])) best = t;
      state.apply(best);
    }
    for (let i = 0; i < n; i++) out[i] = state.heads[i] === n ? -1 : state.heads[i];
    return out;
  }
}

export interface TreeSentence {
  input: ParserInput;
  /** Gold head per word, -1 for the root. */
  heads: Int32Array;
}

export function trainParser(
  sentences: readonly TreeSentence[],
  epochs: number,
  log: (line: string) => void = () => {},
  random: () => number = Math.random,
  onEpoch: (epoch: number, parser: () => DependencyParser) => void = () => {},
  explore = EXPLORE,
): { parser: DependencyParser; weights: SparseWeights } {
  const trainer = new PerceptronTrainer(TRANSITIONS);
  const features = new Uint32Array(PARSER_FEATURES);
  const scores = new Float64Array(TRANSITIONS);
  const costs = new Int32Array(TRANSITIONS);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { input, heads } = sentences[index];
      const n = heads.length;
      const gold = Int32Array.from(heads, (h) => (h < 0 ? n : h));
      const state = new ArcHybridState(n);
      while (!state.done()) {
        const count = parserFeatures(state, input, features);
        trainer.score(features, count, scores);
        let best = -1;
        let guess = -1;
        let minimum = Number.POSITIVE_INFINITY;
        for (let t = 0; t < TRANSITIONS; t++) {
          if (!state.legal(t)) continue;
          costs[t] = state.cost(t, gold);
          if (costs[t] < minimum) minimum = costs[t];
          if (guess < 0 || scores[t] > scores[guess]) guess = t;
        }
        for (let t = 0; t < TRANSITIONS; t++)
          if (state.legal(t) && costs[t] === minimum && (best < 0 || scores[t] > scores[best])) best = t;
        if (costs[guess] > minimum) trainer.update(features, count, best, guess);
        trainer.tick();
        const exploring = epoch > 1 && random() < explore;
        state.apply(costs[guess] === minimum || exploring ? guess : best);
      }
      for (let i = 0; i < n; i++) {
        if (state.heads[i] === gold[i]) correct++;
        total++;
      }
    }
    log(`parser epoch ${epoch}: training UAS ${((100 * correct) / total).toFixed(2)}%`);
    onEpoch(epoch, () => new DependencyParser(trainer.averaged()));
  }
  const weights = trainer.averaged();
  return { parser: new DependencyParser(weights), weights };
}
